// The browser side of bench/load: SESSIONS headless Chromium contexts log in, then all walk the main pages for
// DURATION_MS, timing each step from the click to the page's main content being visible. Prints one JSON summary line.
// Configured by bench/load through the environment: BASE_URL, ADMIN, PASSWORD, SESSIONS, DURATION_MS, THINK_MS,
// LOGIN_GAP_MS, CHROMIUM.
import { chromium } from 'playwright-core';

const env = process.env;
const baseUrl = env.BASE_URL;
const sessions = Number(env.SESSIONS ?? 20);
const durationMs = Number(env.DURATION_MS ?? 180_000);
const thinkMs = Number(env.THINK_MS ?? 1000);
const stepTimeoutMs = 60_000;
const loginGapMs = Number(env.LOGIN_GAP_MS ?? 1000);

const stats = { steps: 0, requests: 0, errors: 0, serverErrors: 0, consoleErrors: 0, logins: 0, times: {}, samples: [],
  serverTimes: [] };
const errorSamples = new Map();

function recordError(kind, error) {
  stats.errors++;
  const text = `${kind}: ${String(error?.message ?? error).split('\n')[0].slice(0, 160)}`;
  errorSamples.set(text, (errorSamples.get(text) ?? 0) + 1);
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const nav = path => `vaadin-side-nav-item[path$='${path}']`;

// Each step: an action, then what must be visible for the page to count as shown.
const steps = [
  ['dashboard', async page => { await page.locator('vaadin-side-nav-item').first().click(); await page.locator('#card-overdue').waitFor(); }],
  ['clients', async page => {
    await page.locator(nav('clients')).click();
    await page.locator('#clients-grid vaadin-grid-cell-content', { hasText: 'Cliente' }).first().waitFor();
  }],
  ['clients_search', async page => {
    const count = page.locator('#clients-count');
    const before = await count.textContent();
    await page.locator('#clients-search input').fill(`conceicao ${Math.floor(Math.random() * 90) + 10}`);
    await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent !== text,
      ['#clients-count', before], { timeout: stepTimeoutMs });
  }],
  ['messages', async page => {
    await page.locator(nav('messages')).click();
    await page.locator('#messages-grid').waitFor();
  }],
  ['templates', async page => {
    await page.locator(nav('templates')).click();
    await page.locator('#templates-list').waitFor();
  }],
];

async function login(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  page.on('request', () => stats.requests++);
  // the server's share of a step: time to first byte of each Vaadin round trip, apart from the browser's rendering
  page.on('requestfinished', request => {
    if (request.url().includes('v-r=uidl')) {
      const timing = request.timing();
      if (timing.responseStart > 0) stats.serverTimes.push(timing.responseStart - timing.requestStart);
    }
  });
  page.on('response', response => { if (response.status() >= 500) { stats.serverErrors++; recordError('http', `${response.status()} ${response.url()}`); } });
  page.on('console', message => { if (message.type() === 'error') { stats.consoleErrors++; } });
  page.on('pageerror', error => recordError('page', error));
  await page.goto(`${baseUrl}/login`);
  await page.locator("vaadin-login-form input[name='username']").fill(env.ADMIN ?? 'admin');
  await page.locator("vaadin-login-form input[name='password']").fill(env.PASSWORD);
  await page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
  await page.locator('vaadin-side-nav').waitFor();
  stats.logins++;
  return page;
}

async function openSession(browser, index) {
  await sleep(index * loginGapMs); // people do not all log in in the same second
  const context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 1280, height: 900 } });
  try {
    return await login(context);
  } catch (error) {
    recordError('login', error);
    await context.close();
    return null;
  }
}

async function walk(page, deadline) {
  let step = 0;
  while (Date.now() < deadline) {
    const [name, run] = steps[step++ % steps.length];
    const start = performance.now();
    try {
      await run(page);
      const elapsed = performance.now() - start;
      stats.steps++;
      stats.samples.push(elapsed);
      (stats.times[name] ??= []).push(elapsed);
    } catch (error) {
      recordError(name, error);
      await page.goto(baseUrl).catch(() => {});
    }
    await sleep(thinkMs / 2 + Math.random() * thinkMs);
  }
  await page.context().close();
}

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const browser = await chromium.launch({
  executablePath: env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
// all sessions log in first, then the timed walk starts for all of them together
const pages = (await Promise.all(Array.from({ length: sessions }, (_, i) => openSession(browser, i)))).filter(Boolean);
const deadline = Date.now() + durationMs;
await Promise.all(pages.map(page => walk(page, deadline)));
await browser.close();

const perPage = Object.fromEntries(Object.entries(stats.times)
  .map(([name, values]) => [name, { count: values.length, p95: Math.round(percentile(values, 95)) }]));
console.log(JSON.stringify({
  sessions, logins: stats.logins, steps: stats.steps, requests: stats.requests, errors: stats.errors,
  serverErrors: stats.serverErrors, consoleErrors: stats.consoleErrors,
  p50: Math.round(percentile(stats.samples, 50)), p95: Math.round(percentile(stats.samples, 95)),
  serverRoundTrips: stats.serverTimes.length, serverP50: Math.round(percentile(stats.serverTimes, 50)),
  serverP95: Math.round(percentile(stats.serverTimes, 95)),
  perPage, errorSamples: Object.fromEntries(errorSamples),
}));
