"""t/drills/lib/slow_clients.py - drill 4 (t/drills/slow-clients.sh): slow clients (slowhttptest,
Debian package) hold no FastCGI worker.

Two attacks in turn, each ATTACK seconds with CONNECTIONS connections from slowhttptest:
slowloris (headers never finished) against the portal and the school pages, then slow body (a
POST body trickled a few bytes at a time) against the upload URL. Meanwhile a signed-in school
asks its pages, the upload URL (answered 405 by an uploads worker) and saves its 基本信息
(a POST) all the time. nginx reads headers and bodies
itself (request buffering) and hands only whole requests to the workers, so the ordinary requests
must keep answering fast.
Proves, for each attack: slowhttptest did hold its connections open (its own statistics);
every ordinary request answered 200/303, none slower than FAST seconds.
"""
import csv
import os
import shutil
import subprocess
import threading
import time

from drill import Drill, school_logins

ATTACK = 15
CONNECTIONS = 400
FAST = 1.0


def install_slowhttptest(d):
    if shutil.which("slowhttptest"):
        return True
    p = subprocess.run(["apt-get", "install", "-y", "-q", "slowhttptest"], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    if p.returncode != 0:
        d.note(p.stdout[-2000:])
    return shutil.which("slowhttptest") is not None


def attack(d, name, args, client, school):
    """Runs slowhttptest with args for ATTACK seconds while the client works; returns
    (answers, failures, slowest, median, most connections slowhttptest held)."""
    stats_base = os.path.join(d.out, name)
    cmd = ["slowhttptest", "-c", str(CONNECTIONS), "-r", "200", "-i", "5", "-l", str(ATTACK), "-p", "3",
           "-g", "-o", stats_base] + args
    proc = subprocess.Popen(cmd, stdout=open(stats_base + ".out", "w"), stderr=subprocess.STDOUT)
    d.cleanups.append(lambda: proc.poll() is not None or proc.kill())
    time.sleep(3)  # let it open its connections
    times, failures = [], []
    visitor = d.client()  # the portal's sign-in page, not signed in
    while proc.poll() is None:
        # the upload URL asked with GET: 405 from an uploads worker, the workers slow bodies would hold
        for who, path, want in ((visitor, "/school/", 200), (client, "/school/s/", 200),
                                (client, "/school/s/enroll", 200), (client, "/school/files/enroll", 405)):
            r = who.get(path, timeout=30)
            times.append(r.elapsed)
            if r.status != want or (want == 405 and "此页面不支持该请求方式" not in r.text()):
                failures.append("GET %s -> %s %s" % (path, r.status, r.error))
        client.get("/school/s/account/basic", timeout=30)
        r = client.post_form("/school/s/account/basic", {"csrf": client.csrf(), "contact_name": school[0],
                                                         "school_type": school[1], "nature": school[2]}, timeout=30)
        times.append(r.elapsed)
        if r.status != 303:
            failures.append("POST 基本信息 -> %s %s" % (r.status, r.error))
        time.sleep(0.05)
    held = 0
    try:
        with open(stats_base + ".csv") as f:
            for row in csv.DictReader(f):
                held = max(held, int(row.get("Connected") or 0))
    except (OSError, ValueError):
        pass
    times.sort()
    return len(times), failures, times[-1] if times else 0, times[len(times) // 2] if times else 0, held


def body(d):
    d.check("slowhttptest is installed (Debian package)", install_slowhttptest(d))
    d.start(workers=2)
    login = school_logins(d)[0]
    c = d.client()
    d.check("a school signs in", c.login("school", *login).status == 303)
    school = d.sql("SELECT s.contact_name, s.school_type, s.nature FROM schools s JOIN accounts a"
                   " ON a.school_id = s.id WHERE a.login_name = '%s'" % login[0])[0]
    base = "http://127.0.0.1:%d" % d.port
    runs = [("slowloris", ["-H", "-t", "GET", "-u", base + "/school/s/enroll"]),
            ("slow-body", ["-B", "-t", "POST", "-s", "1000000", "-u", base + "/school/files/enroll"])]
    for name, args in runs:
        n, failures, slowest, median, held = attack(d, name, args, c, school)
        d.check("%s: slowhttptest held its connections (up to %d of %d)" % (name, held, CONNECTIONS),
                held >= CONNECTIONS // 2, held)
        d.check("%s: %d ordinary requests, all answered" % (name, n), n >= 20 and not failures, failures[:10])
        d.check("%s: none slower than %.1f s (slowest %.3f s, median %.3f s)" % (name, FAST, slowest, median),
                slowest < FAST)
        key = name.replace("-", "_")
        d.figure(key + "_connections", held)
        d.figure(key + "_requests", n)
        d.figure(key + "_failures", len(failures))
        d.figure(key + "_max_s", "%.3f" % slowest)
        d.figure(key + "_median_s", "%.3f" % median)


Drill("slow-clients").run(body)
