// t/e2e/insurer.mjs - a policy from the insurer to the school, by visible labels and button
// texts: the school submits its roster choosing 平安财险; the provincial branch finds it in
// 投保数据, downloads the roster, exports 金水区's rosters (下载区域花名册, a background job whose
// page updates itself) and uploads the policy PDF; the school sees the policy in
// 承保数据 and downloads the PDF.
// Needs BASE_URL, HNEDU_SOCKET, HNEDU_DB, E2E_SCHOOL (a school account with password
// School@2026, enrollment open), E2E_FILES (roster.xlsx, policy.pdf), E2E_POLICY_NO.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, assert, bodyText, run, sql, test, clickButton, signIn, shot, submitRoster, testNoPageProblems } from './lib.mjs';

const SCHOOL = process.env.E2E_SCHOOL;
const FILES = process.env.E2E_FILES;
const POLICY_NO = process.env.E2E_POLICY_NO;
const PRODUCT = '校方责任险（无过失责任保险）';
let page;

const click = (name) => clickButton(page, name);

async function login(tab, name, password) {
  await signIn(page, tab, name, password);
  assert((await bodyText(page)).includes('系统首页'), `login of ${name} failed: ${page.url()}`);
}

test('the school submits its roster choosing 平安财险', async () => {
  await login('学校', SCHOOL, 'School@2026');
  await submitRoster(page, PRODUCT, 3, '平安财险', join(FILES, 'roster.xlsx'));
  await click('退出系统');
});

test('the provincial branch finds the school in 投保数据 and downloads its roster', async () => {
  await login('承保机构', 'pingan_henan', 'Insurer@2026');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name: '投保数据', exact: true }).first().click()]);
  await page.getByLabel('学校名称', { exact: true }).fill(SCHOOL);
  await click('查询');
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  assert((await row.count()) === 1, `the school is not listed once: ${await row.count()}`);
  await shot(page, 'insurer-enrollments');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: '下载花名册' }).click()]);
  const path = join(FILES, 'downloaded.xlsx');
  await download.saveAs(path);
  assert(readFileSync(path).subarray(0, 2).toString() === 'PK', 'the roster download is not an .xlsx file');
  assert(download.suggestedFilename().includes(SCHOOL), `file name without the school: ${download.suggestedFilename()}`);
});

test('下载区域花名册: the job page follows the background job and offers the file', async () => {
  const form = page.locator('section.roster-export');
  await form.getByLabel('险种', { exact: true }).selectOption({ label: PRODUCT });
  await form.getByLabel('县区', { exact: true }).selectOption({ label: '金水区' });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.getByRole('button', { name: '下载区域花名册' }).click()]);
  assert(page.url().includes('/school/insurer/jobs/view?id='), `not on the job page: ${page.url()}`);
  assert((await page.locator('progress').count()) === 1, 'no progress bar');
  // the stack's jobs worker runs the job; job-progress.js shows the link without a reload
  const link = page.getByRole('link', { name: '下载', exact: true });
  await link.waitFor({ state: 'visible', timeout: 30000 });
  const text = await bodyText(page);
  assert(text.includes('已完成') && text.includes('100%'), `the page did not follow the job: ${text.slice(0, 400)}`);
  await shot(page, 'insurer-region-export');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = join(FILES, 'region.xlsx');
  await download.saveAs(path);
  assert(readFileSync(path).subarray(0, 2).toString() === 'PK', 'the region export is not an .xlsx file');
  assert(download.suggestedFilename().includes('金水区'), `file name without the region: ${download.suggestedFilename()}`);
  await page.goto(`${BASE_URL}/school/insurer/enrollments`, { waitUntil: 'load' });
  await page.getByLabel('学校名称', { exact: true }).fill(SCHOOL);
  await click('查询');
});

test('the insurer uploads the policy PDF for the enrollment', async () => {
  const row = page.getByRole('row').filter({ hasText: SCHOOL });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), row.getByRole('link', { name: '上传保单' }).click()]);
  await page.getByLabel('保单号', { exact: true }).fill(POLICY_NO);
  await page.getByLabel('承保人数', { exact: true }).fill('3');
  await page.getByLabel('保费', { exact: true }).fill('1234.50');
  await page.getByLabel('保单文件（PDF，不超过 10 MB）').setInputFiles(join(FILES, 'policy.pdf'));
  await click('上传');
  const text = await bodyText(page);
  assert(text.includes('保单已上传') && text.includes(POLICY_NO), `no confirmation: ${text.slice(0, 400)}`);
  const status = sql(`SELECT e.status FROM enrollments e JOIN schools s ON s.id = e.school_id WHERE s.name = '${SCHOOL}' AND e.product_id = 1`);
  assert(status === 'insured', `enrollment status is ${status}`);
  await shot(page, 'insurer-policy');
  await click('退出系统');
});

test('the school sees the policy in 承保数据 and downloads the PDF', async () => {
  await login('学校', SCHOOL, 'School@2026');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name: '承保数据', exact: true }).first().click()]);
  const row = page.getByRole('row').filter({ hasText: POLICY_NO });
  const text = await row.innerText();
  assert(text.includes('平安财险') && text.includes('1,234.50'), `the policy row is incomplete: ${text}`);
  await shot(page, 'school-policies');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: '下载' }).click()]);
  const path = join(FILES, 'policy-downloaded.pdf');
  await download.saveAs(path);
  assert(readFileSync(path).subarray(0, 5).toString() === '%PDF-', 'the policy download is not the PDF');
});

testNoPageProblems(() => page);

run((shared) => {
  ({ page } = shared);
});
