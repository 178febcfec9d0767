"""t/drills/lib/db_kill.py - drill 2 (t/drills/db-kill.sh): kill -9 MariaDB during 20 concurrent
roster uploads, then restart it the way an operator does (conf/stack.sh start --db-only).

MariaDB dies once KILL_AFTER_STORED uploads were answered and another upload's transaction is
writing rows (information_schema.innodb_trx); InnoDB's crash recovery rolls back what was in flight.
Proves: every upload is either stored exactly once with all the rows of its file or not at all
(nothing half-written), and every upload answered 303 before the crash is stored (no row lost);
pages asked during the outage answer 503 (系统繁忙) within 2 s, never hang; after the restart the
same workers (same masters, no restart by hand) answer again; the uploads that were not stored
go through when retried with the same batch key, and then each is stored once and no stored
file is left without its files row.
"""
import os
import re
import threading
import time

from drill import Drill, EnrollForm, kill9, make_roster, roster_people, school_logins, stored_matches

UPLOADS = 20
ROWS = 2000
KILL_AFTER_STORED = 2  # MariaDB dies once this many uploads were answered 303 and one writes its rows
WORKERS = 4            # per area: more uploads inside their transaction at the kill
FAST = 2.0        # an outage answer must come within this


def body(d):
    d.start(workers=WORKERS)
    d.open_current_year()
    masters = {a: d.pid_file(a) for a in ("portal", "school", "uploads")}
    jobs = d.pid_file("jobs-worker")

    viewer = d.client()
    logins = school_logins(d)
    d.check("the viewing school signs in", viewer.login("school", *logins[0]).status == 303)
    uploads = []  # dicts: client, form, body, ctype, people, answers
    for i, (login, pw) in enumerate(logins[1:]):
        if len(uploads) == UPLOADS:
            break
        c = d.client()
        if c.login("school", login, pw).status != 303:
            continue
        form = EnrollForm(c)
        if not form.ok:
            continue
        data = make_roster(os.path.join(d.out, "roster%d.csv" % i), ROWS, 100000 * (i + 1))
        b, ctype = form.body(data, ROWS)
        uploads.append({"client": c, "form": form, "body": b, "ctype": ctype, "people": roster_people(data)})
    d.check("%d schools with an open 投保数据 form" % UPLOADS, len(uploads) == UPLOADS, len(uploads))

    def post(u):
        u["answer"] = u["client"].request("POST", u["form"].action, u["body"], u["ctype"], timeout=120)

    threads = [threading.Thread(target=post, args=(u,)) for u in uploads]
    for t in threads:
        t.start()
    # MariaDB dies once KILL_AFTER_STORED uploads are stored and another one is writing its rows
    t0 = time.monotonic()
    open_trx = 0
    while time.monotonic() - t0 < 20:
        if sum(1 for u in uploads if u.get("answer") and u["answer"].status == 303) >= KILL_AFTER_STORED:
            open_trx = int(d.sql_value("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_rows_modified > 0"))
            if open_trx:
                break
        time.sleep(0.01)
    d.figure("transactions_writing_at_kill", open_trx)
    db_pid = d.pid_file("mysqld")
    d.check("MariaDB (pid %s) killed with SIGKILL during the uploads" % db_pid, kill9(db_pid))
    killed_at = time.monotonic()

    # the outage: signed-in pages and the portal, while the uploads end
    probes = []
    while time.monotonic() - killed_at < 6:
        for p in ("/school/s/", "/school/s/enroll"):
            probes.append((p, viewer.get(p, timeout=30)))
        time.sleep(0.2)
    for t in threads:
        t.join()
    slow = [(p, r.status, round(r.elapsed, 2)) for p, r in probes if r.elapsed > FAST]
    not503 = [(p, r.status, r.error) for p, r in probes if r.status != 503 or "系统繁忙" not in r.text()]
    d.check("%d pages asked during the outage answer 503 系统繁忙" % len(probes), not not503, not503[:10])
    d.check("each within %.0f s (slowest %.2f s)" % (FAST, max(r.elapsed for _, r in probes)), not slow, slow[:10])
    d.figure("outage_pages", len(probes))
    d.figure("outage_page_max_s", "%.2f" % max(r.elapsed for _, r in probes))
    answers = [u["answer"] for u in uploads]
    d.check("every upload got an answer (303, or 503 from the application), none hung",
            all(r.status in (303, 503) for r in answers), [(r.status, r.error) for r in answers])
    d.figure("upload_answers", "/".join("%d:%d" % (s, sum(1 for r in answers if r.status == s))
                                        for s in sorted({r.status for r in answers})))

    # the restart, by the operator's command; the workers are left alone
    t0 = time.monotonic()
    d.stack("start", "--db-only")
    d.figure("db_restart_s", "%.1f" % (time.monotonic() - t0))
    with open(os.path.join(d.var, "log", "mysqld.log"), errors="replace") as f:
        log = f.read().split("Starting crash recovery")[-1]
    m = re.search(r"To roll back: (\d+) transactions", log)
    d.figure("transactions_rolled_back_by_recovery", m.group(1) if m else log.count("Rolled back recovered transaction"))
    t0 = time.monotonic()
    while True:
        r = viewer.get("/school/s/enroll", timeout=30)
        if r.status == 200 or time.monotonic() - t0 > 30:
            break
        time.sleep(0.2)
    d.check("the signed-in page answers 200 again after the restart (%.2f s)" % (time.monotonic() - t0),
            r.status == 200, r.status)
    d.figure("recovery_s", "%.2f" % (time.monotonic() - t0))
    d.check("the same worker masters serve (no worker restart by hand)",
            {a: d.pid_file(a) for a in masters} == masters and all(len(d.worker_pids(a)) == WORKERS for a in masters))
    d.check("the jobs worker lived through the outage", d.pid_file("jobs-worker") == jobs and
            os.path.exists("/proc/%d" % jobs))

    # all or nothing, and nothing answered 303 is lost
    stored = none = lost = 0
    broken = []
    for u in uploads:
        state, n = stored_matches(d, u["form"].batch_key, u["people"])
        u["state"] = state
        if state == "once":
            stored += 1
        elif state == "none":
            none += 1
            if u["answer"].status == 303:
                lost += len(u["people"])
                broken.append("%s answered 303 but is not stored" % u["form"].batch_key)
        else:
            broken.append("%s: %s" % (u["form"].batch_key, n))
    d.check("each upload is stored once with all its rows, or not at all; none answered 303 is lost",
            not broken, "\n".join(broken))
    d.figure("stored_at_crash", stored)
    d.figure("not_stored_at_crash", none)

    # the ones not stored, retried with the same batch key
    retried = [u for u in uploads if u["state"] == "none"]
    for u in retried:
        post(u)
    d.check("%d uploads retried after the restart are answered 303" % len(retried),
            all(u["answer"].status == 303 for u in retried), [u["answer"].status for u in retried])
    rows = 0
    bad = []
    for u in uploads:
        state, n = stored_matches(d, u["form"].batch_key, u["people"])
        if state == "once":
            rows += n
        else:
            bad.append("%s: %s %s" % (u["form"].batch_key, state, n))
            lost += len(u["people"])
    d.check("then all %d uploads are stored exactly once (%d rows)" % (UPLOADS, rows), not bad, "\n".join(bad))
    shas = {r[0] for r in d.sql("SELECT sha256 FROM files")}
    on_disk = set()
    for top, _, names in os.walk(os.path.join(d.var, "storage")):
        if os.path.basename(top) != "tmp":
            on_disk.update(names)
    d.check("every stored file has its files row (no orphan)", on_disk <= shas, sorted(on_disk - shas)[:5])
    tmp = os.path.join(d.var, "storage", "tmp")
    left = os.listdir(tmp) if os.path.isdir(tmp) else []
    d.check("no temporary upload left in storage/tmp", not left, left[:5])
    d.figure("uploads", UPLOADS)
    d.figure("roster_rows", rows)
    d.figure("rows_lost", lost)


Drill("db-kill").run(body)
