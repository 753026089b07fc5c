"""Admin agent: answers JSON-line requests about a Milvus server (ping, reset, apply fixtures, databases, describe, state).

Runs in the server venv with pymilvus; the harness talks to it over stdin/stdout, one JSON object per line.
The URI and token come from the environment (MILVUS_URI, MILVUS_TOKEN), never from argv.
"""
import json
import math
import os
import sys
import traceback
from contextlib import contextmanager

from pymilvus import DataType, MilvusClient

LOAD_STATES = {"Loaded": "loaded", "NotLoad": "released", "Loading": "loading", "NotExist": "missing"}

def connect():
    uri = os.environ["MILVUS_URI"]
    token = os.environ.get("MILVUS_TOKEN") or ""
    return MilvusClient(uri=uri, token=token, timeout=30)

@contextmanager
def in_database(client, name):
    """Runs the body with the client in database `name` (`default` when none), then back in `default`."""
    if not name or name == "default":
        yield
        return
    client.use_database(name)
    try:
        yield
    finally:
        client.use_database("default")

def load_state(client, name):
    state = client.get_load_state(collection_name=name)["state"]
    return LOAD_STATES.get(getattr(state, "name", str(state)), str(state))

def row_value(field, i):
    kind = field["type"].upper()
    if kind == "FLOAT_VECTOR":
        return [round(math.sin(i * field["dim"] + j + 1), 4) for j in range(field["dim"])]
    if kind == "VARCHAR":
        return f"row-{i}"
    if kind in ("INT8", "INT16", "INT32", "INT64"):
        return i
    if kind in ("FLOAT", "DOUBLE"):
        return i * 0.5
    if kind == "BOOL":
        return i % 2 == 0
    if kind == "JSON":
        return {"i": i}
    raise ValueError(f"cannot generate rows for field type {kind}; give explicit rows in the fixture")

def make_rows(spec):
    if isinstance(spec.get("rows"), list):
        return spec["rows"]
    fields = [f for f in spec["fields"] if not (f.get("primaryKey") and f.get("autoId"))]
    return [{f["name"]: row_value(f, i) for f in fields} for i in range(int(spec.get("rows") or 0))]

def drop(client, name):
    """Drops a collection, after the aliases that would keep a real Milvus from dropping it."""
    try:
        aliases = client.list_aliases(collection_name=name).get("aliases", [])
    except Exception:  # noqa: BLE001 - a server without aliases support
        aliases = []
    for alias in aliases:
        client.drop_alias(alias=alias)
    client.drop_collection(name)

def create(client, spec):
    """Creates one collection exactly as declared, in its database."""
    with in_database(client, spec.get("database")):
        name = spec["name"]
        if client.has_collection(name):
            drop(client, name)
        primary = next(f for f in spec["fields"] if f.get("primaryKey"))
        schema = MilvusClient.create_schema(auto_id=bool(primary.get("autoId")), enable_dynamic_field=bool(spec.get("dynamicField")))
        for f in spec["fields"]:
            extra = {}
            if "dim" in f:
                extra["dim"] = f["dim"]
            if "maxLength" in f:
                extra["max_length"] = f["maxLength"]
            schema.add_field(field_name=f["name"], datatype=DataType[f["type"].upper()], is_primary=bool(f.get("primaryKey")), **extra)
        index_params = client.prepare_index_params()
        for index in spec.get("indexes", []):
            kwargs = {"field_name": index["field"], "index_type": index.get("type", "AUTOINDEX")}
            if index.get("metric"):
                kwargs["metric_type"] = index["metric"]
            if index.get("params"):
                kwargs["params"] = index["params"]
            index_params.add_index(**kwargs)
        client.create_collection(collection_name=name, schema=schema, index_params=index_params if spec.get("indexes") else None)
        rows = make_rows(spec)
        if rows:
            client.insert(collection_name=name, data=rows)
            client.flush(collection_name=name)
        for partition in spec.get("partitions", []):
            client.create_partition(collection_name=name, partition_name=partition)
        for alias in spec.get("aliases", []):
            try:
                client.drop_alias(alias=alias)
            except Exception:  # noqa: BLE001 - the alias did not exist
                pass
            client.create_alias(collection_name=name, alias=alias)
        if spec.get("load", "loaded") == "loaded":
            client.load_collection(collection_name=name)
        else:
            client.release_collection(collection_name=name)
        return {"name": name, "rows": len(rows)}

