# t/bench/export_openpyxl.py - the openpyxl side of t/bench/export.sh (run with /usr/bin/python3,
# which sees Debian's python3-openpyxl).
#
#   export_openpyxl.py write TSV OUT.xlsx
#       the baseline: writes the TSV's rows (cells as text) under the export's header into sheet
#       花名册 with openpyxl write_only. The TSV is read twice: once alone (read_s), once feeding
#       the writer (total_s); write_s = total_s - read_s is the writer's own time.
#       Prints: rows=N read_s=.. total_s=.. write_s=.. rows_per_s=.. (rows / write_s)
#   export_openpyxl.py check XLSX TSV
#       reads a workbook back with openpyxl read_only (a reader independent of the app's) and
#       compares its row count and its first, middle and last data rows with the TSV.
#       Prints: checked_rows=N ; exits 1 on a difference.
import sys
import time

import openpyxl

HEADER = ["学校名称", "所属地区", "序号", "姓名", "性别", "证件类型", "证件号码", "年级", "班级", "备注"]


def rows_of(tsv):
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


def write(tsv, out):
    t0 = time.perf_counter()
    n = 0
    for _ in rows_of(tsv):
        n += 1
    read_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(HEADER)
    for cells in rows_of(tsv):
        ws.append(cells)
    wb.save(out)
    total_s = time.perf_counter() - t1
    write_s = max(total_s - read_s, 1e-9)
    print("rows=%d read_s=%.3f total_s=%.3f write_s=%.3f rows_per_s=%.0f" % (n, read_s, total_s, write_s, n / write_s))


def trim(cells):
    cells = ["" if c is None else str(c) for c in cells]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def check(xlsx, tsv):
    want = list(rows_of(tsv))
    wb = openpyxl.load_workbook(open(xlsx, "rb"), read_only=True)  # the stored file has no .xlsx name
    ws = wb.worksheets[0]
    got = [trim(r) for r in ws.iter_rows(values_only=True)]
    if trim(got[0]) != HEADER:
        sys.exit("check: header differs: %r" % (got[0],))
    if len(got) - 1 != len(want):
        sys.exit("check: %d data rows in the workbook, %d in the TSV" % (len(got) - 1, len(want)))
    for i in (0, len(want) // 2, len(want) - 1):
        if got[i + 1] != trim(want[i]):
            sys.exit("check: data row %d differs: %r / %r" % (i + 1, got[i + 1], want[i]))
    print("checked_rows=%d" % len(want))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: export_openpyxl.py write TSV OUT.xlsx | check XLSX TSV")
