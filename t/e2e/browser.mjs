// browser.mjs — end-to-end test of the login flow in headless Chromium, TAP output.
//
// Contract: BASE_URL (default http://127.0.0.1:8080) points at the running stack (nginx + the
// FastCGI workers + demo data from sql/demo.sql). Uses playwright-core with Debian's
// /usr/bin/chromium (CHROMIUM overrides the path) and a fresh temporary profile. Prints TAP
// ("1..N", "ok n - ...", "not ok n - ..."), writes screenshots to t/e2e/out/, and exits 0 only
// if every test passed. Run: cd t/e2e && npm ci && node browser.mjs
//
// The successful school login runs before the wrong-password test, so repeated runs never
// accumulate failed logins on the demo account (5 failures lock it for 15 minutes).

import { join } from 'node:path';
import { BASE_URL, DESKTOP, OUT_DIR, PHONE, TIMEOUT_MS, assert, bodyText, cspViolations, problems, run, summary, test, shot, testNoPageProblems } from './lib.mjs';

const LOGIN_URL = `${BASE_URL}/school/`;
const SCHOOL_LOGIN = '郑州市金水区文化路第一小学';
const SCHOOL_PASSWORD = 'School@2026';

function problemsSince(mark) {
  return problems.slice(mark);
}

async function loginForm(page) {
  await page.goto(LOGIN_URL, { waitUntil: 'load' });
}

async function loginAs(page, tab, login, password) {
  await page.getByText(tab, { exact: true }).click();
  await page.getByLabel('登录账号').fill(login);
  await page.getByLabel('登录密码').fill(password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: '登录系统' }).click(),
  ]);
}

let page;

// Presses Tab until the focused element's label (or text) starts with one of names (30 presses
// at most); returns {name: focus ring visible} for each reached, a ring being an outline or a
// box-shadow of :focus-visible on the element (or on the label drawn for a hidden radio).
async function tabThrough(names) {
  const reached = {};
  for (let i = 0; i < 30 && Object.keys(reached).length < names.length; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const label = ((el.labels && el.labels[0]) ? el.labels[0].innerText : (el.innerText || el.value || '')).trim();
      const ring = (node) => {
        const cs = node && getComputedStyle(node);
        return !!cs && ((cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none');
      };
      return { label, ring: ring(el) || (el.type === 'radio' && el.labels && ring(el.labels[0])) };
    });
    const name = focus && names.find((n) => focus.label.startsWith(n));
    if (name && !(name in reached)) reached[name] = focus.ring;
  }
  return reached;
}

test('GET /school/ shows 账户登录, the tabs 学校/教育部门/承保机构 and 登录系统, without console errors or CSP violations', async () => {
  const mark = problems.length;
  const response = await page.goto(LOGIN_URL, { waitUntil: 'load' });
  assert(response && response.status() === 200, `status ${response && response.status()}`);
  await page.getByRole('heading', { name: '账户登录' }).waitFor({ state: 'visible' });
  for (const tab of ['学校', '教育部门', '承保机构']) {
    assert(await page.getByText(tab, { exact: true }).isVisible(), `tab ${tab} not visible`);
    assert((await page.getByRole('radio', { name: tab, exact: true }).count()) === 1, `no radio for ${tab}`);
  }
  assert(await page.getByRole('button', { name: '登录系统' }).isVisible(), 'button 登录系统 not visible');
  assert(await page.getByRole('radio', { name: '学校', exact: true }).isChecked(), '学校 is not the default tab');
  const csp = await cspViolations(page);
  const found = problemsSince(mark).concat(csp);
  assert(found.length === 0, summary(found));
});

test('the login page is sent with a Content-Security-Policy header', async () => {
  const response = await page.request.get(LOGIN_URL);
  const csp = response.headers()['content-security-policy'] || '';
  assert(/default-src 'self'/.test(csp) || /script-src 'self'/.test(csp), `Content-Security-Policy: "${csp}"`);
});

test('tab 教育部门 swaps the login placeholder (login.js)', async () => {
  await page.getByText('教育部门', { exact: true }).click();
  const login = page.getByLabel('登录账号');
  const placeholder = await login.getAttribute('placeholder');
  assert(placeholder === '请输入区域名称，如：郑州市、金水区', `placeholder "${placeholder}"`);
  await page.getByText('学校', { exact: true }).click();
  const back = await login.getAttribute('placeholder');
  assert(back === '请输入学校全称或联系人手机号', `placeholder "${back}"`);
});

test('the keyboard reaches 登录账号, 登录密码, 登录系统 and 学校注册, each with a visible focus ring', async () => {
  await loginForm(page);
  const names = ['登录账号', '登录密码', '登录系统', '学校注册'];
  const reached = await tabThrough(names);
  for (const name of names) {
    assert(name in reached, `Tab never reaches ${name} (reached: ${JSON.stringify(reached)})`);
    assert(reached[name], `${name} has no visible focus ring`);
  }
});

test('screenshot of the login page at 1366x768 (out/login-desktop.png)', async () => {
  await page.setViewportSize(DESKTOP);
  await loginForm(page);
  await page.screenshot({ path: join(OUT_DIR, 'login-desktop.png'), fullPage: true });
});

test('screenshot of the login page at 390x844 (out/login-phone.png)', async () => {
  await page.setViewportSize(PHONE);
  await loginForm(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: join(OUT_DIR, 'login-phone.png'), fullPage: true });
  assert(overflow <= 0, `page is ${overflow}px wider than the phone screen`);
  await page.setViewportSize(DESKTOP);
});

test('a school logs in by the visible labels and lands on 系统首页 with 2026-2027 and 操作导航', async () => {
  await loginForm(page);
  await loginAs(page, '学校', SCHOOL_LOGIN, SCHOOL_PASSWORD);
  const text = await bodyText(page);
  for (const want of ['系统首页', '2026-2027', '操作导航']) {
    assert(text.includes(want), `"${want}" not on ${page.url()}`);
  }
  assert(await page.getByRole('navigation', { name: '操作导航' }).isVisible(), 'no <nav aria-label="操作导航">');
  await shot(page, 'school-home');
  const reached = await tabThrough(['投保数据']);
  assert(reached['投保数据'] === true, `the 操作导航 link 投保数据 is not reached by Tab with a focus ring: ${JSON.stringify(reached)}`);
});

test('退出系统 returns to the login page and ends the session', async () => {
  const home = page.url();
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: '退出系统' }).click(),
  ]);
  await page.getByRole('heading', { name: '账户登录' }).waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  assert(await page.getByRole('button', { name: '登录系统' }).isVisible(), 'no login form after 退出系统');
  // the old session must be gone on the server: the home page asks for a login again
  await page.goto(home, { waitUntil: 'load' });
  assert(!(await bodyText(page)).includes('操作导航'), `${home} still shows the signed-in page after logout`);
});

test('a wrong password shows the error in [role=alert] and keeps the typed login', async () => {
  await loginForm(page);
  await loginAs(page, '学校', SCHOOL_LOGIN, 'Wrong-Password-1');
  const alert = page.locator('[role=alert]');
  await alert.first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  const message = (await alert.first().innerText()).trim();
  assert(message.length > 0, 'the [role=alert] element is empty');
  const kept = await page.getByLabel('登录账号').inputValue();
  assert(kept === SCHOOL_LOGIN, `login field holds "${kept}"`);
  assert(await page.getByRole('radio', { name: '学校', exact: true }).isChecked(), 'tab 学校 not kept');
  assert(!(await bodyText(page)).includes('操作导航'), 'signed in with a wrong password');
});

testNoPageProblems(() => page);

run((shared) => {
  page = shared.page;
});
