#!/usr/bin/env node
// Usage: node reflow.mjs [--screenshot DIR] BASE_URL ADMIN_EMAIL ADMIN_PASSWORD
// WCAG 1.4.10 Reflow: at 320 and 390 CSS pixels wide (phones) and 640 (1280 px at 200% zoom), no page of townhall scrolls
// sideways (document scrollWidth <= clientWidth), in all seven languages — public pages,
// a form in its error state, and staff pages signed in as the administrator. Wide content
// (tables) scrolls inside its own region, which must be reachable and named: role="region",
// tabindex="0" and an aria-label (or aria-labelledby). Names the element that sticks out
// furthest. Exits 1 on any problem.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, parseArgs } from './browser.mjs';

let args, opts;
try { ({ urls: args, opts } = parseArgs(process.argv.slice(2), ['--screenshot'])); }
catch (e) { console.error(e.message); args = []; }
const [BASE, EMAIL, PASSWORD] = args;
if (!PASSWORD) { console.error('usage: node reflow.mjs [--screenshot DIR] BASE_URL ADMIN_EMAIL ADMIN_PASSWORD'); process.exit(2); }
const CITY = 'port-amani';
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'sw'];
// Phones, and a 1280 px laptop at 200% zoom (640 CSS px wide).
const WIDTHS = [320, 390, 640];
const PUBLIC = ['/', `/${CITY}/`, `/${CITY}/commitments`, `/${CITY}/commitments/C-1`, `/${CITY}/projects`,
  `/${CITY}/projects/1`, `/${CITY}/consultations`, `/${CITY}/consultations/1`, `/search?q=water&city=${CITY}`,
  `/${CITY}/report`, `/${CITY}/challenges`, `/${CITY}/organisations`, `/${CITY}/about`, '/login', '/register',
  `/${CITY}/indicators`, `/${CITY}/indicators/AIR-PM25`, `/${CITY}/consultations/1/results`, `/${CITY}/consultations/2`];
const STAFF = [`/${CITY}/admin/`, `/${CITY}/admin/audit`, `/${CITY}/admin/settings`, `/${CITY}/admin/moderation`,
  `/${CITY}/admin/people`, `/${CITY}/admin/awaiting`, `/${CITY}/admin/indicators/new`, '/account/saved-searches',
  `/${CITY}/admin/consultations/1/questions`, `/${CITY}/admin/consultations/2/offline-answers`, `/${CITY}/consultations/2`];
if (opts.screenshot) mkdirSync(opts.screenshot, { recursive: true });
let passed = 0, failed = 0;

/// Measures the page as it is now; `label` names it in the output.
async function measure(page, label, width) {
  const r = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    // Elements inside a box that clips or scrolls sideways cannot widen the page: skip them.
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    let worst = null, anyWorst = null;
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (!b.width && !b.height) continue;
      const over = Math.max(b.right - vw, -b.left);
      if (over > 0.5 && (!anyWorst || over > anyWorst.over)) anyWorst = { over, el };
      if (over > 0.5 && (!worst || over > worst.over) && !clipped(el)) {
        worst = { over: Math.round(over), el };
      }
    }
    // (An absolutely positioned element escapes a clipping parent that is not its containing block.)
    worst = worst || anyWorst;
    if (worst) {
      const el = worst.el;
      const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      worst = { over: Math.round(worst.over), tag: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls };
    }
    // Regions that scroll sideways must be reachable with the keyboard and named.
    const unnamed = [];
    for (const el of document.querySelectorAll('body *')) {
      const ox = getComputedStyle(el).overflowX;
      if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        if (el.getAttribute('role') !== 'region' || el.getAttribute('tabindex') !== '0'
          || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))) {
          unnamed.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''));
        }
      }
    }
    return { sw: document.documentElement.scrollWidth, vw, worst, unnamed };
  });
  const problems = [];
  if (r.sw > r.vw) problems.push(`page is ${r.sw}px wide` + (r.worst ? `; widest overflow ${r.worst.over}px by <${r.worst.tag}>` : ''));
  for (const u of r.unnamed) problems.push(`<${u}> scrolls sideways but is not a focusable, named region`);
  if (opts.screenshot && problems.length) {
    await page.screenshot({ path: join(opts.screenshot, `${label.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`), fullPage: true });
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${label} @${width}px: ${problems.join('; ')}`);
  } else {
    passed++;
    console.log(`ok   ${label} @${width}px`);
  }
}

/// Measures the page as loaded at every width (the viewport is resized, the page not reloaded).
async function atEveryWidth(page, label) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await measure(page, label, width);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 800 });
}

async function visit(page, path) {
  try {
    const resp = await page.goto(BASE + path, { waitUntil: 'load' });
    if (!resp || resp.status() !== 200) { failed++; console.log(`FAIL ${path}: HTTP ${resp ? resp.status() : 0}`); return; }
    if (!path.endsWith('/login') && new URL(page.url()).pathname.endsWith('/login')) {
      failed++; console.log(`FAIL ${path}: sent to the login page`); return;
    }
    await atEveryWidth(page, path);
  } catch (e) { failed++; console.log(`FAIL ${path}: ${e.message}`); }
}

const { context, close } = await openBrowser({ viewport: { width: WIDTHS[0], height: 800 } });
const page = await context.newPage();
try {
  for (const l of LOCALES) {
    for (const p of PUBLIC) await visit(page, `/${l}${p}`);
    // The register form in its error state: summary, messages next to fields, red borders.
    // (Submitted once per language: registration attempts are rate-limited per address.)
    try {
      await page.goto(`${BASE}/${l}/register`, { waitUntil: 'load' });
      await page.fill('#f-email', 'not-an-email');
      await page.fill('#f-display_name', 'Zawadi');
      await page.fill('#f-password', 'short');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('form.stack button[type=submit]').first().click()]);
      if (await page.locator('.error-summary').count()) await atEveryWidth(page, `/${l}/register (errors)`);
      else { failed++; console.log(`FAIL /${l}/register (errors): no error summary`); }
    } catch (e) { failed++; console.log(`FAIL /${l}/register (errors): ${e.message}`); }
  }
  // Staff pages, signed in as the site administrator.
  try {
    await page.goto(`${BASE}/en/login`, { waitUntil: 'load' });
    await page.fill('#f-email', EMAIL);
    await page.fill('#f-password', PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('form.stack button[type=submit]').click()]);
    for (const l of LOCALES) for (const p of STAFF) await visit(page, `/${l}${p}`);
  } catch (e) { failed++; console.log(`FAIL signing in as ${EMAIL}: ${e.message}`); }
} finally {
  await close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
