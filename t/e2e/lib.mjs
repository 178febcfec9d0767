// t/e2e/lib.mjs - the small harness shared by the browser tests: a TAP runner, assert, the
// launch of Debian's Chromium through playwright-core with the flags this machine needs, a
// recorder of console errors, page errors and CSP violations, reading the SMS outbox, and the steps
// every walkthrough takes (sign in, click a button or a link and wait for the page, quote SQL).
// BASE_URL (default http://127.0.0.1:8080) names the running stack; HNEDU_SOCKET and
// HNEDU_DB (default hnedu) let a test read the database the stack serves (sms_messages);
// HNEDU_ROOT and HNEDU_CONF let it compute a mobile's lookup value (mobiles are encrypted at rest).

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');
export const TIMEOUT_MS = 15000;
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

const tests = [];
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
