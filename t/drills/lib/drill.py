"""t/drills/lib/drill.py - the shared part of the fault drills (t/drills/*.sh, `make check-drills`).

Each drill gets a throwaway stack of its own: conf/stack.sh with HNEDU_VAR=t/out/drills/<name>/var
on HNEDU_PORT (loopback only), started by Drill.start and always stopped by Drill.finish (also on
an exception). Drill.check prints TAP-like "ok N - ..." / "not ok N - ..." lines; Drill.figure
collects the figures printed as one "# figures <name>: key=value ..." line at the end. The exit
status is 0 only when every check passed.

Client is a small HTTP/1.1 client through nginx (one connection a request, no redirects
followed, a cookie jar, the Origin header the CSRF check wants) that measures each request.
"""
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
import urllib.parse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PY = "/usr/bin/python3"  # Debian's python3 sees python3-openpyxl (t/fixtures/make-roster.py)


class Terminated(Exception):
    """SIGTERM (the runner's time limit) arrived."""


def on_term(signum, frame):
    raise Terminated("terminated by SIGTERM (time limit)")


def mounts_under(path):
    """Mount points at or below path (from /proc/mounts), in mount order."""
    with open("/proc/mounts") as f:
        points = [line.split()[1].replace("\\040", " ") for line in f]
    return [p for p in points if p == path or p.startswith(path.rstrip("/") + "/")]