def create_databases(client, names):
    """Creates the databases a fixture declares, where they do not exist yet."""
    existing = set(client.list_databases())
    created = [name for name in names if name not in existing]
    for name in created:
        client.create_database(name)
    return {"created": created}

def drop_databases(client, names):
    """Drops databases a snippet made: their collections first (a database must be empty to drop)."""
    existing = set(client.list_databases())
    dropped = [name for name in names if name != "default" and name in existing]
    for name in dropped:
        with in_database(client, name):
            for collection in client.list_collections():
                drop(client, collection)
        client.drop_database(name)
    return {"dropped": dropped}

def describe(client, name):
    if not client.has_collection(name):
        return {"name": name, "exists": False}
    info = client.describe_collection(collection_name=name)
    fields = []
    for f in info["fields"]:
        params = f.get("params", {})
        field = {"name": f["name"], "type": DataType(f["type"]).name, "primaryKey": bool(f.get("is_primary")), "autoId": bool(f.get("auto_id"))}
        if "dim" in params:
            field["dim"] = int(params["dim"])
        if "max_length" in params:
            field["maxLength"] = int(params["max_length"])
        fields.append(field)
    indexes = []
    for index_name in client.list_indexes(collection_name=name):
        detail = client.describe_index(collection_name=name, index_name=index_name)
        indexes.append({"field": detail.get("field_name"), "type": detail.get("index_type"), "metric": detail.get("metric_type")})
    return {
        "name": name,
        "exists": True,
        "fields": fields,
        "dynamicField": bool(info.get("enable_dynamic_field")),
        "indexes": indexes,
        "rowCount": int(client.get_collection_stats(collection_name=name)["row_count"]),
        "load": load_state(client, name),
    }

def fingerprint(client, refs):
    """What a snippet could have changed besides load states: databases, the collections of each, and each named
    collection's schema, indexes, row count, partitions and aliases (refs: {"name", "database"})."""
    databases = sorted(client.list_databases())
    listed = {}
    for database in databases:
        with in_database(client, database):
            listed[database] = sorted(client.list_collections())
    named = {}
    for ref in refs:
        database, name = ref.get("database") or "default", ref["name"]
        with in_database(client, database):
            info = describe(client, name)
            info.pop("load", None)
            if info["exists"]:
                info["partitions"] = sorted(client.list_partitions(collection_name=name))
                info["aliases"] = sorted(client.list_aliases(collection_name=name).get("aliases", []))
        named[f"{database}/{name}"] = info
    return {"databases": databases, "collections": listed, "named": named}

def restore_load(client, specs):
    """Puts each collection back in its declared load state (released, or loaded with every field)."""
    for spec in specs:
        with in_database(client, spec.get("database")):
            client.release_collection(collection_name=spec["name"])
            if spec.get("load", "loaded") == "loaded":
                client.load_collection(collection_name=spec["name"])
    return {"restored": [spec["name"] for spec in specs]}

def state(client, name):
    if not client.has_collection(name):
        return {"name": name, "exists": False}
    return {"name": name, "exists": True, "load": load_state(client, name), "rowCount": int(client.get_collection_stats(collection_name=name)["row_count"])}

def handle(client, request):
    op = request["op"]
    if op == "ping":
        return {"collections": client.list_collections()}
    if op == "list":
        with in_database(client, request.get("database")):
            return client.list_collections()
    if op == "databases":
        return client.list_databases()
    if op == "create_databases":
        return create_databases(client, request["names"])
    if op == "drop_databases":
        return drop_databases(client, request["names"])
    if op == "reset":
        with in_database(client, request.get("database")):
            dropped = [n for n in request.get("drop", []) if client.has_collection(n)]
            for name in dropped:
                drop(client, name)
        return {"dropped": dropped}
    if op == "apply":
        return [create(client, spec) for spec in request["collections"]]
    if op == "describe":
        return [describe(client, n) for n in request["names"]]
    if op == "fingerprint":
        return fingerprint(client, request["collections"])
    if op == "restore_load":
        return restore_load(client, request["collections"])
    if op == "state":
        return [state(client, n) for n in request["names"]]
    raise ValueError(f"unknown op {op!r}")

def main():
    client = connect()
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            reply = {"id": request.get("id"), "ok": True, "result": handle(client, request)}
        except Exception as error:  # reported back to the harness as data
            reply = {"id": request.get("id"), "ok": False, "error": f"{type(error).__name__}: {error}", "trace": traceback.format_exc(limit=3)}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()

if __name__ == "__main__":
    main()
