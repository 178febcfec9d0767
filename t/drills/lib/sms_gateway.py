"""t/drills/lib/sms_gateway.py - drill 5 (t/drills/sms-gateway.sh): the SMS gateway hanging, then
failing, then recovering.

The stack runs with [sms] driver=http against t/fake-sms-gateway.py (so conf/stack.sh starts
`manage sms-sender`), a 2 s gateway timeout, and the SMS second factor for departments and
insurers. Pages that queue an SMS are the sign-ins of the admin, the four departments and the
insurer (each queues its 登录验证 code). While the gateway hangs (it answers only after HANG
seconds), three sign in; while it answers 500, three more; then it accepts again.
Proves: every sign-in that queues an SMS answers (303 to 登录验证) within FAST seconds whatever
the gateway does, and so does the 登录验证 page; after the gateway recovers every message is
marked sent, each was accepted by the gateway once and never POSTed again after its success
(the retry of a message the hung gateway had taken late is a duplicate it deduplicates by
out_id, the wire contract of modules/sms_sender.h).
"""
import json
import os
import subprocess
import time

from drill import ROOT, Drill

KEY = "drill-gateway-key-51c0"
HANG = 6
FAST = 2.0
HANGING = [("admin", "admin", "Admin@2026"), ("department", "金水区", "County@2026"),
           ("department", "郑州市", "City@2026")]
FAILING = [("department", "中牟县", "County@2026"), ("department", "开封市", "City@2026"),
           ("insurer", "pingan_henan", "Insurer@2026")]


def start_gateway(d, gw):
    os.makedirs(gw)
    proc = subprocess.Popen(["/usr/bin/python3", os.path.join(ROOT, "t", "fake-sms-gateway.py"), "--dir", gw,
                             "--key", KEY, "--hang", str(HANG)],
                            stdout=open(os.path.join(gw, "log"), "w"), stderr=subprocess.STDOUT)
    d.cleanups.append(lambda: proc.poll() is not None or (proc.kill(), proc.wait()))
    for _ in range(100):
        if os.path.exists(os.path.join(gw, "port")):
            break
        time.sleep(0.05)
    with open(os.path.join(gw, "port")) as f:
        return int(f.read())


def gateway_requests(gw):
    try:
        with open(os.path.join(gw, "requests.jsonl"), encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []


def wait_for(cond, seconds):
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        if cond():
            return True
        time.sleep(0.25)
    return cond()


def body(d):
    gw = os.path.join(d.out, "gw")
    port = start_gateway(d, gw)

    def mode(m):
        with open(os.path.join(gw, "mode"), "w") as f:
            f.write(m + "\n")

    mode("hang")
    d.start(local_conf="mfa_department=true\nmfa_insurer=true\n"
                       "[sms]\ndriver=http\nurl=http://127.0.0.1:%d/send\nkey=%s\naccount=drill\ntimeout_seconds=2\n"
                       % (port, KEY))
    d.check("the SMS sender runs", d.pid_file("sms-sender") is not None)
    times = []

    def sign_ins(accounts, label):
        for kind, login, pw in accounts:
            c = d.client()
            c.get("/school/admin/login" if kind == "admin" else "/school/")
            fields = {"csrf": c.csrf(), "login": login, "password": pw}
            if kind != "admin":
                fields["kind"] = kind
            r = c.post_form("/school/admin/login" if kind == "admin" else "/school/login", fields, timeout=60)
            v = c.get("/school/verify", timeout=60)
            times.extend([r.elapsed, v.elapsed])
            d.check("%s: %s signs in (303 to 登录验证 in %.2f s; the page in %.2f s)" % (label, login, r.elapsed, v.elapsed),
                    r.status == 303 and r.header("Location").startswith("/school/verify") and v.status == 200
                    and r.elapsed < FAST and v.elapsed < FAST, "%s %s / %s" % (r.status, r.header("Location"), v.status))

    sign_ins(HANGING, "gateway hanging")
    d.check("the hung gateway got the first codes and the sender gave up on them (timeout)",
            wait_for(lambda: d.sql_value("SELECT COUNT(*) FROM sms_messages WHERE attempts >= 1 AND status = 'queued'"
                                         " AND last_error IS NOT NULL") == str(len(HANGING)), 20),
            d.sql("SELECT id, status, attempts, last_error FROM sms_messages"))
    mode("fail")
    sign_ins(FAILING, "gateway failing")
    d.check("the failing gateway answered 500 to the next codes; they wait for a retry",
            wait_for(lambda: sum(1 for r in gateway_requests(gw) if r["mode"] == "fail") >= len(FAILING)
                     and d.sql_value("SELECT COUNT(*) FROM sms_messages WHERE status = 'queued'")
                     == str(len(HANGING) + len(FAILING)), 20),
            d.sql("SELECT id, status, attempts, last_error FROM sms_messages"))
    mode("accept")
    recovered_at = time.monotonic()
    total = len(HANGING) + len(FAILING)
    d.check("after the gateway recovers every message is sent (within 60 s: one 30 s backoff)",
            wait_for(lambda: d.sql_value("SELECT COUNT(*) FROM sms_messages WHERE status = 'sent'") == str(total), 60),
            d.sql("SELECT id, status, attempts, last_error FROM sms_messages"))
    d.figure("recovered_after_s", "%.0f" % (time.monotonic() - recovered_at))
    time.sleep(3)  # one more poll of the sender: nothing may be posted again

    reqs = gateway_requests(gw)
    ids = [r[0] for r in d.sql("SELECT id FROM sms_messages ORDER BY id")]
    problems = []
    deliveries = duplicates = 0
    for i in ids:
        mine = [r for r in reqs if r["body"].get("out_id") == i]
        accepted = [r for r in mine if r["mode"] in ("accept", "hang") and r["signature_ok"]]
        fresh = [r for r in accepted if not r["duplicate"]]
        deliveries += len(fresh)
        duplicates += len(accepted) - len(fresh)
        in_accept = [r for r in mine if r["mode"] == "accept"]
        if len(fresh) != 1 or len(in_accept) != 1 or mine[-1]["mode"] != "accept":
            problems.append("message %s: %s" % (i, [(r["mode"], r["duplicate"]) for r in mine]))
    d.check("each of the %d messages was delivered once and not posted again after its success" % total,
            len(ids) == total and not problems, "\n".join(problems))
    gw_ids = {r["body"].get("out_id") for r in reqs}
    d.check("the gateway saw no message we did not queue", gw_ids <= set(ids), gw_ids - set(ids))
    d.figure("pages", len(times))
    d.figure("page_max_s", "%.2f" % max(times))
    d.figure("messages", total)
    d.figure("gateway_requests", len(reqs))
    for m in ("hang", "fail", "accept"):
        d.figure("requests_" + m, sum(1 for r in reqs if r["mode"] == m))
    d.figure("deliveries", deliveries)
    d.figure("deduplicated_by_gateway", duplicates)


Drill("sms-gateway").run(body)
