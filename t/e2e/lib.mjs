// t/e2e/lib.mjs - the small harness shared by the browser tests: a TAP runner, assert, the
// launch of Debian's Chromium through playwright-core with the flags this machine needs, a
// recorder of console errors, page errors and CSP violations, reading the SMS outbox, and the steps
// every walkthrough takes (sign in, click a button or a link and wait for the page, quote SQL).
// BASE_URL (default http://127.0.0.1:8080) names the running stack; HNEDU_SOCKET and
// HNEDU_DB (default hnedu) let a test read the database the stack serves (sms_messages);
// HNEDU_ROOT and HNEDU_CONF let it compute a mobile's lookup value (mobiles are encrypted at rest).
// E2E_PHONE_SHOTS=1 (make check-e2e-full) makes shot() add the 390×844 screenshot of each page.
// Every page the shared page loads is checked with axe-core (node_modules/axe-core) once per
// path, state and viewport; run() adds a last test that fails on serious or critical violations.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');
export const TIMEOUT_MS = 15000;
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

const tests = [];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Registers a test; they run in order, sharing one page.
export function test(name, fn) {
  tests.push({ name, fn });
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Console errors, uncaught page errors and failed requests of every page of the run.
export const problems = [];

function watch(page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => {
    const failure = req.failure();
    if (failure && failure.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${failure.errorText})`);
  });
}

// axe-core on every loaded document of the shared page: an init script (axe-core and a load
// handler, run outside the page's CSP like every init script) asks the test through a binding
// whether this path + state (an error alert shown or not) + viewport (desk/phone) is new, runs
// axe.run and reports the violations back. The page's next document request waits for that
// report (a route holding navigations; 10 s at most), so a quick click leaves no page
// unchecked. The check runs in the page, never through page.evaluate, which would wait for
// the held navigation. Serious and critical violations fail the run's last test.
export const a11y = { checked: new Set(), violations: [], pending: Promise.resolve() };

const AXE_INIT = `${AXE_SOURCE}
;(function () {
  if (window.top !== window) return;
  window.addEventListener('load', function () {
    if (!window.__e2eAxeWanted || !window.axe) return;
    var state = (document.querySelector('[role=alert], .error, .form-error, .field-error, [aria-invalid=true]') ? 'alert' : '') + '/' + (window.innerWidth < 700 ? 'phone' : 'desk');
    var key = location.pathname + '|' + state;
    window.__e2eAxeWanted(key).then(function (wanted) {
      if (!wanted) return null;
      return window.axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
        return window.__e2eAxeReport(key, result.violations.map(function (v) {
          return { id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map(function (n) {
            return n.target.join(' ') + (n.any[0] ? ' (' + n.any[0].message + ')' : '');
          }) };
        }), '');
      });
    }).catch(function (err) { if (window.__e2eAxeReport) window.__e2eAxeReport(key, [], String(err)); });
  });
})();`;

async function watchAccessibility(page) {
  let finish = null;
  await page.exposeFunction('__e2eAxeWanted', (key) => {
    if (a11y.checked.has(key)) return false;
    a11y.checked.add(key);
    if (finish) finish();
    a11y.pending = new Promise((resolve) => {
      const timer = setTimeout(() => { problems.push(`axe-core: the check of ${key} did not finish in 10 s`); resolve(); }, 10000);
      finish = () => { clearTimeout(timer); finish = null; resolve(); };
    });
    return true;
  });
  await page.exposeFunction('__e2eAxeReport', (key, list, error) => {
    if (error) problems.push(`axe-core on ${key}: ${error}`);
    for (const v of list) a11y.violations.push({ page: key, ...v });
    if (finish) finish();
  });
  await page.addInitScript(AXE_INIT);
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() === 'document') await a11y.pending;
    await route.continue();
  });
}

// One line per serious/critical violation (rule, impact, page, elements), for the last test.
export function a11yReport(levels = ['serious', 'critical']) {
  return a11y.violations.filter((v) => levels.includes(v.impact))
    .map((v) => `${v.impact} ${v.id} on ${v.page}: ${v.help} — ${v.targets.join('; ')}`);
}

// Records securitypolicyviolation events inside each document; read with cspViolations(page).
const CSP_RECORDER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
  });
`;

export async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations || []);
}

// One line per distinct problem, shortened, for the TAP diagnostics.
export function summary(list) {
  return [...new Set(list.map((p) => (p.length > 240 ? `${p.slice(0, 240)}…` : p)))].join('\n');
}