class Drill:
    """One drill run: its stack, checks and figures."""

    def __init__(self, name):
        self.name = name
        self.port = int(os.environ.get("HNEDU_PORT", "8081"))
        self.out = os.path.join(ROOT, "t", "out", "drills", name)
        self.var = os.path.join(self.out, "var")
        self.n = 0
        self.failed = 0
        self.figures = []
        self.cleanups = []  # callables run by finish, last first
        self.envs = None
        # what an earlier, interrupted run left: its stack, its mounts
        self.stop_stack()
        for mount in reversed(mounts_under(self.out)):
            subprocess.run(["umount", mount], check=False)
        shutil.rmtree(self.out, ignore_errors=True)
        os.makedirs(self.var)
        signal.signal(signal.SIGTERM, on_term)  # the runner's timeout: clean up like a failure

    # ---- reporting ----
    def check(self, desc, ok, detail=""):
        """One checked statement; detail is printed under a failure."""
        self.n += 1
        if ok:
            print("ok %d - %s" % (self.n, desc), flush=True)
        else:
            self.failed += 1
            print("not ok %d - %s" % (self.n, desc), flush=True)
            for line in str(detail).splitlines()[:30]:
                print("#   " + line, flush=True)
        return ok

    def note(self, text):
        print("# " + text, flush=True)

    def figure(self, key, value):
        """A figure of the closing "# figures" line (and the report)."""
        self.figures.append((key, value))

    def finish(self):
        """Runs the clean-ups, stops the stack, prints the figures and exits."""
        for f in reversed(self.cleanups):
            try:
                f()
            except Exception as e:  # noqa: BLE001 - a clean-up must not hide the result
                print("# clean-up failed: %s" % e, flush=True)
        self.stop_stack()
        print("# figures %s: %s" % (self.name, " ".join("%s=%s" % kv for kv in self.figures)), flush=True)
        print("1..%d" % self.n, flush=True)
        sys.exit(1 if self.failed or self.n == 0 else 0)

    def run(self, body):
        """Runs body(self) and finish, whatever body raises."""
        try:
            body(self)
        except Exception:  # noqa: BLE001 - reported as a failed check
            self.check("the drill ran to its end", False, traceback.format_exc())
        self.finish()

    # ---- the stack ----
    def stack(self, *args, extra_env=None, check=True):
        env = dict(os.environ, HNEDU_VAR=self.var, HNEDU_PORT=str(self.port))
        env.update(extra_env or {})
        p = subprocess.run(["bash", os.path.join(ROOT, "conf", "stack.sh")] + list(args), env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if check and p.returncode != 0:
            raise RuntimeError("conf/stack.sh %s failed:\n%s" % (" ".join(args), p.stdout))
        return p.stdout

    def stop_stack(self):
        if os.path.isdir(getattr(self, "var", "")):
            self.stack("stop", check=False)

    def start(self, local_conf="", workers=2):
        """Starts the stack; local_conf is appended to var/app.conf (app.conf.local)."""
        with open(os.path.join(self.var, "app.conf.local"), "w") as f:
            # busy moments of a drill must not be mistaken for a password-hashing overload
            f.write("[security]\nhash_slots=8\n" + local_conf)
        t0 = time.monotonic()
        self.stack("start", extra_env={"HNEDU_WORKERS": str(workers)})
        self.note("stack started on port %d in %.1f s" % (self.port, time.monotonic() - t0))
        self.envs = dict(line.split("=", 1) for line in self.stack("env").split("\n") if "=" in line)

    def env(self, key):
        return self.envs[key]

    def sql(self, query, db="hnedu", timeout=30):
        """Rows (lists of strings) of query run as the database superuser."""
        p = subprocess.run(["mariadb", "--no-defaults", "--socket=" + self.env("HNEDU_SOCKET"), "-N", "-B",
                            "--default-character-set=utf8mb4", db, "-e", query],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
        if p.returncode != 0:
            raise RuntimeError("sql failed: %s\n%s" % (query, p.stderr))
        return [line.split("\t") for line in p.stdout.splitlines()]

    def sql_value(self, query):
        rows = self.sql(query)
        return rows[0][0] if rows else None

    def pid_file(self, name):
        """The pid in run/<name>.pid (e.g. school, mysqld), or None."""
        try:
            with open(os.path.join(self.env("HNEDU_RUN"), name + ".pid")) as f:
                return int(f.read().strip())
        except (OSError, ValueError):
            return None

    def worker_pids(self, area):
        """The FastCGI workers of area: the children of its master."""
        master = self.pid_file(area)
        out = subprocess.run(["pgrep", "-P", str(master)], stdout=subprocess.PIPE, text=True).stdout
        return [int(x) for x in out.split()]

    def open_current_year(self):
        """The current year (id 2) takes enrollments (as t/enroll-lib.sh open_current_year)."""
        self.sql("UPDATE academic_years SET starts_on = UTC_DATE() - INTERVAL 60 DAY,"
                 " ends_on = UTC_DATE() + INTERVAL 300 DAY, enroll_deadline = UTC_DATE() + INTERVAL 30 DAY"
                 " WHERE id = 2")

    def client(self):
        return Client(self)


def kill9(pid):
    try:
        os.kill(pid, signal.SIGKILL)
        return True
    except ProcessLookupError:
        return False


class Response:
    def __init__(self, status, headers, body, elapsed, error=""):
        self.status, self.headers, self.body, self.elapsed, self.error = status, headers, body, elapsed, error

    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return ""


class Client:
    """A browser of one account: cookies, CSRF token of the last page."""

    def __init__(self, drill):
        self.drill = drill
        self.origin = "http://127.0.0.1:%d" % drill.port
        self.cookies = {}
        self.last = None

    def request(self, method, path, body=None, ctype=None, timeout=60, headers=None):
        """One request; status 0 and error set when no HTTP answer came."""
        h = {"Origin": self.origin, "User-Agent": "hnedu-drill"}
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if ctype:
            h["Content-Type"] = ctype
        h.update(headers or {})
        t0 = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.drill.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=h)
            r = conn.getresponse()
            data = r.read()
            resp = Response(r.status, r.getheaders(), data, time.monotonic() - t0)
        except (OSError, http.client.HTTPException) as e:
            resp = Response(0, [], b"", time.monotonic() - t0, "%s: %s" % (type(e).__name__, e))
        finally:
            conn.close()
        for k, v in resp.headers:
            if k.lower() == "set-cookie":
                name, _, value = v.split(";", 1)[0].partition("=")
                self.cookies[name.strip()] = value.strip()
        self.last = resp
        return resp

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post_form(self, path, fields, **kw):
        return self.request("POST", path, urllib.parse.urlencode(fields).encode(),
                            "application/x-www-form-urlencoded", **kw)

    def csrf(self, resp=None):
        m = re.search(r'name="csrf" value="([0-9a-f]+)"', (resp or self.last).text())
        return m.group(1) if m else ""

    def login(self, kind, login, password):
        """Signs in through the portal (admin: its own page); passes the SMS second factor
        with the code read from the outbox. Returns the last response (303 when signed in)."""
        self.cookies = {}
        page = "/school/admin/login" if kind == "admin" else "/school/"
        action = "/school/admin/login" if kind == "admin" else "/school/login"
        self.get(page)
        fields = {"csrf": self.csrf(), "login": login, "password": password}
        if kind != "admin":
            fields["kind"] = kind
        r = self.post_form(action, fields)
        if r.status == 303 and r.header("Location").startswith("/school/verify"):
            self.get("/school/verify")
            code = self.drill.sql_value("SELECT m.body FROM sms_messages m JOIN accounts a ON a.mobile_hmac = m.mobile_hmac"
                                        " WHERE m.purpose = 'code:login_mfa' AND a.kind = '%s' AND a.login_name = '%s'"
                                        " ORDER BY m.id DESC LIMIT 1" % (kind, login))
            code = re.search(r"[0-9]{6}", code or "")
            r = self.post_form("/school/verify", {"csrf": self.csrf(), "code": code.group(0) if code else ""})
        return r


BOUNDARY = "----hneduDrillBoundary5c1e"


def multipart(fields, file_field=None, file_name=None, file_data=b""):
    """A multipart/form-data body (fields in order, csrf first) and its Content-Type."""
    out = []
    for k, v in fields:
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (BOUNDARY, k, v)).encode())
    if file_field:
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                    "Content-Type: application/octet-stream\r\n\r\n" % (BOUNDARY, file_field, file_name)).encode())
        out.append(file_data + b"\r\n")
    out.append(("--%s--\r\n" % BOUNDARY).encode())
    return b"".join(out), "multipart/form-data; boundary=" + BOUNDARY


