// t/e2e/dept.mjs - the county department 金水区 (County@2026) in Chromium, by visible labels:
// 学校数据 shows the per-county table and finds E2E_SCHOOL by name; its 设置 page makes it a
// 中心校 (checked in the database); 数据提交 takes the year's statistics form (填表单位
// E2E_UNIT) and shows it as submitted, stored as the newest version. The manual's (三)/(四) on
// a second school (E2E_SCHOOL2): 加入中心校 of the new center (中心校管理 then counts it and lists
// it under 所辖学校), 修改账号密码 and 提交注销申请, each after a confirmation. Screenshots at
// 1366×768 and 390×844 in t/e2e/out. Needs BASE_URL, HNEDU_SOCKET, E2E_SCHOOL, E2E_SCHOOL2,
// E2E_UNIT (t9150-dept.sh).
import { join } from 'node:path';
import { BASE_URL, OUT_DIR, PHONE, DESKTOP, assert, bodyText, cspViolations, problems, run, sql, summary, test, signIn, shot } from './lib.mjs';

const SCHOOL = process.env.E2E_SCHOOL;
const SCHOOL2 = process.env.E2E_SCHOOL2;
const UNIT = process.env.E2E_UNIT;
let page;
const dialogs = [];
const quoted = (s) => `'${s.replace(/'/g, "''")}'`;

// 学校数据 → search NAME → 设置 of its row.
async function openSettings(name) {
  await menu('学校数据');
  await page.getByLabel('学校名称').fill(name);
  await button('查询');
  await navigate(() => page.locator('tr', { hasText: name }).getByRole('link', { name: '设置', exact: true }).click());
  assert((await bodyText(page)).includes('学校设置'), `not the settings page of ${name}`);
}
// Clicks button NAME, which must ask for a confirmation first (accepted).
async function confirmed(name) {
  const before = dialogs.length;
  await button(name);
  assert(dialogs.length === before + 1, `${name} did not ask for a confirmation`);
}

async function navigate(action) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}
const menu = (name) => navigate(() => page.getByRole('navigation', { name: '操作导航' }).getByRole('link', { name, exact: true }).click());
const button = (name) => navigate(() => page.getByRole('button', { name, exact: true }).click());

test('the county department signs in', async () => {
  assert(SCHOOL && SCHOOL2 && UNIT, 'E2E_SCHOOL / E2E_SCHOOL2 / E2E_UNIT not set (run t9150-dept.sh)');
  await signIn(page, '教育部门', '金水区', 'County@2026');
  assert((await bodyText(page)).includes('系统首页'), `not signed in: ${page.url()}`);
});

test('学校数据: the county table, then the school found by name', async () => {
  await menu('学校数据');
  let text = await bodyText(page);
  assert(text.includes('金水区'), '学校数据 lacks the county row');
  await page.getByLabel('学校名称').fill(SCHOOL);
  await button('查询');
  text = await bodyText(page);
  assert(text.includes(SCHOOL), `the school is not listed:\n${text.slice(0, 800)}`);
  assert(/共\s*1\s*所学校/.test(text), 'the search does not narrow the list to one school');
  await shot(page, 'dept-schools');
});

test('设置 → 设置为中心校 makes the school a center', async () => {
  const row = page.locator('tr', { hasText: SCHOOL });
  await navigate(() => row.getByRole('link', { name: '设置', exact: true }).click());
  let text = await bodyText(page);
  assert(text.includes('学校设置') && text.includes(SCHOOL), 'not the school settings page');
  assert(text.includes('非中心校'), 'the school is already a center');
  await button('设置为中心校');
  text = await bodyText(page);
  assert(text.includes('所辖学校 0 所'), `the page does not show the center status:\n${text.slice(0, 800)}`);
  const isCenter = sql(`SELECT is_center FROM schools WHERE name = '${SCHOOL.replace(/'/g, "''")}'`);
  assert(isCenter === '1', `schools.is_center is ${isCenter}`);
  await shot(page, 'dept-settings');
});

test('(四) 加入中心校: a second school joins the new center; 中心校管理 counts it', async () => {
  await openSettings(SCHOOL2);
  await page.getByLabel('加入中心校').selectOption({ label: SCHOOL });
  await button('加入');
  assert((await bodyText(page)).includes('已加入中心校。'), 'no notice after 加入');
  await menu('中心校管理');
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  assert((await row.innerText()).includes('1'), `the center does not count its school: ${await row.innerText()}`);
  await shot(page, 'dept-centers');
  await navigate(() => row.getByRole('link', { name: '所辖学校' }).click());
  assert((await bodyText(page)).includes(SCHOOL2), 'the joined school is not listed under 所辖学校');
  await shot(page, 'dept-center');
});

