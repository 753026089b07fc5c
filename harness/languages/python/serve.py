"""docs-harness Python warm runtime: serves page after page for the harness (DH_SERVE=1).

pymilvus is imported once; each page request (a JSON line on stdin: file, dir, env) runs in a child forked from this
process, which starts from that state with nothing of an earlier page, as in a process of its own (driver.py's main).
After a page: its private /tmp emptied (in the sandbox), the page-end marker on stdout and stderr, a page-done event.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import traceback

from driver import MARK, main

PAGE_END = "\x1fpage-end"
DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "driver.py")


def read_request():
    """One request line from stdin, read unbuffered (the page's barrier reads the same stdin after)."""
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(0, 1)
        if not byte:
            return None
        line += byte
    return json.loads(line)


def empty_private_tmp():
    """In the sandbox /tmp is the runtime's own: what a page left there is removed before the next page (never a
    folder holding a mount: the runtime's home, the harness or its cache bound in)."""
    with open("/proc/self/mounts", encoding="utf-8") as mounts:
        points = [line.split()[1] for line in mounts if len(line.split()) > 1]
    for folder in ("/tmp", "/dev/shm"):
        for name in os.listdir(folder) if os.path.isdir(folder) else []:
            target = os.path.join(folder, name)
            if name == ".forwarder-ready" or any(p == target or p.startswith(target + "/") for p in points):
                continue
            try:
                if os.path.isdir(target) and not os.path.islink(target):
                    shutil.rmtree(target, ignore_errors=True)
                else:
                    os.unlink(target)
            except OSError:
                pass


def run_spawned(request):
    """Runs one page in a fresh interpreter (forking a process that has threads would not be safe)."""
    env = {**os.environ, **request["env"]}
    env.pop("DH_SERVE", None)
    done = subprocess.run([sys.executable, "-u", DRIVER, request["file"]], cwd=request["dir"], env=env, pass_fds=(3,), check=False)
    return (None, signal.Signals(-done.returncode).name) if done.returncode < 0 else (done.returncode, None)


def run_forked(request):
    """Runs one page in a child forked from this process; returns how it ended (exit code, signal name)."""
    if threading.active_count() > 1:
        return run_spawned(request)
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(request["dir"])
            os.environ.update(request["env"])
            tempfile.tempdir = None
            main(request["file"])
        except BaseException:  # noqa: BLE001 - the driver's own fault: said on stderr, then the page ends
            traceback.print_exc()
        finally:
            os._exit(70)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return None, signal.Signals(os.WTERMSIG(status)).name
    return os.WEXITSTATUS(status), None


def serve():
    try:
        import pymilvus  # noqa: F401 - imported once here; every page's child starts with it imported
    except Exception:  # noqa: BLE001 - a page that imports it sees the error itself
        pass
    events = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    private_tmp = os.environ.get("DH_PRIVATE_TMP") == "1"
    while True:
        request = read_request()
        if request is None:
            return
        code, signame = run_forked(request)
        if private_tmp:
            try:
                empty_private_tmp()
            except OSError:
                pass
        for fd in (1, 2):
            os.write(fd, MARK.format(PAGE_END).encode())
        events.write(json.dumps({"event": "page-done", "id": "", "exitCode": code, "signal": signame}) + "\n")


if __name__ == "__main__":
    serve()
