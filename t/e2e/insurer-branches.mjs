// t/e2e/insurer-branches.mjs - the manual's 保险公司操作 for the three levels and the claims a
// department follows, by visible labels and button texts: a school submits its roster with
// 平安财险; the provincial branch adds a city account in 分支账号管理 and a 未决案件 in 保险数据上传;
// the county department sees it in 未决案件; the branch closes it (结案) and the department
// sees it in 理赔案件; the city account signs in (its first password is
// replaced at once), adds a county account in 县区账号管理; the county account signs in and
// finds the school in 花名册数据. Screenshots (shot()) in t/e2e/out.
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, E2E_SCHOOL (a 金水区 school, password School@2026,
// enrollment open), E2E_FILES (roster.xlsx), E2E_STAMP and E2E_DIGITS (for logins and mobiles).
import { join } from 'node:path';
import { BASE_URL, assert, bodyText, run, sql, test, sqlQuote, clickButton, signIn, shot, submitRoster, testNoPageProblems } from './lib.mjs';

const SCHOOL = process.env.E2E_SCHOOL;
const FILES = process.env.E2E_FILES;
const STAMP = process.env.E2E_STAMP;
const DIGITS = process.env.E2E_DIGITS;
const PRODUCT = '校方责任险（无过失责任保险）';
const CITY_LOGIN = `pa_zz_${STAMP}`;
const COUNTY_LOGIN = `pa_js_${STAMP}`;
const FIRST_PASSWORD = `Pa${STAMP}#first`;
const OWN_PASSWORD = `Pa${STAMP}#own`;
const INJURED = `伤者${STAMP}`;
let page;
const dialogs = [];

const click = (name) => clickButton(page, name);
async function menu(name) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('navigation', { name: '操作导航' }).getByRole('link', { name, exact: true }).click()]);
}
async function login(tab, name, password) {
  await signIn(page, tab, name, password);
  assert((await bodyText(page)).includes('系统首页'), `login of ${name} failed: ${page.url()}`);
}
// A first sign-in with the password set by the parent account: the new one is asked for at once.
async function firstLogin(name) {
  await signIn(page, '承保机构', name, FIRST_PASSWORD);
  assert(page.url().endsWith('/school/password'), `${name} is not sent to the password change: ${page.url()}`);
  await page.getByLabel('当前密码').fill(FIRST_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(OWN_PASSWORD);
  await page.getByLabel('确认新密码').fill(OWN_PASSWORD);
  await click('确认修改');
  assert((await bodyText(page)).includes('系统首页'), `${name} is not on its home page: ${page.url()}`);
}
// "level,region" of the insurer account login ('' when none).
const account = (login) => sql(`SELECT CONCAT_WS(',', insurer_level, region_code) FROM accounts WHERE kind = 'insurer' AND login_name = ${sqlQuote(login)}`);
// China's date n days from now, YYYY-MM-DD.
const cnDay = (n) => new Date(Date.now() + 8 * 3600e3 + n * 86400e3).toISOString().slice(0, 10);

test('the school submits its roster choosing 平安财险', async () => {
  assert(SCHOOL && FILES && STAMP && DIGITS, 'environment not set (run t9190-insurer-branches.sh)');
  await login('学校', SCHOOL, 'School@2026');
  await submitRoster(page, PRODUCT, 3, '平安财险', join(FILES, 'roster.xlsx'));
  await click('退出系统');
});

test('省公司: 分支账号管理 → 增加账号 adds the 郑州市 account (a wrong login is refused first)', async () => {
  await login('承保机构', 'pingan_henan', 'Insurer@2026');
  await menu('分支账号管理');
  await page.getByRole('link', { name: '增加账号', exact: true }).click();
  await page.getByLabel('账号级别').selectOption({ label: '市' });
  await page.getByLabel('负责区域：市').selectOption({ label: '郑州市' });
  await page.getByLabel('公司名称').fill(`平安财险郑州中心支公司（测试${STAMP}）`);
  await page.getByLabel('登录账号').fill('Bad Login!');
  await page.getByLabel('登录密码').fill(FIRST_PASSWORD);
  await page.getByRole('textbox', { name: '联系人', exact: true }).fill('郑经理');
  await page.getByLabel('联系人手机').fill(`138${DIGITS}`);
  await click('提交');
  assert((await page.locator('#login-error, [role=alert]').count()) > 0, 'no message for a malformed login');
  assert((await page.getByLabel('公司名称').inputValue()).includes(STAMP), 'the typed company name was not kept');
  await shot(page, 'insurer-province-account-error');
  await page.getByLabel('登录账号').fill(CITY_LOGIN);
  await page.getByLabel('登录密码').fill(FIRST_PASSWORD);
  await click('提交');
  // The list grows with every run on one stack (sorted by region): the notice and the database.
  assert((await bodyText(page)).includes('账号已添加，初始密码已通过短信发送至联系人手机'), 'no notice after 提交');
  assert(account(CITY_LOGIN) === 'city,410100', `the city account is ${account(CITY_LOGIN)}`);
  await shot(page, 'insurer-province-accounts');
});

test('省公司: 保险数据上传 → 新增未决案件 for the school', async () => {
  await menu('保险数据上传');
  await shot(page, 'insurer-claims');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name: '新增未决案件' }).click()]);
  await page.getByLabel('出险学校').fill(SCHOOL);
  await page.getByLabel('出险时间').fill(cnDay(-3));
  await page.getByLabel('伤者姓名').fill(INJURED);
  await page.getByLabel('事故原因').fill('课间活动时摔倒，右臂骨折');
  await page.getByLabel('保险公司处理情况（选填）').fill('已报案，等待资料');
  await click('保存');
  await menu('保险数据上传');
  assert((await page.getByRole('row').filter({ hasText: INJURED }).count()) === 1, `the claim is not among 未决案件: ${(await bodyText(page)).slice(0, 600)}`);
  await click('退出系统');
});