test('(三) 修改账号密码 and 提交注销申请 ask first, then say what happens next', async () => {
  await openSettings(SCHOOL2);
  const hashBefore = sql(`SELECT HEX(password_hash) FROM accounts WHERE login_name = ${quoted(SCHOOL2)}`);
  await confirmed('修改账号密码');
  assert((await bodyText(page)).includes('临时密码已通过短信发送'), 'no notice after the password reset');
  assert(sql(`SELECT HEX(password_hash) FROM accounts WHERE login_name = ${quoted(SCHOOL2)}`) !== hashBefore, 'the password was not reset');
  await button('提交注销申请');
  assert((await page.locator('.field-error, [role=alert]').count()) > 0, 'an empty cancellation was not refused on the page');
  await page.getByLabel('学校合并').check();
  await page.getByLabel('注销说明（必填，不超过 200 字）').fill('已并入本县区中心校，原校区不再单独办学');
  await confirmed('提交注销申请');
  const text = await bodyText(page);
  assert(text.includes('注销申请已提交，等待管理中心审核。') && text.includes('已并入本县区中心校'), `the application is not shown: ${text.slice(0, 600)}`);
  await shot(page, 'dept-school-settings-cancel');
});

test('数据提交: the statistics form is submitted and stored as the newest version', async () => {
  await menu('数据提交');
  const before = Number(sql("SELECT COALESCE(MAX(version), 0) FROM statistics_forms f JOIN academic_years y ON y.id = f.year_id WHERE y.is_current = 1 AND f.region_code = '410105'"));
  const rows = { 幼儿园: [12, 3000, 2900, 300, 280], 小学: [20, 15000, 14800, 900, 880], 初中: [6, 7000, 6900, 500, 480], 高中: [2, 3000, 2950, 250, 240] };
  const labels = ['学校总数（所）', '在校学生总人数', '学生投保总人数', '在校职工总人数', '职工投保总人数'];
  for (const [name, values] of Object.entries(rows))
    for (let i = 0; i < labels.length; i++) await page.getByLabel(name + labels[i], { exact: true }).fill(String(values[i]));
  await page.getByLabel('填表单位').fill(UNIT);
  await button('提交数据');
  const text = await bodyText(page);
  assert(text.includes('已提交') && text.includes(`第 ${before + 1} 版`), `not submitted as version ${before + 1}:\n${text.slice(0, 900)}`);
  const stored = sql(`SELECT CONCAT(f.unit_name, '|', JSON_VALUE(f.data, '$."小学".students_insured')) FROM statistics_forms f JOIN academic_years y ON y.id = f.year_id WHERE y.is_current = 1 AND f.region_code = '410105' ORDER BY f.version DESC LIMIT 1`);
  assert(stored === `${UNIT}|14800`, `stored: ${stored}`);
  await shot(page, 'dept-statistics-form');
});

test('on a phone the school list stays usable, it prints as the table alone, without errors or CSP violations', async () => {
  await page.setViewportSize(PHONE);
  await menu('学校数据');
  await page.screenshot({ path: join(OUT_DIR, 'dept-schools-phone.png'), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert(!wide, 'the page scrolls sideways on a 390 px screen');
  await page.setViewportSize(DESKTOP);
  // Printing 学校数据 gives the table alone, whole: no navigation, filter bar or scroll box.
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => ({
    nav: getComputedStyle(document.querySelector('.side-nav')).display,
    filter: getComputedStyle(document.querySelector('.filter-bar')).display,
    wrap: getComputedStyle(document.querySelector('.table-wrap')).overflowY,
  }));
  await page.pdf({ path: join(OUT_DIR, 'dept-schools-print.pdf') }).catch(() => {});
  await page.emulateMedia({ media: 'screen' });
  assert(print.nav === 'none' && print.filter === 'none' && print.wrap === 'visible', `print layout: ${JSON.stringify(print)}`);
  const csp = await cspViolations(page);
  assert(csp.length === 0, `CSP violations:\n${summary(csp)}`);
  assert(problems.length === 0, `browser problems:\n${summary(problems)}`);
});

await run((shared) => {
  page = shared.page;
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.accept(); });
});
