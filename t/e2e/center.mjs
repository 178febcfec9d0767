// t/e2e/center.mjs - a center school (中心校) as its secretary does it, by visible labels and
// button texts: 增加所辖学校 (register a new school of the county on its behalf) → the admin
// approves it in 注册审核 → the school is listed on 所辖学校 → 上传 opens its 投保数据 acting for
// it and the center submits a roster, stored for that school → 查看 changes its 明白人 mobile and
// applies for the account's cancellation (asked to confirm first).
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, E2E_SCHOOL (an active center school account with
// password School@2026), E2E_NEW_SCHOOL and E2E_NEW_MOBILE (the school to register), E2E_ADMIN
// (an admin account with password Admin@2026 and a mobile of its own) and E2E_FILES (good.xlsx).
import { join } from 'node:path';
import { BASE_URL, OUT_DIR, PHONE, DESKTOP, assert, bodyText, run, sql, test, sqlQuote, clickButton, followLink, signIn, adminSignIn, mobileHmacSql, shot, testNoPageProblems } from './lib.mjs';

const CENTER = process.env.E2E_SCHOOL;
const NEW_SCHOOL = process.env.E2E_NEW_SCHOOL;
const NEW_MOBILE = process.env.E2E_NEW_MOBILE;
const FILES = process.env.E2E_FILES;
const ADMIN = process.env.E2E_ADMIN;
const PRODUCT = '校方责任险（无过失责任保险）';
// A 1x1 PNG: the certificate must be an image or PDF by its content.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
let page;

const quote = sqlQuote;

const click = (name) => clickButton(page, name);

const follow = (name) => followLink(page, name);

async function centerLogin() {
  await signIn(page, '学校', CENTER, 'School@2026');
  assert((await bodyText(page)).includes('所辖学校'), `center login failed or no 所辖学校 entry: ${page.url()}`);
}

function newSchool() {
  return sql(`SELECT CONCAT_WS(',', s.status, s.center_school_id = c.id) FROM schools s JOIN schools c ON c.name = ${quote(CENTER)}
    WHERE s.name = ${quote(NEW_SCHOOL)}`);
}

test('the center registers a new school of its county in 增加所辖学校', async () => {
  await centerLogin();
  await follow('增加所辖学校');
  let text = await bodyText(page);
  assert(text.includes('金水区') && !text.includes('图形验证码'), `not the 增加所辖学校 form: ${text.slice(0, 300)}`);
  await page.getByLabel('学校全称').fill('二小');
  await page.getByLabel('学校类型').selectOption('小学');
  await page.getByLabel('公办').check();
  await page.getByLabel('联系人（明白人）姓名').fill('赵老师');
  await page.getByLabel('联系人手机').fill(NEW_MOBILE);
  await page.getByLabel('资质证书').setInputFiles({ name: '办学许可证.png', mimeType: 'image/png', buffer: PNG });
  await click('提交注册');
  text = await bodyText(page);
  assert(text.includes('学校全称应为 4-60 个字'), `no message for a short name: ${text.slice(0, 400)}`);
  assert((await page.getByLabel('联系人手机').inputValue()) === NEW_MOBILE, 'the typed mobile was not kept');
  await page.getByLabel('学校全称').fill(NEW_SCHOOL);
  await page.getByLabel('资质证书').setInputFiles({ name: '办学许可证.png', mimeType: 'image/png', buffer: PNG });
  await shot(page, 'center-register-form');
  await click('提交注册');
  text = await bodyText(page);
  assert(text.includes('等待管理中心审核') && text.includes(NEW_SCHOOL) && text.includes('待审核'),
    `the registration is not listed as pending: ${text.slice(0, 600)}`);
  assert(newSchool() === 'pending,1', `new school is ${newSchool()}`);
  await shot(page, 'center-register-pending');
  await click('退出系统');
});

test('the admin approves it in 注册审核', async () => {
  await adminSignIn(page, ADMIN);
  await follow('注册审核');
  const row = page.getByRole('row').filter({ hasText: NEW_SCHOOL });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '审核' }).click()]);
  assert((await bodyText(page)).includes(NEW_SCHOOL), 'the detail page does not show the school');
  page.once('dialog', (dialog) => dialog.accept());
  await click('通过审核');
  assert(newSchool() === 'active,1', `new school is ${newSchool()}`);
  const initial = sql(`SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = ${mobileHmacSql(NEW_MOBILE)} AND template = 'initial_password'`);
  assert(initial === '1', `no initial password SMS to the new school (${initial})`);
  await click('退出系统');
  // The new school's enrollment deadline may be past in the demo year: open it as fresh_school does.
  sql(`INSERT INTO deadline_extensions (year_id, deadline, school_id, extended_to, reason, granted_by)
    SELECT y.id, 'enroll', s.id, CURRENT_DATE + INTERVAL 30 DAY, '浏览器测试', (SELECT id FROM accounts WHERE kind = 'admin' LIMIT 1)
    FROM academic_years y, schools s WHERE y.is_current = 1 AND s.name = ${quote(NEW_SCHOOL)}`);
});

