"""docs-harness: the public names of the installed pymilvus, for explaining SDK drift (did you mean …?).

Writes JSON to argv[1]: {"modules": {module: {"names": [public names], "own": [names that belong there: defined
there, or exported by a package]}}, "classes": {class name: [attributes]}, "extras": [pymilvus's optional extras, as
module names]}. Modules that cannot be imported (optional extras not installed) are left out.
"""
import importlib
import importlib.metadata
import inspect
import json
import pkgutil
import sys


def public(names):
    return sorted(n for n in names if not n.startswith("_"))


def main():
    import pymilvus

    for info in pkgutil.walk_packages(pymilvus.__path__, "pymilvus.", onerror=lambda _name: None):
        try:
            importlib.import_module(info.name)
        except BaseException:  # noqa: BLE001 - an optional extra that is not installed
            continue
    modules, classes = {}, {}
    for name, module in sorted(sys.modules.items()):
        if module is None or not (name == "pymilvus" or name.startswith("pymilvus.")):
            continue
        names = public(dir(module))
        package = hasattr(module, "__path__")
        own = []
        for attr in names:
            value = getattr(module, attr, None)
            if inspect.ismodule(value):
                continue
            if inspect.isclass(value) or inspect.isroutine(value):
                if getattr(value, "__module__", None) == name or package:
                    own.append(attr)
                if inspect.isclass(value) and (value.__module__ or "").startswith("pymilvus"):
                    members = classes.setdefault(value.__name__, [])
                    members.extend(m for m in dir(value) if not m.startswith("__") and m not in members)
            elif package:
                own.append(attr)
        modules[name] = {"names": names, "own": own}
    extras = [e.replace("-", "_") for e in importlib.metadata.metadata("pymilvus").get_all("Provides-Extra") or []]
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump({"modules": modules, "classes": classes, "extras": extras}, out)


if __name__ == "__main__":
    main()
