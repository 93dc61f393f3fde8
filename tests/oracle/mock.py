#!/usr/bin/env python3
"""Loopback mock of a Huawei Cloud API endpoint that answers every request with a chosen error.

Usage: python3 mock.py CASES.json PORTFILE [--prefer-port=N] [--lifetime=SECONDS]

Standard library only. Binds 127.0.0.1 on port N when it is free (so printed texts that name the
port are the same from run to run), else on any free port; writes the port to PORTFILE once it is
listening, and serves until it is killed (or for at most --lifetime seconds, 1800 by default, so a
forgotten mock stops by itself).

The case a request gets is chosen, in this order, by
  * an `X-Oracle-Case: <case id>` request header, else
  * the case last set through the control endpoint: `POST /__oracle/case` with the case id as the
    body (the generators do this before each SDK call; the case stays set until changed).
Cases are the ones in CASES.json (written by cases.py), plus the built-in special ones:
  html413, html502   a non-JSON HTML page with that status
  empty500           status 500 and an empty body
  keystone401        IAM/Keystone style {"error":{"code":401,"message":...,"title":"Unauthorized"}}
  timeout            accept, read the request, and never answer (until the client gives up)
Every error answer carries `X-Request-Id: <32 hex>`, the case's own (md5 of the case id), and a
fixed `Date: Mon, 01 Jan 2024 00:00:00 GMT`.
`GET /__oracle/health` answers 200 "ok"; `GET /__oracle/log` lists the cases served so far.
"""
import hashlib
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def request_id_for(case_id):
    """Deterministic 32-hex request id of a case (shared with cases.py)."""
    return hashlib.md5(case_id.encode("utf-8")).hexdigest()


FIXED_DATE = "Mon, 01 Jan 2024 00:00:00 GMT"

HTML_PAGES = {
    413: "<html><head><title>413 Request Entity Too Large</title></head>\r\n"
         "<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n"
         "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    502: "<html><head><title>502 Bad Gateway</title></head>\r\n"
         "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
         "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
}

KEYSTONE_BODY = {"error": {"code": 401,
                           "message": "The request you have made requires authentication.",
                           "title": "Unauthorized"}}


def special_cases():
    """The cases that are not catalog entries: id -> (status, content type, body bytes)."""
    return {
        "html413": (413, "text/html", HTML_PAGES[413].encode()),
        "html502": (502, "text/html", HTML_PAGES[502].encode()),
        "empty500": (500, None, b""),
        "keystone401": (401, "application/json;charset=UTF-8",
                        json.dumps(KEYSTONE_BODY, separators=(",", ":")).encode()),
    }


class State:
    def __init__(self, cases):
        self.cases = cases
        self.current = None
        self.served = []
        self.lock = threading.Lock()
        self.stop = threading.Event()


def make_handler(state):
    specials = special_cases()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "oracle-mock"
        sys_version = ""

        def log_message(self, fmt, *args):  # quiet
            pass

        def version_string(self):
            return self.server_version

        def date_time_string(self, timestamp=None):
            # A fixed Date header: an SDK that prints the response headers prints the same each run.
            return FIXED_DATE

        def _read_body(self):
            n = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(n) if n else b""

        def _send(self, status, ctype, body, request_id=None):
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if request_id:
                self.send_header("X-Request-Id", request_id)
            self.send_header("Connection", "close")
            self.end_headers()
            if body:
                self.wfile.write(body)
            self.close_connection = True

        def _control(self, body):
            if self.path == "/__oracle/case" and self.command == "POST":
                case_id = body.decode("utf-8").strip()
                if case_id not in state.cases and case_id not in specials and case_id != "timeout":
                    self._send(404, "text/plain", ("unknown case " + case_id).encode())
                    return
                with state.lock:
                    state.current = case_id
                self._send(200, "text/plain", b"ok")
            elif self.path == "/__oracle/health":
                self._send(200, "text/plain", b"ok")
            elif self.path == "/__oracle/log":
                with state.lock:
                    served = list(state.served)
                self._send(200, "application/json", json.dumps(served).encode())
            else:
                self._send(404, "text/plain", b"unknown control path")

        def _serve(self):
            body = self._read_body()
            if self.path.startswith("/__oracle/"):
                self._control(body)
                return
            with state.lock:
                case_id = self.headers.get("X-Oracle-Case") or state.current
                state.served.append({"case": case_id, "method": self.command, "path": self.path})
            if case_id is None:
                self._send(599, "text/plain", b"oracle mock: no case set")
                return
            if case_id == "timeout":
                # Accept and never answer: hold the connection until the client gives up
                # (or the mock stops); at most 30 s so no thread lingers for long.
                state.stop.wait(30)
                self.close_connection = True
                return
            rid = request_id_for(case_id)
            if case_id in specials:
                status, ctype, payload = specials[case_id]
                self._send(status, ctype, payload, rid)
                return
            case = state.cases[case_id]
            payload = json.dumps({"error_code": case["code"], "error_msg": case["message"]},
                                 ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self._send(case["status"], "application/json;charset=UTF-8", payload, rid)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve

    return Handler


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    lifetime, prefer = 1800.0, 0
    for a in argv[1:]:
        if a.startswith("--lifetime="):
            lifetime = float(a.split("=", 1)[1])
        elif a.startswith("--prefer-port="):
            prefer = int(a.split("=", 1)[1])
    if len(args) != 2:
        sys.stderr.write("usage: mock.py CASES.json PORTFILE [--prefer-port=N] [--lifetime=SECONDS]\n")
        return 2
    cases_path, port_file = args
    with open(cases_path, encoding="utf-8") as f:
        cases = {c["case"]: c["sent"] for c in json.load(f) if "status" in c["sent"] and c["sent"].get("code")}
    state = State(cases)
    server = None
    if prefer:
        try:
            server = ThreadingHTTPServer(("127.0.0.1", prefer), make_handler(state))
        except OSError:
            server = None
    if server is None:
        server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    port = server.server_address[1]
    with open(port_file + ".tmp", "w") as f:
        f.write(str(port))
    os.replace(port_file + ".tmp", port_file)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    deadline = time.monotonic() + lifetime
    try:
        while time.monotonic() < deadline:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        state.stop.set()
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
