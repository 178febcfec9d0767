#!/usr/bin/python3
# t/fake-sms-gateway.py - a stand-in SMS gateway for the tests of the http driver
# (modules/sms_sender.h has the wire format). Listens on 127.0.0.1 (port 0 = any free one,
# written to DIR/port once it listens) and answers each POST by the mode in DIR/mode, read
# per request (default accept):
#   accept   200 {"ok":true,"message_id":"gw-<out_id>"}; deduplicates by out_id (the same
#            out_id gets the same id again and is recorded as a duplicate); a request whose
#            signature does not verify gets 401 {"ok":false,"error":"bad signature"}
#   fail     500 {"ok":false,"error":"internal error"}
#   hang     sleeps --hang seconds (default 30), then answers like accept
#   garbage  200 with an HTML body
# Every request is appended to DIR/requests.jsonl as one JSON line, before answering:
#   {"path", "mode", "content_type", "timestamp", "signature", "signature_ok", "body"
#    (the parsed JSON, or the raw text when it is not JSON), "duplicate"}
# Usage: t/fake-sms-gateway.py --dir DIR --key KEY [--port N] [--hang SECONDS]
import argparse
import hashlib
import hmac
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

args = None
lock = threading.Lock()
accepted = {}  # out_id -> message_id


def record(entry):
    with lock:
        with open(os.path.join(args.dir, "requests.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def mode():
    try:
        with open(os.path.join(args.dir, "mode"), encoding="utf-8") as f:
            return f.read().strip() or "accept"
    except FileNotFoundError:
        return "accept"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):  # quiet: the record file is the log
        pass

    def answer(self, status, body, ctype="application/json"):
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the sender gave up (hang mode)

    def do_GET(self):
        self.answer(405, '{"ok":false,"error":"POST only"}')

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        ts = self.headers.get("X-Timestamp", "")
        sig = self.headers.get("X-Signature", "")
        expected = hmac.new(args.key.encode("utf-8"), ts.encode("utf-8") + b"\n" + raw, hashlib.sha256).hexdigest()
        sig_ok = hmac.compare_digest(expected, sig)
        text = raw.decode("utf-8", errors="replace")
        try:
            body = json.loads(text)
        except ValueError:
            body = text
        out_id = body.get("out_id") if isinstance(body, dict) else None
        m = mode()
        with lock:
            duplicate = out_id in accepted
        record({"path": self.path, "mode": m, "content_type": self.headers.get("Content-Type", ""),
                "timestamp": ts, "signature": sig, "signature_ok": sig_ok, "body": body,
                "duplicate": duplicate})
        if m == "fail":
            return self.answer(500, '{"ok":false,"error":"internal error"}')
        if m == "garbage":
            return self.answer(200, "<html><body>Service Temporarily Unavailable</body></html>", "text/html")
        if m == "hang":
            time.sleep(args.hang)
        if not sig_ok or out_id is None:
            return self.answer(401, '{"ok":false,"error":"bad signature"}')
        with lock:
            message_id = accepted.setdefault(out_id, "gw-" + str(out_id))
        self.answer(200, json.dumps({"ok": True, "message_id": message_id}))


def main():
    global args
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--hang", type=float, default=30)
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    tmp = os.path.join(args.dir, "port.tmp")
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]) + "\n")
    os.rename(tmp, os.path.join(args.dir, "port"))
    server.serve_forever()


if __name__ == "__main__":
    main()
