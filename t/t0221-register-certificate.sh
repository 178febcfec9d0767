#!/bin/bash
# t0221-register-certificate: the 资质证书 of 学校注册 is judged by its content, not its name:
# JPEG, PNG and PDF pass, a text file renamed .pdf does not; a file over 5 MB is refused with a
# message (values kept), a body over [limits] upload_bytes is a 413 before it is read; nothing
# is left in the temporary directory; equal content is stored once; names are cleaned.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/register-lib.sh"
setup_db
use_private_storage
make_fixtures
# A 6 MB body cap keeps the 413 test quick (the certificate cap is 5 MB).
sed -i "s|^upload_bytes=.*|upload_bytes=6291456|" "$HNEDU_CONF"

no_temp_files() { test -z "$(ls -A "$TRASH/storage/tmp" 2>/dev/null)"; }
schools_named() { sql "SELECT COUNT(*) FROM schools WHERE name = '$1'"; }

test_expect_success 'a text file named .pdf is refused by content; nothing is stored' '
	open_register &&
	submit_registration "金水区假证书小学" 410105 13900000101 "$TRASH/fake.pdf" && expect_status 200 &&
	expect_body "资质证书只能是 JPG、PNG 图片或 PDF 文件" && expect_body "value=\"金水区假证书小学\"" &&
	test "$(schools_named 金水区假证书小学)" = 0 && test "$(sql "SELECT COUNT(*) FROM files")" = 0 &&
	no_temp_files && test -z "$(find "$TRASH/storage" -mindepth 2 -type f)"
'

test_expect_success 'the refused attempt did not spend the SMS code (checked last)' '
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh 13900000101) AND used_at IS NULL AND attempts = 0")" = 1
'

test_expect_success 'JPEG and PNG certificates are accepted and typed by content' '
	open_register &&
	submit_registration "金水区照片证书小学" 410105 13900000102 "$TRASH/cert.jpg:证书照片.png" && expect_status 303 &&
	test "$(sql "SELECT content_type FROM files f JOIN schools s ON s.id = f.school_id WHERE s.name = \"金水区照片证书小学\"")" = image/jpeg &&
	open_register &&
	submit_registration "金水区扫描证书小学" 410105 13900000103 "$TRASH/cert.png" && expect_status 303 &&
	test "$(sql "SELECT content_type FROM files f JOIN schools s ON s.id = f.school_id WHERE s.name = \"金水区扫描证书小学\"")" = image/png &&
	no_temp_files
'

test_expect_success 'a certificate over 5 MB is refused with a message; the rest of the form is kept' '
	open_register &&
	submit_registration "金水区大文件小学" 410105 13900000104 "$TRASH/big.jpg" && expect_status 200 &&
	expect_body "资质证书文件不能超过 5 MB" && expect_body "value=\"金水区大文件小学\"" &&
	expect_body "请重新选择后提交" &&
	test "$(schools_named 金水区大文件小学)" = 0 && no_temp_files
'

test_expect_success 'a body over upload_bytes is a 413 and nothing is written' '
	{ cat "$TRASH/big.jpg"; head -c 1200000 /dev/zero | tr "\0" "K"; } >"$TRASH/huge.jpg" &&
	open_register &&
	submit_registration "金水区超大请求小学" 410105 13900000105 "$TRASH/huge.jpg" && expect_status 413 &&
	expect_body "上传的内容过大" &&
	test "$(schools_named 金水区超大请求小学)" = 0 && no_temp_files
'

test_expect_success 'no certificate at all: a message, not an error page' '
	open_register &&
	submit_registration "金水区无证书小学" 410105 13900000106 "/dev/null:" && expect_status 200 &&
	expect_body "请选择资质证书文件" && test "$(schools_named 金水区无证书小学)" = 0
'

test_expect_success 'the same content twice: two rows, one stored blob' '
	open_register &&
	submit_registration "金水区同证书一小" 410105 13900000107 "$TRASH/cert.pdf" && expect_status 303 &&
	open_register &&
	submit_registration "金水区同证书二小" 410105 13900000108 "$TRASH/cert.pdf" && expect_status 303 &&
	sha=$(sha256sum "$TRASH/cert.pdf" | cut -d" " -f1) &&
	test "$(sql "SELECT COUNT(*) FROM files WHERE sha256 = \"$sha\"")" = 2 &&
	test "$(find "$TRASH/storage" -name "$sha" | wc -l)" = 1 && no_temp_files
'

test_expect_success 'file names are cleaned: no path, no markup characters; an unusable name gets a default' '
	open_register &&
	submit_registration "金水区文件名一小" 410105 13900000109 "$TRASH/cert.pdf:..\\..\\evil<x>.pdf" && expect_status 303 &&
	test "$(sql "SELECT original_name FROM files f JOIN schools s ON s.id = f.school_id WHERE s.name = \"金水区文件名一小\"")" = "evilx.pdf" &&
	open_register &&
	submit_registration "金水区文件名二小" 410105 13900000110 "$TRASH/cert.png:.." && expect_status 303 &&
	test "$(sql "SELECT original_name FROM files f JOIN schools s ON s.id = f.school_id WHERE s.name = \"金水区文件名二小\"")" = "资质证书.png"
'

test_expect_success 'two files in one upload are refused (400)' '
	open_register &&
	submit_registration "金水区两个文件小学" 410105 13900000111 "$TRASH/cert.pdf" "extra=@$TRASH/cert.png" &&
	expect_status 400 && test "$(schools_named 金水区两个文件小学)" = 0 && no_temp_files
'

test_done
