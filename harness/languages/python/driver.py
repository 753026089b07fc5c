"""docs-harness Python driver: runs a page's snippets in page order in one process with shared globals.

argv[1] is a JSON file: [{"id": ..., "code": ...}, ...]. Before each snippet a marker goes to stdout and stderr;
events go to fd 3 as JSON lines: start, then end with status and, on failure, the kind, snippet line and message.
serve.py runs it page after page in one warm runtime.
"""
import ast
import builtins
import json
import os
import sys
import time
import traceback

MARK = "\x1eDH:{}\x1e\n"


class AssumedClient:
    """The `client` a page assumes was made elsewhere: a MilvusClient on the harness's server, made on first use.

    A page that makes its own `client` replaces it, as a reader's own assignment would.
    """

    def __init__(self):
        object.__setattr__(self, "_real", None)

    def _client(self):
        if self._real is None:
            from pymilvus import MilvusClient

            object.__setattr__(self, "_real", MilvusClient(uri=os.environ["DH_URI"], token=os.environ.get("DH_TOKEN") or ""))
        return self._real

    def __getattr__(self, name):
        return getattr(self._client(), name)

    def __repr__(self):
        return repr(self._client())


STDLIB = {"json", "time", "random", "math", "os", "sys", "datetime", "re", "string", "uuid"}


def added_imports(code, namespace):
    """Names the snippet uses but never binds, that a reader would import: pymilvus's own, and a few stdlib modules.

    Returns [(line, statement, name, value)]; the harness binds them and reports each as a lint warning.
    """
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    bound = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    found, seen = [], set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load):
            continue
        name = node.id
        if name in seen or name in bound or name in namespace or hasattr(builtins, name):
            continue
        seen.add(name)
        if name in STDLIB:
            found.append((node.lineno, f"import {name}", name, __import__(name)))
            continue
        try:
            import pymilvus

            # `client` is a pymilvus subpackage, never what a page means by its client.
            if not name.startswith("_") and name not in ("client", "milvus_client") and hasattr(pymilvus, name):
                found.append((node.lineno, f"from pymilvus import {name}", name, getattr(pymilvus, name)))
        except ImportError:
            pass
    return sorted(found, key=lambda f: f[0])


def _dh_echo(value):
    """Shows a bare expression's value as a notebook cell does (nothing for None)."""
    if value is not None:
        print(repr(value))


def echoed(snippet, filename):
    """For a snippet that prints nothing but whose output the page documents: each bare expression that a documented
    output block follows (`client.list_databases()` then `# Output`), and the last statement when it is one, shows its
    value as a notebook cell would. Returns the compiled code, or None when there is nothing to show."""
    try:
        tree = ast.parse(snippet["code"])
    except SyntaxError:
        return None
    # The statement each documented block stands after (afterCodeLine: the block follows that many code lines).
    shown = {len(tree.body) - 1}
    for after in snippet.get("outputsAfter", []):
        before = [i for i, statement in enumerate(tree.body) if statement.end_lineno <= after]
        if before:
            shown.add(before[-1])
    changed = False
    for i in sorted(shown):
        statement = tree.body[i] if 0 <= i < len(tree.body) else None
        if not isinstance(statement, ast.Expr):
            continue
        value = statement.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "print":
            continue
        statement.value = ast.Call(func=ast.Name(id="_dh_echo", ctx=ast.Load()), args=[value], keywords=[])
        changed = True
    if not changed:
        return None
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec")


def main(path):
    snippets = json.load(open(path, encoding="utf-8"))
    events = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    if os.environ.get("DH_URI") and os.environ.get("DH_SUPPLY_CLIENT", "1") == "1":
        assumed = AssumedClient()
        namespace["client"] = assumed  # the names pages give the client they assume was made elsewhere
        namespace["milvus_client"] = assumed
    barrier = os.environ.get("DH_BARRIER") == "1"  # wait after each snippet while the harness reads server state
    for snippet in snippets:
        sid = snippet["id"]
        filename = f"<snippet {sid}>"
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
            stream.write(MARK.format(sid))
            stream.flush()
        events.write(json.dumps({"event": "start", "id": sid}) + "\n")
        started = time.monotonic()
        end = {"event": "end", "id": sid, "status": "ok"}
        try:
            code = compile(snippet["code"], filename, "exec")
        except SyntaxError as error:
            sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))
            end.update(status="error", error={"kind": "syntax", "line": error.lineno, "message": f"SyntaxError: {error.msg}"})
        else:
            notes = []
            for line, statement, name, value in added_imports(snippet["code"], namespace):
                namespace[name] = value
                notes.append({"line": line, "message": f"the harness added `{statement}`, which the snippet uses but does not import"})
            if notes:
                end["notes"] = notes
            try:
                shown = echoed(snippet, filename) if snippet.get("echo") else None
                if shown is not None:
                    namespace["_dh_echo"] = _dh_echo
                exec(code if shown is None else shown, namespace)
            except BaseException as error:  # noqa: BLE001 - a snippet's failure is a result
                frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]
                line = frames[-1].lineno if frames else None
                message = "".join(traceback.format_exception_only(type(error), error)).strip()
                traceback.print_exc()
                end.update(status="error", error={"kind": "runtime", "line": line, "message": message})
        sys.stdout.flush()
        sys.stderr.flush()
        end["durationMs"] = round((time.monotonic() - started) * 1000)
        events.write(json.dumps(end) + "\n")
        if barrier:
            sys.stdin.readline()
    events.close()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
