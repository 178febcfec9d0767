"""t/drills/lib/worker_kill.py - drill 1 (t/drills/worker-kill.sh): kill -9 FastCGI workers during
a load of GETs and POSTs through nginx.

Load (threads, each its own browser): GETs of the portal page, the school home and 投保数据
(school and portal workers); POSTs of 基本信息 (school workers) and of roster uploads (uploads workers,
each carrying its form's batch key, retried with the same body until it is answered). A killer
sends SIGKILL to one worker of school / portal / uploads in turn. Then, to be sure a kill lands
inside a POST, an upload is posted and every uploads worker is killed while it runs; the same
body is posted again (and once more after its success).
Proves: no GET fails (nginx retries idempotent requests on another worker); failed POSTs <=
killed workers; every upload is stored exactly once whatever its retries (batch key); the
masters respawn their workers (each area has its workers again, masters unchanged).
"""
import os
import threading
import time

from drill import Drill, EnrollForm, kill9, make_roster, roster_people, school_logins, stored_matches

LOAD_SECONDS = 20
KILL_EVERY = 1.5
ROWS = 3000


def body(d):
    d.start(workers=2)
    d.open_current_year()
    masters = {a: d.pid_file(a) for a in ("portal", "school", "uploads")}

    # browsers and forms, prepared before the load
    logins = school_logins(d)
    viewer = d.client()
    d.check("the viewing school signs in", viewer.login("school", *logins[0]).status == 303)
    uploads = []  # [client, form, body, ctype, people]
    for i, (login, pw) in enumerate(logins[1:]):
        if len(uploads) == 7:
            break
        c = d.client()
        if c.login("school", login, pw).status != 303:
            continue
        form = EnrollForm(c)
        if not form.ok:
            continue
        data = make_roster(os.path.join(d.out, "roster%d.csv" % i), ROWS, 100000 * (i + 1))
        b, ctype = form.body(data, ROWS)
        uploads.append([c, form, b, ctype, roster_people(data)])
    d.check("7 schools with an open 投保数据 form", len(uploads) == 7, "got %d" % len(uploads))

    lock = threading.Lock()
    stats = {"get": 0, "get_failed": 0, "post": 0, "post_failed": 0, "kills": 0, "get_max": 0.0}
    failures = []
    stop = threading.Event()

    def count(kind, r, ok):
        with lock:
            stats[kind] += 1
            if kind == "get":
                stats["get_max"] = max(stats["get_max"], r.elapsed)
            if not ok:
                stats[kind + "_failed"] += 1
                failures.append("%s -> %s %s" % (kind, r.status, r.error))

    def getter(paths, client):
        while not stop.is_set():
            for p in paths:
                r = client.get(p)
                count("get", r, r.status == 200)

    def poster(client):
        # 基本信息 saved again with its own values: a POST of the school workers
        school = d.sql("SELECT s.contact_name, s.school_type, s.nature FROM schools s JOIN accounts a"
                       " ON a.school_id = s.id WHERE a.login_name = '%s'" % logins[0][0])[0]
        while not stop.is_set():
            client.get("/school/s/account/basic")
            fields = {"csrf": client.csrf(), "contact_name": school[0], "school_type": school[1], "nature": school[2]}
            r = client.post_form("/school/s/account/basic", fields)
            count("post", r, r.status == 303)
            time.sleep(0.1)

    def uploader(items):
        for u in items:
            c, form, b, ctype, people = u
            for _ in range(8):
                r = c.request("POST", form.action, b, ctype, timeout=120)
                count("post", r, r.status == 303)
                if r.status == 303:
                    break
                time.sleep(0.2)
            u.append(r.status)

    def killer():
        areas = ["school", "portal", "uploads"]
        i = 0
        while not stop.wait(KILL_EVERY):
            pids = d.worker_pids(areas[i % 3])
            if pids and kill9(pids[i % len(pids)]):
                with lock:
                    stats["kills"] += 1
            i += 1

    crashed = []

    def guarded(target, *args):
        def run():
            try:
                target(*args)
            except Exception as e:  # noqa: BLE001 - reported as a failed check below
                crashed.append("%s: %r" % (target.__name__, e))
        return threading.Thread(target=run)

    viewer2 = d.client()
    viewer2.cookies = dict(viewer.cookies)
    poster_client = d.client()
    poster_client.cookies = dict(viewer.cookies)
    threads = [guarded(getter, ["/school/s/", "/school/s/enroll"], viewer),
               guarded(getter, ["/school/s/enroll", "/school/s/"], viewer2),
               guarded(getter, ["/school/"], d.client()),
               guarded(poster, poster_client),
               guarded(uploader, uploads[:6]),
               guarded(killer)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    time.sleep(LOAD_SECONDS)
    stop.set()
    for t in threads:
        t.join()
    d.note("load phase: %.1f s" % (time.monotonic() - t0))
    d.check("every load thread ran to its end", not crashed, "\n".join(crashed))

    # a kill inside a POST: every uploads worker while the last upload runs
    c, form, b, ctype, people = uploads[6]
    res = {}
    t = threading.Thread(target=lambda: res.update(r=c.request("POST", form.action, b, ctype, timeout=120)))
    t.start()
    time.sleep(0.3)
    for pid in d.worker_pids("uploads"):
        if kill9(pid):
            stats["kills"] += 1
    t.join()
    first = res["r"]
    count("post", first, first.status == 303)
    d.note("upload under kill answered %s %s in %.2f s" % (first.status, first.error, first.elapsed))
    retry = c.request("POST", form.action, b, ctype, timeout=120)
    again = c.request("POST", form.action, b, ctype, timeout=120)
    stats["post"] += 2
    d.check("the upload retried with the same batch key is answered 303, and once more after its success",
            retry.status == 303 and again.status == 303, "%s %s / %s" % (retry.status, retry.text()[:300], again.status))
    uploads[6].append(again.status)

    time.sleep(1.5)  # the masters' respawn pause
    for a, m in masters.items():
        d.check("the %s master (pid %s) lives and has its 2 workers again" % (a, m),
                d.pid_file(a) == m and len(d.worker_pids(a)) == 2, d.worker_pids(a))

    # every upload stored exactly once, rows as in its file
    once = rows = lost = 0
    broken = []
    for c, form, b, ctype, people, last in uploads:
        state, n = stored_matches(d, form.batch_key, people)
        if state == "once":
            once += 1
            rows += n
        else:
            broken.append("%s: %s %s (last answer %s)" % (form.batch_key, state, n, last))
            lost += len(people)
    d.check("every upload is stored exactly once with all its rows", once == len(uploads), "\n".join(broken))
    enrollments = int(d.sql_value("SELECT COUNT(*) FROM enrollments WHERE batch_key IS NOT NULL"))
    d.check("no upload applied twice (one enrollment per batch key)", enrollments == len(uploads), enrollments)

    d.check("no GET failed", stats["get_failed"] == 0, "\n".join(failures))
    d.check("failed POSTs (%d) <= killed workers (%d)" % (stats["post_failed"], stats["kills"]),
            stats["post_failed"] <= stats["kills"], "\n".join(failures))
    d.check("the killer hit workers (>= 8) under a real load (>= 1000 GETs, >= 50 POSTs)",
            stats["kills"] >= 8 and stats["get"] >= 1000 and stats["post"] >= 50, stats)
    for k in ("get", "get_failed", "post", "post_failed", "kills"):
        d.figure(k.replace("_failed", "_failures") + ("s" if k in ("get", "post") else ""), stats[k])
    d.figure("get_max_s", "%.2f" % stats["get_max"])
    d.figure("uploads", len(uploads))
    d.figure("uploads_stored_once", once)
    d.figure("roster_rows", rows)
    d.figure("rows_lost", lost)


Drill("worker-kill").run(body)
