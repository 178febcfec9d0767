// t/e2e/school-products.mjs - the manual's 学校操作 (二) 保险数据上传与查看 for a vocational school
// (中职), by visible labels and button texts: 投保数据 offers the three products, each roster is
// submitted with its 投保公司; 多家保险公司: the school applies for a second insurer of the
// student product, the admin approves it in 多家保险公司审核 (confirming), and the school submits
// the 第2条 in 上传管理; 承保数据 says what comes next while no policy exists. Screenshots (shot()).
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, E2E_SCHOOL (a 中职 school, password School@2026,
// enrollment open), E2E_ADMIN (an admin with password Admin@2026 and a mobile of its own) and
// E2E_FILES (student.xlsx, staff.xlsx, intern.xlsx, second.xlsx) from t9180-school-products.sh.
import { join } from 'node:path';
import { assert, bodyText, run, sql, test, sqlQuote, clickButton, followLink, signIn, adminSignIn, shot, testNoPageProblems } from './lib.mjs';

const SCHOOL = process.env.E2E_SCHOOL;
const ADMIN = process.env.E2E_ADMIN;
const FILES = process.env.E2E_FILES;
const PRODUCTS = [
  { name: '校方责任险（无过失责任保险）', kind: '学生', file: 'student.xlsx', count: '3', company: '平安财险' },
  { name: '教职工校方责任保险', kind: '教职工', file: 'staff.xlsx', count: '2', company: '人保财险' },
  { name: '职业院校学生实习责任保险', kind: '实习生', file: 'intern.xlsx', count: '2', company: '太平洋财险' },
];
let page;
const dialogs = [];

const click = (name) => clickButton(page, name);
const follow = (name) => followLink(page, name);
async function menu(name) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('navigation', { name: '操作导航' }).getByRole('link', { name, exact: true }).click()]);
}
const section = (name) => page.locator('section.enroll-product').filter({ has: page.getByRole('heading', { name: `${name}：` }) });
function enrollments() {
  return sql(`SELECT GROUP_CONCAT(CONCAT(e.product_id, ':', e.seq, ':', e.status, ':', e.stored_count) ORDER BY e.product_id, e.seq)
    FROM enrollments e JOIN schools s ON s.id = e.school_id WHERE s.name = ${sqlQuote(SCHOOL)}`);
}

test('投保数据 of a vocational school offers the three products of the manual', async () => {
  assert(SCHOOL && ADMIN && FILES, 'environment not set (run t9180-school-products.sh)');
  await signIn(page, '学校', SCHOOL, 'School@2026');
  await menu('投保数据');
  await page.getByRole('heading', { name: '上传投保数据' }).waitFor();
  for (const p of PRODUCTS) {
    assert(await section(p.name).isVisible(), `no section for ${p.name}`);
    assert(await section(p.name).getByRole('link', { name: `${p.kind}花名册模板下载` }).isVisible(), `no template link for ${p.kind}`);
  }
  const deadline = await page.getByText('投保数据提交截止').innerText();
  assert(/\d{4}年\d{1,2}月\d{1,2}日（还剩 30 天）/.test(deadline), `the open deadline is not shown: ${deadline}`);
  await shot(page, 'school-enroll-three');
});

for (const p of PRODUCTS) {
  test(`${p.name}: 参保人数, 投保公司 and the ${p.kind}花名册 are submitted`, async () => {
    const form = section(p.name);
    // upload-progress.js shows its bar as the form is sent: noted in sessionStorage, read after.
    await page.evaluate(() => new MutationObserver(() => {
      const box = document.querySelector('.upload-progress progress');
      if (box) sessionStorage.setItem('e2e-upload', box.parentNode.textContent);
    }).observe(document.body, { childList: true, subtree: true }));
    await form.getByLabel('参保人数', { exact: true }).fill(p.count);
    await form.getByLabel('投保公司', { exact: true }).selectOption({ label: p.company });
    await form.getByLabel(`上传${p.kind}花名册`, { exact: true }).setInputFiles(join(FILES, p.file));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.getByRole('button', { name: '提交上传' }).click()]);
    const text = await bodyText(page);
    assert(text.includes('投保数据已提交'), `${p.name} was not stored: ${(await page.locator('main').innerText()).slice(0, 500)}`);
    const progress = await page.evaluate(() => sessionStorage.getItem('e2e-upload') || '');
    assert(progress.includes('正在上传文件'), `no upload progress was shown while sending: "${progress}"`);
    await page.evaluate(() => sessionStorage.removeItem('e2e-upload'));
    const shown = await section(p.name).innerText();
    assert(shown.includes(p.company) && shown.includes(p.count), `the submitted values are not shown: ${shown}`);
  });
}

test('the three enrollments are stored', async () => {
  assert(enrollments() === '1:1:submitted:3,2:1:submitted:2,3:1:submitted:2', `enrollments: ${enrollments()}`);
  await shot(page, 'school-enroll-submitted');
});

test('多家保险公司: the school applies for a second insurer of the student product', async () => {
  await follow('学校投保多家保险公司，可在此申请增加第二家保险公司投保数据');
  await page.getByRole('heading', { name: '申请增加保险公司投保数据' }).waitFor();
  await page.getByLabel('投保险种').selectOption({ label: PRODUCTS[0].name });
  await page.getByLabel('申请事由').fill('高一年级由人保财险承保，其余年级由平安财险承保');
  await click('提交申请');
  const text = await bodyText(page);
  assert(text.includes('高一年级由人保财险承保'), `the application is not listed: ${text.slice(0, 500)}`);
  await shot(page, 'school-enroll-extra');
  await click('退出系统');
});

test('the admin approves it in 多家保险公司审核 after confirming', async () => {
  await adminSignIn(page, ADMIN);
  await follow('多家保险公司审核');
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '审核' }).click()]);
  const before = dialogs.length;
  await click('通过申请');
  assert(dialogs.length === before + 1, '通过申请 did not ask for a confirmation');
  const status = sql(`SELECT a.status FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = ${sqlQuote(SCHOOL)} ORDER BY a.id DESC LIMIT 1`);
  assert(status === 'approved', `application is ${status}`);
  await click('退出系统');
});

test('上传管理: the school submits the 第2条 with 人保财险', async () => {
  await signIn(page, '学校', SCHOOL, 'School@2026');
  await menu('投保数据');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), section(PRODUCTS[0].name).getByRole('link', { name: '上传管理' }).click()]);
  const entry = page.locator('section.enroll-entry').filter({ has: page.getByRole('heading', { name: /第2条/ }) });
  await entry.getByLabel('参保人数', { exact: true }).fill('2');
  await entry.getByLabel('投保公司', { exact: true }).selectOption({ label: '人保财险' });
  await entry.getByLabel('上传学生花名册', { exact: true }).setInputFiles(join(FILES, 'second.xlsx'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), entry.getByRole('button', { name: '提交上传' }).click()]);
  assert(enrollments().startsWith('1:1:submitted:3,1:2:submitted:2,'), `enrollments: ${enrollments()}`);
  await shot(page, 'school-enroll-manage');
});

test('承保数据 without a policy says what happens next', async () => {
  await menu('承保数据');
  const text = await bodyText(page);
  assert(/等待|尚未|暂无/.test(text), `no empty-state text on 承保数据: ${text.slice(0, 400)}`);
  await shot(page, 'school-policies-empty');
  await click('退出系统');
});

testNoPageProblems(() => page);

run((shared) => {
  ({ page } = shared);
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.accept(); });
});
