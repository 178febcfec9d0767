// t/e2e/enroll.mjs - 投保数据 as a school secretary and the provincial center do it, by visible
// labels and button texts: upload with a mistake → problem report (page + .xlsx download) →
// corrected upload from the form offered again → 申请修改 with a new roster → the admin reads
// old → new and the roster diff and approves → the school sees the new values.
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, E2E_SCHOOL (a school account with password
// School@2026 whose enrollment is open), E2E_ADMIN (an admin account with password Admin@2026
// and a mobile of its own) and E2E_FILES (bad.xlsx, good.xlsx, good4.xlsx).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, OUT_DIR, PHONE, DESKTOP, assert, bodyText, problems, run, sql, test, sqlQuote, clickButton, followLink, signIn, adminSignIn, shot, testNoPageProblems } from './lib.mjs';

const SCHOOL = process.env.E2E_SCHOOL;
const FILES = process.env.E2E_FILES;
const ADMIN = process.env.E2E_ADMIN;
const PRODUCT = '校方责任险（无过失责任保险）';
let page;

const quote = sqlQuote;

const click = (name) => clickButton(page, name);

const follow = (name) => followLink(page, name);

async function schoolLogin() {
  await signIn(page, '学校', SCHOOL, 'School@2026');
  assert((await bodyText(page)).includes('系统首页'), `school login failed: ${page.url()}`);
}

// The section of the 投保数据 page for the student product.
function studentSection() {
  return page.locator('section.enroll-product').filter({ hasText: PRODUCT });
}

function enrollment() {
  return sql(`SELECT CONCAT_WS(',', e.status, e.declared_count, e.stored_count, e.company_id, e.version)
    FROM enrollments e JOIN schools s ON s.id = e.school_id WHERE s.name = ${quote(SCHOOL)} AND e.product_id = 1`);
}

test('the school opens 投保数据 from 系统首页 and sees the upload form', async () => {
  await schoolLogin();
  await follow('前往操作');
  const text = await bodyText(page);
  assert(text.includes('上传投保数据') && text.includes(SCHOOL), `not the 投保数据 page: ${text.slice(0, 200)}`);
  assert(await studentSection().getByRole('button', { name: '提交上传' }).isVisible(), 'no 提交上传 for the students');
});

test('a roster with a wrong ID number is refused with a problem list and an .xlsx report', async () => {
  const form = studentSection();
  await form.getByLabel('参保人数', { exact: true }).fill('3');
  await form.getByLabel('投保公司', { exact: true }).selectOption({ label: '平安财险' });
  await form.getByLabel('上传学生花名册', { exact: true }).setInputFiles(join(FILES, 'bad.xlsx'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.getByRole('button', { name: '提交上传' }).click()]);
  const text = await bodyText(page);
  assert(text.includes('花名册检查结果') && text.includes('未保存任何数据'), `no result page: ${text.slice(0, 300)}`);
  assert(/证件号码/.test(text) && /校验码|校验位/.test(text), `the problem is not explained: ${text.slice(0, 600)}`);
  assert(enrollment() === '', 'something was stored from a file with problems');
  await shot(page, 'enroll-problems');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载问题清单（Excel）' }).click()]);
  const path = join(FILES, 'problems.xlsx');
  await download.saveAs(path);
  assert(readFileSync(path).subarray(0, 2).toString() === 'PK', 'the problem report is not an .xlsx file');
});

test('the form offered again keeps what was typed; the corrected file is stored', async () => {
  const count = page.getByLabel('参保人数', { exact: true });
  assert((await count.inputValue()) === '3', `参保人数 was not kept: "${await count.inputValue()}"`);
  const company = await page.getByLabel('投保公司', { exact: true }).locator('option:checked').innerText();
  assert(company === '平安财险', `投保公司 was not kept: ${company}`);
  await page.getByLabel('上传学生花名册', { exact: true }).setInputFiles(join(FILES, 'good.xlsx'));
  await click('提交上传');
  const text = await bodyText(page);
  assert(text.includes('投保数据已提交'), `no confirmation: ${text.slice(0, 300)}`);
  assert(enrollment() === 'submitted,3,3,2,1', `enrollment is ${enrollment()}`);
  assert(await studentSection().getByRole('link', { name: '下载' }).isVisible(), 'no roster download link');
});

test('申请修改 with a new roster of 4 people is filed and shown as 修改中', async () => {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), studentSection().getByRole('link', { name: '申请修改' }).click()]);
  assert((await bodyText(page)).includes('申请修改投保数据'), `not the modify page: ${page.url()}`);
  await page.getByLabel('人数', { exact: true }).fill('4');
  await page.getByLabel('上传花名册', { exact: true }).setInputFiles(join(FILES, 'good4.xlsx'));
  await page.getByLabel('修改原因', { exact: true }).fill('新生转入一人');
  await click('提交修改申请');
  const text = await bodyText(page);
  assert(text.includes('修改申请已提交') && text.includes('修改申请审核中'), `no pending application: ${text.slice(0, 400)}`);
  assert(enrollment() === 'modifying,3,3,2,1', `enrollment is ${enrollment()}`);
  await shot(page, 'enroll-modify-pending');
  await click('退出系统');
});

test('the admin reads old → new and the roster diff in 修改审核 and approves', async () => {
  await adminSignIn(page, ADMIN);
  await follow('修改审核');
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '审核' }).click()]);
  const text = await bodyText(page);
  assert(text.includes('新增人员') && text.includes('新生转入一人'), `no diff on the review page: ${text.slice(0, 600)}`);
  assert(/新增\s*1\s*人/.test(text) && /不变\s*3\s*人/.test(text), `diff totals wrong: ${text.slice(0, 900)}`);
  await shot(page, 'admin-modification');
  page.once('dialog', (dialog) => dialog.accept());
  await click('通过申请');
  assert((await bodyText(page)).includes('已通过该申请'), 'no approval notice');
  assert(enrollment() === 'submitted,4,4,2,2', `enrollment is ${enrollment()}`);
  await click('退出系统');
});

test('the school sees the new values on a phone-sized screen', async () => {
  await page.setViewportSize(PHONE);
  await schoolLogin();
  await page.goto(`${BASE_URL}/school/s/enroll`, { waitUntil: 'load' });
  const text = await studentSection().innerText();
  assert(/4\s*人/.test(text) && text.includes('平安财险'), `the new values are not shown: ${text}`);
  await page.screenshot({ path: join(OUT_DIR, 'enroll-phone.png'), fullPage: true });
  await page.setViewportSize(DESKTOP);
});

testNoPageProblems(() => page);

run((shared) => {
  ({ page } = shared);
});
