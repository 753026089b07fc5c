"""Entry point of the stand-in image for milvusdb/milvus: milvus-lite on 19530 and a /healthz on 9091.

A stand-in, not Milvus: it lets the container backend's plumbing (start, readiness, logs, exit, stop) be proven on a
machine without a registry. It takes Milvus's own command line (`milvus run standalone`) and exits when milvus-lite
exits, so the container dies with it. /healthz answers 200 once milvus-lite accepts connections.
"""
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading

GRPC_PORT = 19530
HEALTH_PORT = 9091


def grpc_open():
    try:
        with socket.create_connection(("127.0.0.1", GRPC_PORT), timeout=1):
            return True
    except OSError:
        return False


class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server hook name
        ok = self.path == "/healthz" and grpc_open()
        body = b"OK" if ok else b"not ready"
        self.send_response(200 if ok else 503)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    if sys.argv[1:] != ["milvus", "run", "standalone"]:
        print(f"stand-in: expected the command `milvus run standalone`, got {sys.argv[1:]!r}", flush=True)
        return 2
    print("stand-in for milvusdb/milvus: starting milvus-lite on :19530, /healthz on :9091", flush=True)
    os.makedirs("/var/lib/milvus/lite", exist_ok=True)
    lite = subprocess.Popen(
        [sys.executable, os.path.join(os.path.dirname(sys.executable), "milvus-lite"), "server", "--data-dir", "/var/lib/milvus/lite", "--host", "0.0.0.0", "--port", str(GRPC_PORT)],
    )
    signal.signal(signal.SIGTERM, lambda *_: lite.terminate())
    server = http.server.ThreadingHTTPServer(("0.0.0.0", HEALTH_PORT), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    code = lite.wait()
    print(f"stand-in: milvus-lite exited with code {code}", flush=True)
    return code or 1


if __name__ == "__main__":
    sys.exit(main())