// A SQL string literal of s, for the tests' own queries through sql().
export function sqlQuote(s) {
  return `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

// Clicks the button with exactly this accessible name and waits for the page it loads.
export async function clickButton(page, name) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name, exact: true }).click()]);
}

// Clicks the first link with exactly this accessible name and waits for the page it loads.
export async function followLink(page, name) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name, exact: true }).first().click()]);
}

// Signs in on the login page under tab (学校 / 教育部门 / 承保机构) with login and password and
// waits for the page that follows (the caller checks which).
export async function signIn(page, tab, login, password) {
  await page.goto(`${BASE_URL}/school/`, { waitUntil: 'load' });
  await page.getByText(tab, { exact: true }).click();
  await page.getByLabel('登录账号').fill(login);
  await page.getByLabel('登录密码').fill(password);
  await clickButton(page, '登录系统');
}

// Registers a walkthrough's closing test: no console error, page error or CSP violation on any
// page of the run (getPage() gives the run's page; problems matching ignore, a RegExp, are
// expected ones and left out).
export function testNoPageProblems(getPage, ignore = null) {
  test('no console errors, page errors or CSP violations on any page of the run', async () => {
    const found = problems.filter((p) => !(ignore && ignore.test(p))).concat(await cspViolations(getPage()));
    assert(found.length === 0, summary(found));
  });
}

// On the signed-in school's 投保数据, submits product's form (the section whose text names it)
// with count people, the insurer company and the roster file at path, and checks that it was
// stored (投保数据已提交).
export async function submitRoster(page, product, count, company, path) {
  await page.goto(`${BASE_URL}/school/s/enroll`, { waitUntil: 'load' });
  const form = page.locator('section.enroll-product').filter({ hasText: product });
  await form.getByLabel('参保人数', { exact: true }).fill(String(count));
  await form.getByLabel('投保公司', { exact: true }).selectOption({ label: company });
  await form.getByLabel('上传学生花名册', { exact: true }).setInputFiles(path);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.getByRole('button', { name: '提交上传' }).click()]);
  assert((await bodyText(page)).includes('投保数据已提交'), 'the roster was not stored');
}

// The admin signs in on /school/admin/login with login and password and the SMS second factor
// read from the outbox; waits for the console page.
export async function adminSignIn(page, login, password = 'Admin@2026') {
  await page.goto(`${BASE_URL}/school/admin/login`, { waitUntil: 'load' });
  await page.getByLabel('登录账号').fill(login);
  await page.getByLabel('登录密码').fill(password);
  await clickButton(page, '登录系统');
  const sms = sql(`SELECT m.body FROM sms_messages m JOIN accounts a ON a.mobile_hmac = m.mobile_hmac
    WHERE a.kind = 'admin' AND a.login_name = ${sqlQuote(login)} AND m.purpose LIKE 'code:login_mfa%' ORDER BY m.id DESC LIMIT 1`);
  const code = (sms.match(/验证码为(\d{6})/) || [])[1];
  assert(code, `no second-factor code in the outbox for ${login}: ${(await bodyText(page)).slice(0, 300)}`);
  await page.getByLabel('短信验证码').fill(code);
  await clickButton(page, '验证并登录');
}

// A SQL expression of the stored lookup value (mobile_hmac) of mobile, computed by
// `cgi-bin/manage pii-hmac` under the stack's key.
export function mobileHmacSql(mobile) {
  const hex = execFileSync(join(process.env.HNEDU_ROOT, 'cgi-bin', 'manage'), ['pii-hmac', 'mobile', mobile],
    { encoding: 'utf8', env: { ...process.env } }).trim();
  return `UNHEX('${hex}')`;
}

// The newest SMS body sent to mobile whose purpose starts with prefix ('' when none).
export function lastSmsTo(mobile, prefix) {
  return sql(`SELECT body FROM sms_messages WHERE mobile_hmac = ${mobileHmacSql(mobile)} AND purpose LIKE ${sqlQuote(`${prefix}%`)} ORDER BY id DESC LIMIT 1`);
}

// Saves out/NAME-desk.png (1366×768, full page) of the page as it is; with E2E_PHONE_SHOTS=1
// also out/NAME-phone.png at 390×844 and fails when the page then scrolls sideways (tables
// scroll inside their .table-wrap). The viewport is restored.
export async function shot(page, name) {
  await page.screenshot({ path: join(OUT_DIR, `${name}-desk.png`), fullPage: true });
  if (!process.env.E2E_PHONE_SHOTS) return;
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    await page.screenshot({ path: join(OUT_DIR, `${name}-phone.png`), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(wide <= 1, `${page.url()} is ${wide}px wider than a 390px phone screen`);
  } finally {
    await page.setViewportSize(before || DESKTOP);
  }
}

// Answers the image captcha of this browser's session for purpose with 1234 by writing its
// HMAC under the stack's secret key (HNEDU_SECRET_FILE), as t/test-lib.sh set_captcha does.
export async function answerCaptcha(context, purpose) {
  const cookie = (await context.cookies()).find((c) => c.name === 'hnedu' || c.name === '__Host-hnedu');
  assert(cookie, 'no session cookie in the browser');
  const secret = Buffer.from(readFileSync(process.env.HNEDU_SECRET_FILE, 'utf8').trim(), 'hex');
  const sid = createHash('sha256').update(Buffer.from(cookie.value, 'hex')).digest('hex');
  const mac = createHmac('sha256', secret).update(`captcha|${purpose}|1234`).digest('hex');
  sql(`REPLACE INTO captchas (sid_hash, purpose, code_hmac, expires_at) VALUES (UNHEX('${sid}'), ${sqlQuote(purpose)}, UNHEX('${mac}'), UTC_TIMESTAMP() + INTERVAL 5 MINUTE)`);
  return '1234';
}

// Waits (5 s at most) for the newest SMS to mobile whose purpose starts with prefix; its body.
export async function waitSms(page, mobile, prefix) {
  let body = '';
  for (let i = 0; i < 50 && !body; i++) {
    body = lastSmsTo(mobile, prefix);
    if (!body) await page.waitForTimeout(100);
  }
  return body;
}

export async function bodyText(page) {
  return page.locator('body').innerText();
}

// Runs a SQL query on the stack's database as root (unix socket); rows of tab-separated text.
export function sql(query) {
  const socket = process.env.HNEDU_SOCKET;
  if (!socket) throw new Error('HNEDU_SOCKET is not set');
  return execFileSync('mariadb', [`--socket=${socket}`, '-N', '-B', process.env.HNEDU_DB || 'hnedu', '-e', query],
    { encoding: 'utf8' }).trim();
}

// Launches Chromium, calls setup({page, context}) once, runs every registered test (each also
// gets {page, context}), prints TAP and sets the exit code.
export async function run(setup = () => {}) {
  mkdirSync(OUT_DIR, { recursive: true });
  test('axe-core: no serious or critical accessibility violation on any page of the run', async () => {
    await a11y.pending;
    console.log(`# axe-core checked ${a11y.checked.size} pages: ${[...a11y.checked].join(', ')}`);
    const moderate = a11yReport(['moderate', 'minor']);
    for (const line of [...new Set(moderate)].slice(0, 20)) console.log(`# axe (not failing): ${line.slice(0, 300)}`);
    const serious = [...new Set(a11yReport())];
    for (const line of serious) console.log(`# axe: ${line.slice(0, 600)}`);
    assert(a11y.checked.size > 0, 'no page was checked');
    assert(serious.length === 0, `${serious.length} serious or critical violations on ${a11y.checked.size} checked pages (listed above)`);
  });
  console.log(`1..${tests.length}`);
  let browser;
  const shared = {};
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    shared.context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    shared.context.setDefaultTimeout(TIMEOUT_MS);
    shared.context.setDefaultNavigationTimeout(TIMEOUT_MS);
    await shared.context.addInitScript(CSP_RECORDER);
    shared.page = await shared.context.newPage();
    watch(shared.page);
    await watchAccessibility(shared.page);
    await setup(shared);
  } catch (err) {
    console.log(`# cannot start the browser: ${err.message.split('\n')[0]}`);
    tests.forEach((t, i) => console.log(`not ok ${i + 1} - ${t.name}`));
    process.exitCode = 1;
    return;
  }
  let failed = 0;
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i];
    try {
      await t.fn(shared);
      console.log(`ok ${i + 1} - ${t.name}`);
    } catch (err) {
      failed++;
      console.log(`not ok ${i + 1} - ${t.name}`);
      for (const line of String(err && err.message ? err.message : err).split('\n').slice(0, 6)) console.log(`#   ${line}`);
    }
  }
  await browser.close();
  if (failed) console.log(`# ${failed} of ${tests.length} failed`);
  process.exitCode = failed ? 1 : 0;
}
