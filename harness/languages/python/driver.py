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


def main():
    snippets = json.load(open(sys.argv[1], encoding="utf-8"))
    events = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
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
