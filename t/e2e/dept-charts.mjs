// t/e2e/dept-charts.mjs - 数据统计 of a city department in Chromium: ECharts (served from
// /school/static/js/vendor) draws a canvas in every chart box under the site's CSP, with no
// console or page errors; with JavaScript off the chart boxes are hidden and the tables carry
// the figures. Needs BASE_URL (the demo database: 郑州市 / City@2026).
import { BASE_URL, assert, bodyText, cspViolations, problems, run, summary, test, followLink, signIn, shot } from './lib.mjs';

let page;

test('a city department opens 数据统计 from the menu', async () => {
  await signIn(page, '教育部门', '郑州市', 'City@2026');
  await followLink(page, '数据统计');
  assert((await bodyText(page)).includes('按学校类别'), `not the statistics page: ${page.url()}`);
});

test('every chart box holds a drawn ECharts canvas, without errors or CSP violations', async () => {
  const boxes = page.locator('.chart');
  const n = await boxes.count();
  assert(n === 4, `expected 4 chart boxes, got ${n}`);
  await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length >= 4);
  for (let i = 0; i < n; i++) {
    const box = await boxes.nth(i).boundingBox();
    assert(box && box.height > 200, `chart ${i} is not visible`);
  }
  await shot(page, 'dept-statistics');
  const csp = await cspViolations(page);
  assert(csp.length === 0, `CSP violations:\n${summary(csp)}`);
  assert(problems.length === 0, `browser problems:\n${summary(problems)}`);
});

test('without JavaScript the tables carry the figures and the empty chart boxes are hidden', async ({ context }) => {
  const cookies = await context.cookies();
  const noJs = await context.browser().newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  await noJs.addCookies(cookies);
  const p = await noJs.newPage();
  await p.goto(`${BASE_URL}/school/dept/statistics`, { waitUntil: 'load' });
  assert((await p.locator('#by-product tbody tr').count()) === 3, 'the product table is missing');
  assert((await p.locator('.chart').first().isVisible()) === false, 'an empty chart box is shown');
  await noJs.close();
});

await run((shared) => {
  page = shared.page;
});
