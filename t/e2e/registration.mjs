// t/e2e/registration.mjs - the whole life of a new school account in headless Chromium, as
// people do it (by labels and button texts): a school registers with its certificate, the
// admin signs in with the SMS second factor and approves it, the school signs in with the
// one-time password from the SMS outbox and must set its own password first.
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, E2E_ADMIN (an admin account of the run; 'admin' when
// unset) and HNEDU_SECRET_FILE (the stack's secret key file:
// the test answers the image captcha by writing its HMAC, as t/test-lib.sh set_captcha does).
import { BASE_URL, TIMEOUT_MS, assert, bodyText, cspViolations, problems, run, sql, summary, test, sqlQuote, clickButton, adminSignIn, lastSmsTo, shot, answerCaptcha } from './lib.mjs';

const stamp = String(Date.now()).slice(-6);
const SCHOOL = `郑州市金水区浏览器测试第${stamp}小学`;
const MOBILE = `139${stamp}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
const NEW_PASSWORD = `Xq${stamp}#school`;
// A 1x1 PNG: the certificate must be an image or PDF by its content.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let page;
let context;

const quote = sqlQuote;

const click = (name) => clickButton(page, name);

test('学校注册 opens from the login page', async () => {
  await page.goto(`${BASE_URL}/school/`, { waitUntil: 'load' });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name: '学校注册' }).click()]);
  assert((await bodyText(page)).includes('学校注册'), `not the registration page: ${page.url()}`);
});

test('a school fills the form, gets its SMS code and submits its certificate', async () => {
  await page.getByLabel('区域').selectOption({ label: '金水区' });
  await page.getByLabel('学校全称').fill(SCHOOL);
  await page.getByLabel('学校类型').selectOption('小学');
  await page.getByLabel('公办').check();
  await page.getByLabel('联系人姓名').fill('王老师');
  await page.getByLabel('联系人手机').fill(MOBILE);
  await page.getByRole('button', { name: '发送验证码' }).click();
  let body = '';
  for (let i = 0; i < 50 && !body; i++) {
    body = lastSmsTo(MOBILE, 'code:register');
    if (!body) await page.waitForTimeout(100);
  }
  const code = (body.match(/验证码为(\d{6})/) || [])[1];
  assert(code, `no registration code in the outbox for ${MOBILE}: "${body}"`);
  await page.getByLabel('短信验证码').fill(code);
  await page.getByLabel('资质证书').setInputFiles({ name: '办学许可证.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('图形验证码').fill(await answerCaptcha(context, 'register'));
  await shot(page, 'register-form');
  await click('提交注册');
  const text = await bodyText(page);
  assert(text.includes('等待审核'), `no confirmation after submitting: ${text.slice(0, 300)}`);
});

test('the admin signs in with password and SMS code', async () => {
  await adminSignIn(page, process.env.E2E_ADMIN || 'admin');
  assert((await bodyText(page)).includes('注册审核'), `not the admin console: ${page.url()}`);
});

test('the admin finds the application in 注册审核 and approves it', async () => {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name: '注册审核' }).first().click()]);
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '审核' }).click()]);
  assert((await bodyText(page)).includes(SCHOOL), 'the detail page does not show the school');
  page.once('dialog', (dialog) => dialog.accept());
  await click('通过审核');
  await shot(page, 'admin-approved');
  const status = sql(`SELECT status FROM schools WHERE name = ${quote(SCHOOL)}`);
  assert(status === 'active', `school status is ${status}`);
  await click('退出系统');
});

test('the school signs in with the one-time password and must change it first', async () => {
  const body = lastSmsTo(MOBILE, 'notice:initial_password');
  const initial = (body.match(/初始密码为([^，,\s]+)/) || [])[1];
  assert(initial, `no initial password in the outbox: "${body}"`);
  await page.goto(`${BASE_URL}/school/`, { waitUntil: 'load' });
  await page.getByText('学校', { exact: true }).click();
  await page.getByLabel('登录账号').fill(SCHOOL);
  await page.getByLabel('登录密码').fill(initial);
  await click('登录系统');
  assert(page.url().endsWith('/school/password'), `not sent to the password change: ${page.url()}`);
  await page.getByLabel('当前密码').fill(initial);
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
  await click('确认修改');
  const text = await bodyText(page);
  assert(text.includes('系统首页') && text.includes(SCHOOL), `not the school's home: ${page.url()}`);
  await shot(page, 'registered-school-home');
});

test('the new password works and the one-time password no longer does', async () => {
  await click('退出系统');
  await page.getByLabel('登录账号').fill(SCHOOL);
  await page.getByLabel('登录密码').fill(NEW_PASSWORD);
  await click('登录系统');
  assert((await bodyText(page)).includes('系统首页'), 'the new password does not sign in');
  await click('退出系统');
});

test('no console errors, page errors or CSP violations on the way', async () => {
  const found = problems.concat(await cspViolations(page));
  assert(found.length === 0, summary(found));
});

run((shared) => {
  page = shared.page;
  context = shared.context;
  page.setDefaultTimeout(TIMEOUT_MS);
});