def make_roster(path, n, offset):
    """A valid student roster of n people (t/fixtures/make-roster.py; .csv: UTF-8, fast to compare)."""
    subprocess.run([PY, os.path.join(ROOT, "t", "fixtures", "make-roster.py"), path, str(n), str(offset)], check=True)
    with open(path, "rb") as f:
        return f.read()


def roster_people(data):
    """(name, ID number) of each data row of a .csv roster written by make_roster."""
    lines = data.decode("utf-8-sig").split("\r\n")[1:]
    return [(c[1], c[4]) for c in (line.split(",") for line in lines if line)]


class EnrollForm:
    """The first open 投保数据 form of a signed-in school (product, batch key, a company)."""

    def __init__(self, client):
        r = client.get("/school/s/enroll")
        self.ok = False
        m = re.search(r'<form class="enroll-form".*?</form>', r.text(), re.S)
        if r.status != 200 or not m:
            return
        form = m.group(0)
        self.action = re.search(r'action="([^"]+)"', form).group(1).replace("&amp;", "&")
        self.csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', form).group(1)
        self.product = re.search(r'name="product" value="([0-9]+)"', form).group(1)
        self.batch_key = re.search(r'name="batch_key" value="([0-9a-f]+)"', form).group(1)
        self.seq = re.search(r'name="seq" value="([0-9]+)"', form).group(1)
        companies = re.findall(r'<option value="([0-9]+)"', form)
        self.company = companies[0] if companies else ""
        self.ok = bool(self.company)

    def body(self, roster_data, count, name="花名册.csv"):
        fields = [("csrf", self.csrf), ("product", self.product), ("batch_key", self.batch_key), ("seq", self.seq),
                  ("declared_count", str(count)), ("company_id", self.company)]
        return multipart(fields, "roster", name, roster_data)


def school_logins(drill):
    """(login, password) of every active school account of the demo data."""
    rows = drill.sql("SELECT a.login_name FROM accounts a JOIN schools s ON s.id = a.school_id"
                     " WHERE a.kind = 'school' AND a.status = 'active' AND s.status = 'active' ORDER BY a.id")
    return [(r[0], "Center@2026" if r[0] == "中牟县官渡镇中心学校" else "School@2026") for r in rows]


def stored_matches(drill, batch_key, people):
    """How the upload with batch_key is stored: ("none", 0) when not at all, ("once", n) when one
    enrollment holds exactly the file's rows (count, names, last 4 of each ID, in order) and
    one files row, else ("broken", detail)."""
    enr = drill.sql("SELECT id, stored_count, roster_file_id FROM enrollments WHERE batch_key = '%s'" % batch_key)
    if not enr:
        return ("none", 0)
    if len(enr) != 1:
        return ("broken", "%d enrollments" % len(enr))
    eid, stored, file_id = enr[0]
    rows = drill.sql("SELECT name, RIGHT(id_masked, 4) FROM roster_rows WHERE enrollment_id = %s ORDER BY row_no" % eid)
    want = [[n, i[-4:]] for n, i in people]
    if rows != want or int(stored) != len(people):
        return ("broken", "enrollment %s: %d rows stored, %d in the file (stored_count %s)"
                % (eid, len(rows), len(people), stored))
    if drill.sql_value("SELECT COUNT(*) FROM files WHERE id = %s" % file_id) != "1":
        return ("broken", "enrollment %s: no files row" % eid)
    return ("once", len(rows))
