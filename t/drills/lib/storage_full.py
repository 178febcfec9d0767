"""t/drills/lib/storage_full.py - drill 3 (t/drills/storage-full.sh): upload storage on a full
2 MB tmpfs.

A 2 MB tmpfs is mounted over the stack's storage directory ([site] storage, where uploads are
received under tmp/ and kept under their hash) and filled with a filler file but for FREE_KB;
a school then uploads a roster bigger than that.
Proves: the school gets a clear Chinese message (507 存储空间不足) at once; no partial file is
left in storage, no files row, no enrollment, no roster row; other pages keep working; once
the filler is gone the very same form (same batch key) is stored, once, with all its rows.
"""
import os
import subprocess
import time

from drill import Drill, EnrollForm, make_roster, roster_people, school_logins, stored_matches

ROWS = 6000      # ~300 KB as CSV
FREE_KB = 64     # left free on the tmpfs: the upload starts to be written, then the disk is full


def storage_files(storage):
    """Every file under storage but the filler, relative."""
    out = []
    for top, _, names in os.walk(storage):
        out += [os.path.relpath(os.path.join(top, n), storage) for n in names if n != "filler"]
    return sorted(out)


def body(d):
    d.start(workers=2)
    d.open_current_year()
    storage = os.path.join(d.var, "storage")
    c = d.client()
    d.check("a school signs in", c.login("school", *school_logins(d)[0]).status == 303)
    form = EnrollForm(c)
    d.check("its 投保数据 form is open", form.ok)
    data = make_roster(os.path.join(d.out, "roster.csv"), ROWS, 0)
    people = roster_people(data)
    b, ctype = form.body(data, ROWS)

    d.check("the new stack's storage is empty before the tmpfs hides it", storage_files(storage) == [],
            storage_files(storage))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", storage], check=True)
    d.cleanups.append(lambda: subprocess.run(["umount", storage], check=True))
    st = os.statvfs(storage)
    free = st.f_bavail * st.f_frsize
    with open(os.path.join(storage, "filler"), "wb") as f:
        f.write(b"\0" * (free - FREE_KB * 1024))
    st = os.statvfs(storage)
    d.note("tmpfs of %d KB on %s, %d KB free; upload of %d KB"
           % (st.f_blocks * st.f_frsize // 1024, storage, st.f_bavail * st.f_frsize // 1024, len(data) // 1024))

    r = c.request("POST", form.action, b, ctype, timeout=60)
    text = r.text()
    d.check("the upload on the full disk is refused with 507 and a clear Chinese message (%.2f s)" % r.elapsed,
            r.status == 507 and "存储空间不足" in text and "未保存" in text, "%s %s" % (r.status, text[:1500]))
    d.figure("full_status", r.status)
    d.figure("full_answer_s", "%.2f" % r.elapsed)
    d.check("no partial file is left in storage", storage_files(storage) == [], storage_files(storage))
    counts = d.sql("SELECT (SELECT COUNT(*) FROM files), (SELECT COUNT(*) FROM enrollments WHERE batch_key = '%s'),"
                   " (SELECT COUNT(*) FROM roster_rows)" % form.batch_key)[0]
    d.check("no files row, no enrollment, no roster row", counts == ["0", "0", "0"], counts)
    page = c.get("/school/s/enroll")
    d.check("pages keep working while the disk is full", page.status == 200, page.status)

    os.unlink(os.path.join(storage, "filler"))
    r = c.request("POST", form.action, b, ctype, timeout=60)
    d.check("after space returns the same form is stored (303)", r.status == 303, "%s %s" % (r.status, r.text()[:500]))
    state, n = stored_matches(d, form.batch_key, people)
    d.check("once, with all %d rows" % ROWS, state == "once" and n == ROWS, (state, n))
    files = storage_files(storage)
    d.check("one stored file and nothing in storage/tmp", len(files) == 1 and not files[0].startswith("tmp/"), files)
    d.figure("uploads", 2)
    d.figure("roster_rows", n if state == "once" else 0)
    d.figure("rows_lost", 0 if state == "once" else ROWS)


Drill("storage-full").run(body)
