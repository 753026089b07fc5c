"""docs-harness Python driver: runs a page's snippets in page order in one process with shared globals.

argv[1] is a JSON file: [{"id": ..., "code": ...}, ...]. Before each snippet a marker goes to stdout and stderr;
events go to fd 3 as JSON lines: start, then end with status and, on failure, the kind, snippet line and message.
"""
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


def main():
    snippets = json.load(open(sys.argv[1], encoding="utf-8"))
    events = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    if os.environ.get("DH_URI"):
        namespace["client"] = AssumedClient()
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
            try:
                exec(code, namespace)
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
    main()