test('the school is on 所辖学校 and the center uploads its 投保数据 through 上传', async () => {
  await centerLogin();
  await follow('所辖学校');
  const row = page.getByRole('row').filter({ hasText: NEW_SCHOOL });
  assert((await row.innerText()).includes('未提交'), `the new school is not listed with its progress: ${await row.innerText()}`);
  await shot(page, 'center-schools');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '上传' }).click()]);
  let text = await bodyText(page);
  assert(text.includes('您正在代所辖学校') && text.includes(NEW_SCHOOL), `not acting for the school: ${text.slice(0, 300)}`);
  const form = page.locator('section.enroll-product').filter({ hasText: PRODUCT });
  await form.getByLabel('参保人数', { exact: true }).fill('3');
  await form.getByLabel('投保公司', { exact: true }).selectOption({ label: '平安财险' });
  await form.getByLabel('上传学生花名册', { exact: true }).setInputFiles(join(FILES, 'good.xlsx'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.getByRole('button', { name: '提交上传' }).click()]);
  text = await bodyText(page);
  assert(text.includes('投保数据已提交'), `no confirmation: ${text.slice(0, 300)}`);
  const stored = sql(`SELECT CONCAT_WS(',', e.status, e.stored_count) FROM enrollments e JOIN schools s ON s.id = e.school_id
    WHERE s.name = ${quote(NEW_SCHOOL)} AND e.product_id = 1`);
  assert(stored === 'submitted,3', `enrollment of the new school is ${stored}`);
  await shot(page, 'center-upload');
});

test('查看 changes the school\'s 明白人 mobile; both numbers are told by SMS', async () => {
  await follow('所辖学校');
  const row = page.getByRole('row').filter({ hasText: NEW_SCHOOL });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '查看' }).click()]);
  assert((await bodyText(page)).includes('修改明白人手机号'), `not the 查看 page: ${page.url()}`);
  const next = `135${NEW_MOBILE.slice(3)}`;
  await page.getByLabel('新明白人手机号').fill(next);
  await click('修改手机号');
  assert((await bodyText(page)).includes('新旧手机号均已收到短信通知'), 'no notice after the change');
  const told = sql(`SELECT COUNT(*) FROM sms_messages WHERE template = 'mobile_changed' AND mobile_hmac IN (${mobileHmacSql(NEW_MOBILE)}, ${mobileHmacSql(next)})`);
  assert(told === '2', `mobile_changed notices: ${told}`);
  await shot(page, 'center-view');
});

test('查看 → 提交注销申请 asks first and then shows the pending application', async () => {
  let asked = '';
  page.once('dialog', (dialog) => { asked = dialog.message(); dialog.accept(); });
  await page.getByLabel('学校撤销').check();
  await page.getByLabel('注销说明（必填，不超过 200 字）').fill('教学点撤销，学生已并入中心校');
  await click('提交注销申请');
  assert(asked.includes('注销'), `no confirmation before the cancellation: "${asked}"`);
  const text = await bodyText(page);
  assert(text.includes('教学点撤销，学生已并入中心校') && /待审核|审核中/.test(text), `the application is not shown: ${text.slice(0, 600)}`);
  await shot(page, 'center-cancel');
});

test('所辖学校 shows the progress on a phone-sized screen', async () => {
  await page.setViewportSize(PHONE);
  await page.goto(`${BASE_URL}/school/center/`, { waitUntil: 'load' });
  const text = await page.getByRole('row').filter({ hasText: NEW_SCHOOL }).innerText();
  assert(text.includes('已提交'), `progress not shown: ${text}`);
  await page.screenshot({ path: join(OUT_DIR, 'center-phone.png'), fullPage: true });
  await page.setViewportSize(DESKTOP);
});

testNoPageProblems(() => page);

run((shared) => {
  ({ page } = shared);
});