test('县区教育部门: 未决案件 lists the claim with the insurer\'s handling', async () => {
  await login('教育部门', '金水区', 'County@2026');
  await menu('未决案件');
  const row = page.getByRole('row').filter({ hasText: INJURED });
  const text = await row.innerText();
  assert(text.includes(SCHOOL) && text.includes('已报案'), `the pending claim is not shown: ${text}`);
  await shot(page, 'dept-claims-pending');
  await click('退出系统');
});

test('省公司: 修改 / 结案 closes the claim with the amount paid', async () => {
  await login('承保机构', 'pingan_henan', 'Insurer@2026');
  await menu('保险数据上传');
  const row = page.getByRole('row').filter({ hasText: INJURED });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '修改 / 结案' }).click()]);
  await page.getByLabel('赔偿金额（元）').fill('3200.50');
  await page.getByLabel('结案时间').fill(cnDay(0));
  await shot(page, 'insurer-claim');
  const asked = dialogs.length;
  await click('确认结案');
  assert(dialogs.length === asked + 1 && dialogs[asked].includes('结案'), `确认结案 did not ask first: ${dialogs.slice(asked)}`);
  const status = sql(`SELECT CONCAT_WS(',', c.status, c.paid_fen) FROM claims c JOIN schools s ON s.id = c.school_id WHERE s.name = ${sqlQuote(SCHOOL)}`);
  assert(status === 'settled,320050', `claim is ${status}`);
  await click('退出系统');
});

test('县区教育部门: 理赔案件 lists the closed claim with its amount', async () => {
  await login('教育部门', '金水区', 'County@2026');
  await menu('理赔案件');
  const text = await page.getByRole('row').filter({ hasText: SCHOOL }).innerText();
  assert(text.includes('3,200.50') || text.includes('3200.50'), `the settled claim is not shown: ${text}`);
  await shot(page, 'dept-claims-settled');
  await click('退出系统');
});

test('市公司: first sign-in, then 县区账号管理 → 增加账号 for 金水区', async () => {
  await firstLogin(CITY_LOGIN);
  await menu('县区账号管理');
  assert((await bodyText(page)).includes('增加区县管理账号'), 'no 增加区县管理账号 form');
  await page.getByLabel('负责区域：县区').selectOption({ label: '金水区' });
  await page.getByLabel('公司名称').fill(`平安财险金水支公司（测试${STAMP}）`);
  await page.getByLabel('登录账号').fill(COUNTY_LOGIN);
  await page.getByLabel('登录密码').fill(FIRST_PASSWORD);
  await page.getByRole('textbox', { name: '联系人', exact: true }).fill('金经理');
  await page.getByLabel('联系人手机').fill(`137${DIGITS}`);
  await click('提交');
  assert((await bodyText(page)).includes('账号已添加，初始密码已通过短信发送至联系人手机'), 'no notice after 提交');
  assert(account(COUNTY_LOGIN) === 'county,410105', `the county account is ${account(COUNTY_LOGIN)}`);
  await shot(page, 'insurer-city-accounts');
  await click('退出系统');
});

test('县区公司: first sign-in, then 花名册数据 lists the school of its county', async () => {
  await firstLogin(COUNTY_LOGIN);
  await menu('花名册数据');
  await page.getByLabel('学校名称', { exact: true }).fill(SCHOOL);
  await click('查询');
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  assert((await row.count()) === 1, `the school is not listed once: ${await row.count()}`);
  assert(await row.getByRole('link', { name: '下载花名册' }).isVisible(), 'no 下载花名册 for the county account');
  await shot(page, 'insurer-county-enrollments');
  await click('退出系统');
});

testNoPageProblems(() => page);

run((shared) => {
  ({ page } = shared);
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.accept(); });
});
