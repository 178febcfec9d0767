"""t/scaling/lib/two_hosts.py - t/scaling/two-hosts.sh: two application sets (docs/scaling.md).

Stack: conf/stack.sh with HNEDU_SETS=2: the seven worker masters twice, on run/<area>.sock (set a)
and run/<area>-b.sock (set b, as if a second host), both sets sharing var/storage, and nginx's
upstream of each area listing both sockets. Proves, through nginx:
- under a load of GETs of signed-in browsers (schools, insurers, the portal), SIGKILL of every
  master and worker of set a loses no request; POSTs sent after the kill are answered too (nginx
  passes a request whose connection was refused to the other server, POST included);
- a roster uploaded while only set b lives is downloaded, byte for byte, through set a while set b
  is killed under load (shared storage), again with no failed request;
- `conf/stack.sh start` brings a killed set back; then both sets answer on their sockets.
"""
import os
import re
import signal
import subprocess
import threading
import time

from scaling import scaling_drill
from drill import EnrollForm, make_roster

AREAS = ("portal", "school", "center", "department", "insurer", "admin", "uploads")
THREADS = 4


def masters(d, suffix):
    return {a + suffix: d.pid_file(a + suffix) for a in AREAS}


def group_alive(pgid):
    out = subprocess.run(["ps", "-e", "-o", "pgid=,stat="], stdout=subprocess.PIPE, text=True).stdout
    return any(line.split()[0] == str(pgid) and not line.split()[1].startswith("Z") for line in out.splitlines())


def kill_set(d, suffix):
    """SIGKILL to the process group (master and workers) of every area of the set; True when all ended."""
    pids = masters(d, suffix)
    for pid in pids.values():
        if pid:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    for _ in range(50):
        if not any(pid and group_alive(pid) for pid in pids.values()):
            return all(pids.values())
        time.sleep(0.1)
    return False


def socket_answers(d, name, uri):
    """The FastCGI socket run/<name>.sock answers a GET of uri (cgi-fcgi, no nginx)."""
    env = {"PATH": os.environ["PATH"], "REQUEST_METHOD": "GET", "REQUEST_URI": uri, "QUERY_STRING": "",
           "REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1"}
    p = subprocess.run(["cgi-fcgi", "-bind", "-connect", os.path.join(d.env("HNEDU_RUN"), name + ".sock")],
                       env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20)
    return p.returncode == 0 and re.match(rb"(Status: [0-9]+|Content-Type:)", p.stdout) is not None


def load_while(d, browsers, action):
    """GETs by the browsers (one thread each) before, during and after action(); returns
    (requests, failures, requests after action returned, action's result)."""
    stop = threading.Event()
    lock = threading.Lock()
    stats = {"n": 0, "after": 0, "failed": []}
    done = threading.Event()

    def run(client, paths):
        i = 0
        while not stop.is_set():
            path = paths[i % len(paths)]
            i += 1
            r = client.get(path, timeout=30)
            with lock:
                stats["n"] += 1
                if done.is_set():
                    stats["after"] += 1
                if r.status != 200:
                    stats["failed"].append("%s %s %s" % (path, r.status, r.error or r.text()[:200]))

    threads = [threading.Thread(target=run, args=b) for b in browsers]
    for t in threads:
        t.start()
    time.sleep(2)
    result = action()
    done.set()
    time.sleep(3)
    stop.set()
    for t in threads:
        t.join()
    return stats["n"], stats["failed"], stats["after"], result


def load_through_kill(d, browsers, name, suffix):
    """Kills application set name (conf/stack.sh suffix) while the browsers load the site,
    and checks that no GET failed; records the figures gets_kill_<name>, failed_kill_<name>."""
    n, failed, after, killed = load_while(d, browsers, lambda: kill_set(d, suffix))
    d.check("set %s killed (SIGKILL to its masters and workers) during the load" % name, killed)
    d.check("no GET failed: %d requests, %d after the kill" % (n, after), not failed and after > 20,
            "\n".join(failed[:20]))
    d.figure("gets_kill_" + name, n)
    d.figure("failed_kill_" + name, len(failed))


def body(d):
    d.start(workers=2)
    d.open_current_year()
    a, b = masters(d, ""), masters(d, "-b")
    d.check("both sets run: 14 worker masters", all(a.values()) and all(b.values()), "%s %s" % (a, b))
    with open(os.path.join(d.var, "nginx", "nginx.conf")) as f:
        conf = f.read()
    d.check("nginx's upstream of each area lists the socket of each set",
            all(re.search(r"upstream hnedu_%s\s*\{ server unix:\S+/%s\.sock .*server unix:\S+/%s-b\.sock" % (x, x, x), conf)
                for x in AREAS))

    browsers = []
    for i in range(THREADS):
        c = d.client()
        if i % 2 == 0:
            ok = c.login("school", "郑州市金水区文化路第一小学", "School@2026").status == 303
            paths = ["/school/s/", "/school/s/enroll", "/school/healthz"]
        else:
            ok = c.login("insurer", "pingan_henan", "Insurer@2026").status == 303
            paths = ["/school/insurer/", "/school/insurer/enrollments", "/school/static/css/site.css"]
        d.check("browser %d signs in" % (i + 1), ok)
        browsers.append((c, paths))

    load_through_kill(d, browsers, "a", "")
    logins = [d.client().login("insurer", "pingan_henan", "Insurer@2026").status for _ in range(4)]
    d.check("POSTs (sign-ins) after the kill are answered 303", logins == [303] * 4, str(logins))

    # an upload while only set b lives
    school = d.client()
    d.check("the school signs in", school.login("school", "郑州市金水区文化路第一小学", "School@2026").status == 303)
    form = EnrollForm(school)
    data = make_roster(os.path.join(d.out, "roster.csv"), 7, 700)
    r = school.request("POST", form.action, *form.body(data, 7)) if form.ok else None
    d.check("a roster is uploaded through set b", r is not None and r.status == 303,
            "%s" % ((r.status, r.text()[:300]) if r else "no form",))
    file_id = d.sql_value("SELECT roster_file_id FROM enrollments WHERE batch_key = '%s'" % form.batch_key)

    out = d.stack("start")
    a2 = masters(d, "")
    d.check("conf/stack.sh start brings set a back", all(a2.values()) and all(a2[k] != a[k] for k in a2), out)
    load_through_kill(d, browsers, "b", "-b")
    r = school.get("/school/files/download?id=%s" % file_id)
    d.check("the roster uploaded through set b is downloaded through set a, the same bytes",
            file_id and r.status == 200 and r.body == data, "%s %s" % (r.status, r.body[:200]))

    d.stack("start")
    d.check("and set b is back", all(masters(d, "-b").values()))
    uris = {"portal": "/school/healthz", "school": "/school/s/", "center": "/school/center/",
            "department": "/school/dept/", "insurer": "/school/insurer/", "admin": "/school/admin/",
            "uploads": "/school/files/download"}
    d.check("every socket of both sets answers", all(socket_answers(d, x + s, uris[x]) for x in AREAS for s in ("", "-b")))
    ok = all(c.get(p).status == 200 for c, paths in browsers for p in paths for _ in range(3))
    d.check("through nginx the pages answer 200 with both sets up", ok)


scaling_drill("two-hosts", sets=2).run(body)
