// t/e2e/school-account.mjs - the manual's 学校操作 (一) 账号登录 beyond registration, by visible
// labels and button texts: 忘记登录账号 (查找登录账号 with the image captcha) shows the account
// and the masked mobile; 忘记密码 (SMS code from the outbox, 重设密码) sets a new password that
// signs in; 账户信息 shows the manual's rows and 修改基本信息 changes the contact's name; an
// unknown address gives a Chinese error page with a way back. Screenshots (shot()) in t/e2e/out.
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, HNEDU_SECRET_FILE, E2E_SCHOOL (an active school
// account, password School@2026) and E2E_MOBILE (its contact mobile) from t9170-school-account.sh.
import { BASE_URL, assert, bodyText, run, sql, test, sqlQuote, clickButton, followLink, signIn, shot, answerCaptcha, waitSms, testNoPageProblems } from './lib.mjs';

const SCHOOL = process.env.E2E_SCHOOL;
const MOBILE = process.env.E2E_MOBILE;
const NEW_PASSWORD = `Rs${String(Date.now()).slice(-6)}#school`;
let page;
let context;

const click = (name) => clickButton(page, name);
const follow = (name) => followLink(page, name);

test('忘记登录账号? on the login page finds the account by the school\'s full name', async () => {
  assert(SCHOOL && MOBILE, 'E2E_SCHOOL / E2E_MOBILE not set (run t9170-school-account.sh)');
  await page.goto(`${BASE_URL}/school/`, { waitUntil: 'load' });
  await follow('忘记登录账号?');
  await page.getByRole('heading', { name: '查找登录账号' }).waitFor();
  await page.getByLabel('学校全称').fill(SCHOOL);
  await page.getByRole('textbox', { name: '验证码', exact: true }).fill(await answerCaptcha(context, 'forgot_account'));
  await click('查找登录账号');
  const result = await page.getByRole('status').filter({ hasText: '查找结果' }).innerText();
  assert(result.includes(SCHOOL), `the login is not shown: ${result}`);
  assert(result.includes(`${MOBILE.slice(0, 3)}`) && !result.includes(MOBILE), `the mobile is not shown masked: ${result}`);
  await shot(page, 'school-forgot-account');
});

test('忘记密码?: the SMS code and a new password; the login page says it is reset', async () => {
  await follow('返回登录');
  await follow('忘记密码?');
  await page.getByRole('heading', { name: '找回密码' }).waitFor();
  await page.getByLabel('注册联系人手机').fill(MOBILE);
  await page.getByLabel('图形验证码').fill(await answerCaptcha(context, 'forgot_password'));
  await page.getByRole('button', { name: '发送验证码' }).click();
  const sms = await waitSms(page, MOBILE, 'code:reset_password');
  const code = (sms.match(/验证码为(\d{6})/) || [])[1];
  assert(code, `no reset code in the outbox for ${MOBILE}: "${sms}"`);
  await page.getByLabel('短信验证码').fill(code);
  await page.getByLabel('新的登录密码').fill(NEW_PASSWORD);
  await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
  await shot(page, 'school-forgot-password');
  await click('重设密码');
  assert((await bodyText(page)).includes('密码已重设，请使用新密码登录。'), `no notice after the reset: ${page.url()}`);
});

test('the new password signs in; the old one no longer does', async () => {
  await signIn(page, '学校', SCHOOL, 'School@2026');
  assert(!(await bodyText(page)).includes('操作导航'), 'the old password still signs in');
  await signIn(page, '学校', SCHOOL, NEW_PASSWORD);
  assert((await bodyText(page)).includes('系统首页'), `the new password does not sign in: ${page.url()}`);
  await shot(page, 'school-home-new-password');
});

test('账户信息 shows the manual\'s rows and the three buttons', async () => {
  await page.getByRole('navigation', { name: '操作导航' }).getByRole('link', { name: '账户信息', exact: true }).click();
  await page.getByRole('heading', { name: '账户信息', exact: true }).waitFor();
  const text = await bodyText(page);
  for (const row of ['区域：', '学校名称：', '学校类型：', '学校性质：', '联系人姓名：', '联系人手机：', '注册时间：', '账户状态：', '区域有误? 申请更改', '学校名称有变更? 申请更改'])
    assert(text.includes(row), `账户信息 lacks "${row}"`);
  for (const name of ['修改基本信息', '修改手机号', '修改密码'])
    assert(await page.getByRole('link', { name, exact: true }).isVisible(), `no ${name}`);
  await shot(page, 'school-account');
});

test('修改基本信息 changes the contact\'s name; a blank name is refused on the same page', async () => {
  await follow('修改基本信息');
  await page.getByLabel('联系人姓名').fill('');
  await click('保存');
  assert((await page.locator('[aria-invalid=true], .field-error, [role=alert]').count()) > 0, 'no error for a blank name');
  await page.getByLabel('联系人姓名').fill('孙老师');
  await click('保存');
  const stored = sql(`SELECT contact_name FROM schools WHERE name = ${sqlQuote(SCHOOL)}`);
  assert(stored === '孙老师', `contact_name is ${stored}`);
  assert((await bodyText(page)).includes('孙老师'), 'the new name is not shown');
});

test('an unknown address shows a Chinese error page with 返回首页', async () => {
  const response = await page.goto(`${BASE_URL}/school/s/no-such-page`, { waitUntil: 'load' });
  assert(response.status() === 404, `status ${response.status()}`);
  const text = await bodyText(page);
  assert(/[页面不存在找到]/.test(text) && text.includes('返回首页'), `not a Chinese error page: ${text.slice(0, 300)}`);
  await shot(page, 'error-404');
  await follow('返回首页');
  assert((await bodyText(page)).includes('系统首页'), `返回首页 does not lead home: ${page.url()}`);
  await click('退出系统');
});

testNoPageProblems(() => page, /status of 404/);

run((shared) => {
  ({ page, context } = shared);
});
