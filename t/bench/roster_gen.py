# t/bench/roster_gen.py N OFFSET FILE [AREA] - a valid student roster .xlsx (校方责任险 template
# columns) of N students with distinct valid resident ID numbers (sex digit matching 性别), written
# with openpyxl write_only (shared strings: what schools' tools write). OFFSET shifts the people
# so files of one run do not share ID numbers; AREA (default 410105) is the ID numbers' 6-digit
# area code (import.sh uses one no generated province school has, so its rows never collide with
# the bench province's). Run with /usr/bin/python3 (Debian's openpyxl).
# Used by t/bench/import.sh and t/bench/memory.sh.
import sys, datetime, openpyxl
n, offset, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
area = sys.argv[4] if len(sys.argv) > 4 else "410105"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def idnum(first17):
    return first17 + "10X98765432"[sum(int(a) * w for a, w in zip(first17, W)) % 11]
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("花名册")
ws.append(["序号", "姓名", "性别", "证件类型", "证件号码", "年级", "班级", "备注"])
base = datetime.date(2010, 1, 1)
surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
for i in range(n):
    k = offset + i
    day = base + datetime.timedelta(days=k // 500)
    seq = k % 500 * 2 + 1          # 3 digits, 001..999; last digit = sex digit
    sex = "男" if seq % 2 else "女"
    if k % 3 == 0:
        seq -= 1                   # even: 女
        sex = "女"
    first17 = area + day.strftime("%Y%m%d") + "%03d" % seq
    ws.append([str(i + 1), surnames[k % 20] + "同学" + str(k % 97), sex, "居民身份证", idnum(first17),
               "%d年级" % (k % 6 + 1), "%d班" % (k % 8 + 1), ""])
wb.save(path)
