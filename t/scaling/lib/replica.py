"""t/scaling/lib/replica.py - t/scaling/replica.sh: the app with a GTID replica (docs/scaling.md).

Stack: the primary on loopback TCP with a binary log (conf/stack.sh HNEDU_DB_PORT), a replica
cloned from it (conf/replica.sh), the app configured with [db] replica_host/replica_port and
replica_max_lag_seconds=4. Proves, through nginx:
- a write made through the web (a school's 投保数据 upload) reaches the replica;
- pages routed to the replica answer (投保数据, its export, the roster download, 统计数据);
- they are served by the replica: with its SQL thread held (FLUSH TABLES WITH READ LOCK on the
  replica), a change on the primary is not on the 投保数据 list of a browser that did not write,
  and is on it for a browser that POSTed after the change (read-after-write cookie);
- a replica further behind than replica_max_lag_seconds, one whose replication is stopped and one
  that is down are not used: the page shows the primary's data at once, answered 200.
"""
import os
import re
import subprocess
import time

from scaling import replica_sh, replica_sql, scaling_drill
from drill import EnrollForm, make_roster

MAX_LAG = 4


def body(d):
    d.stack("start", "--db-only")
    out = replica_sh(d.var, "start")
    d.note(out.strip().replace("\n", " / "))
    d.start(local_conf="[db]\nreplica_host=127.0.0.1\nreplica_port=%s\nreplica_max_lag_seconds=%d\n"
            % (os.environ["HNEDU_REPLICA_PORT"], MAX_LAG))
    d.open_current_year()
    d.check("the replica replicates (both threads running)", "Slave_SQL_Running: Yes" in replica_sh(d.var, "status"))

    def caught_up(timeout=20):
        pos = d.sql_value("SELECT @@gtid_binlog_pos")
        return replica_sql(d, "SELECT MASTER_GTID_WAIT('%s', %d)" % (pos, timeout), timeout=timeout + 10)[0][0] == "0"

    # a write through the web: a school uploads 投保数据 to the insurer pingan_henan's company
    company = d.sql_value("SELECT company_id FROM accounts WHERE kind = 'insurer' AND login_name = 'pingan_henan'")
    school = d.client()
    d.check("the school signs in", school.login("school", "郑州市金水区文化路第一小学", "School@2026").status == 303)
    form = EnrollForm(school)
    d.check("its 投保数据 form offers the insurer's company", form.ok and company in re.findall(
        r'<option value="([0-9]+)"', school.last.text()), school.last.text()[:500])
    form.company = company
    data = make_roster(os.path.join(d.out, "roster.csv"), 5, 500)
    b, ctype = form.body(data, 5)
    r = school.request("POST", form.action, b, ctype)
    d.check("the upload is answered 303", r.status == 303, "%s %s" % (r.status, r.text()[:400]))
    eid = d.sql_value("SELECT id FROM enrollments WHERE batch_key = '%s'" % form.batch_key)
    d.check("the upload reaches the replica", eid and caught_up() and
            replica_sql(d, "SELECT COUNT(*) FROM enrollments WHERE id = %s" % eid)[0][0] == "1")

    # two browsers of the insurer; neither writes before the replica is held
    a, b_ = d.client(), d.client()
    for c in (a, b_):
        d.check("an insurer browser signs in", c.login("insurer", "pingan_henan", "Insurer@2026").status == 303)
    d.check("the replica has applied the sign-ins", caught_up())
    lst = "/school/insurer/enrollments"
    r = b_.get(lst)
    d.check("投保数据 answers 200 and lists the upload (5 persons)", r.status == 200 and "文化路第一小学" in r.text()
            and re.search(r"<td[^>]*>5</td>", r.text()), r.text()[:800])
    r = b_.get(lst + "/export")
    d.check("its export answers an xlsx", r.status == 200 and r.body[:2] == b"PK", "%s %s" % (r.status, r.text()[:300]))
    r = b_.get("/school/insurer/enrollment/roster?id=%s" % eid)
    d.check("the roster download answers an xlsx", r.status == 200 and r.body[:2] == b"PK", "%s %s" % (r.status, r.text()[:300]))
    dept = d.client()
    d.check("the city department signs in", dept.login("department", "郑州市", "City@2026").status == 303)
    d.check("the replica has applied it", caught_up())
    r = dept.get("/school/dept/statistics")
    d.check("统计数据 answers 200", r.status == 200 and "投保" in r.text(), "%s %s" % (r.status, r.text()[:300]))

    # hold the replica's SQL thread, change the primary
    hold = subprocess.Popen(["mariadb", "--no-defaults", "--socket=" + os.path.join(d.env("HNEDU_RUN"), "replica.sock"),
                             "-e", "FLUSH TABLES WITH READ LOCK; SELECT SLEEP(300)"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d.cleanups.append(hold.kill)
    for _ in range(100):
        if replica_sql(d, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO = 'SELECT SLEEP(300)'")[0][0] == "1":
            break
        time.sleep(0.1)
    d.sql("UPDATE enrollments SET declared_count = 4321 WHERE id = %s" % eid)
    t_write = time.monotonic()
    r = b_.get(lst)
    fresh = time.monotonic() - t_write < MAX_LAG - 1
    d.check("a browser that did not write still sees the replica's data (5, not 4321)", fresh and r.status == 200
            and re.search(r"<td[^>]*>5</td>", r.text()) and "4321" not in r.text(), "%s in time: %s" % (r.status, fresh))
    page = a.get(lst)
    year = re.search(r'name="year"[^>]*>.*?<option value="([0-9]+)" selected', page.text(), re.S)
    product = re.search(r'id="export-product" name="product"[^>]*>\s*<option value="([0-9]+)"', page.text())
    r = a.post_form("/school/insurer/rosters/export", {"csrf": a.csrf(page), "year": year.group(1) if year else "",
                                                       "product": product.group(1) if product else "", "city": "", "county": ""})
    d.check("the other browser POSTs (下载区域花名册): 303 and the read-after-write cookie",
            r.status == 303 and "hnedu_rw" in a.cookies, "%s %s %s" % (r.status, a.cookies, r.text()[:300]))
    r = a.get(lst)
    d.check("after its POST it reads from the primary: 4321", r.status == 200 and "4321" in r.text())
    r = b_.get(lst)
    d.check("the browser that did not write still sees 5 (from the replica)",
            time.monotonic() - t_write < MAX_LAG - 0.5 and r.status == 200 and "4321" not in r.text())
    # lag beyond replica_max_lag_seconds: the primary serves
    lag = None
    for _ in range(150):
        st = replica_sh(d.var, "status", check=False)
        m = re.search(r"Seconds_Behind_Master: ([0-9]+)", st)
        lag = int(m.group(1)) if m else None
        if lag is not None and lag > MAX_LAG:
            break
        time.sleep(0.1)
    r = b_.get(lst)
    d.check("a replica %s s behind (limit %d s) is left: the primary's 4321" % (lag, MAX_LAG),
            lag is not None and lag > MAX_LAG and r.status == 200 and "4321" in r.text())
    hold.kill()
    hold.wait()
    d.check("released, the replica catches up", caught_up())
    r = b_.get(lst)
    d.check("and serves 4321 too", r.status == 200 and "4321" in r.text())

    # replication stopped: the primary serves
    replica_sql(d, "STOP SLAVE")
    d.sql("UPDATE enrollments SET declared_count = 4322 WHERE id = %s" % eid)
    r = b_.get(lst)
    d.check("replication stopped: the primary's 4322", r.status == 200 and "4322" in r.text())
    replica_sql(d, "START SLAVE")
    d.check("replication started again catches up", caught_up())

    # the replica down: the primary serves at once
    replica_sh(d.var, "stop")
    d.sql("UPDATE enrollments SET declared_count = 4323 WHERE id = %s" % eid)
    r = b_.get(lst)
    d.check("the replica down: 200 with the primary's 4323 in %.2f s" % r.elapsed,
            r.status == 200 and "4323" in r.text() and r.elapsed < 2, "%s %s" % (r.status, r.text()[:300]))
    r = dept.get("/school/dept/statistics")
    d.check("统计数据 answers 200 without the replica", r.status == 200)
    replica_sh(d.var, "start")
    d.check("the replica started again catches up", caught_up())
    time.sleep(5.5)  # the workers ask an unreachable replica again after 5 s
    d.sql("UPDATE enrollments SET declared_count = 4324 WHERE id = %s" % eid)
    d.check("the replica has applied 4324", caught_up())
    r = b_.get(lst)
    d.check("and it serves again", r.status == 200 and "4324" in r.text())
    d.figure("max_lag_seconds", MAX_LAG)


scaling_drill("replica", replica=True).run(body)
