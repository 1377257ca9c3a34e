#!/usr/bin/env node
// Usage: node flows.mjs BASE_URL ADMIN_EMAIL ADMIN_PASSWORD
// Audits every page type of townhall in a real browser (axe-core, WCAG 2.0–2.2 A/AA) in
// en, ar and zh — public, account, staff, moderation and error pages, and forms in their
// error state (submitted invalid, then audited) — and checks the served HTML of each with
// the Nu HTML checker. Prints one line per page and exits 1 on any problem.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU = join(new URL('.', import.meta.url).pathname, 'node_modules/vnu-jar/build/dist/vnu.jar');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const [BASE, EMAIL, PASSWORD] = process.argv.slice(2);
if (!PASSWORD) { console.error('usage: node flows.mjs BASE_URL ADMIN_EMAIL ADMIN_PASSWORD'); process.exit(2); }
const CITY = 'port-amani';
const LOCALES = ['en', 'ar', 'zh'];
const tmp = mkdtempSync(join(tmpdir(), 'townhall-html-'));
let passed = 0, failed = 0;

async function axe(page) {
  await page.evaluate(AXE);
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return r.violations.map((v) => `[${v.impact}] ${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(' ')} - ${v.help}`);
}

function validate(html, name) {
  const file = join(tmp, name.replace(/[^a-z0-9]+/gi, '_') + '.html');
  writeFileSync(file, html);
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', '--no-langdetect', '--asciiquotes', file], { stdio: 'pipe' });
    return [];
  } catch (e) {
    return String(e.stderr || e.stdout || e).split('\n').filter((l) => l.includes('error')).map((l) => 'html: ' + l.replace(/^"[^"]*":/, ''));
  }
}

/// Checks the page as it is now: lang/dir, one h1, axe, and (if given) the served HTML.
async function check(page, label, { html = null, expectStatus = null, status = null } = {}) {
  const problems = [];
  if (expectStatus !== null && status !== expectStatus) problems.push(`HTTP ${status}, expected ${expectStatus}`);
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) problems.push(`${h1} h1 elements`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang) problems.push('no lang attribute');
  problems.push(...(await axe(page)));
  if (html !== null) problems.push(...validate(html, label));
  if (problems.length) {
    failed++;
    console.log(`FAIL ${label}`);
    for (const p of problems) console.log('  ' + p);
  } else {
    passed++;
    console.log(`PASS ${label}`);
  }
}

async function visit(page, path, label = path, expectStatus = 200) {
  const resp = await page.goto(BASE + path, { waitUntil: 'load' });
  const status = resp ? resp.status() : 0;
  const html = resp ? await resp.text() : '';
  await check(page, label, { html, expectStatus, status });
}

/// Fills `fields`, presses `button`, and audits the form shown again with its errors.
async function submitInvalid(page, path, fields, label, button = 'form.stack button[type=submit]', expectStatus = 422) {
  await page.goto(BASE + path, { waitUntil: 'load' });
  for (const [sel, value] of Object.entries(fields)) await page.fill(sel, value);
  const [resp] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(button).first().click(),
  ]);
  const status = resp ? resp.status() : 0;
  const html = resp ? await resp.text() : '';
  if (!(await page.locator('.error-summary').count())) { failed++; console.log(`FAIL ${label}: no error summary`); return; }
  await check(page, label, { html, expectStatus, status });
}

const { context, close } = await openBrowser();
const page = await context.newPage();
try {
  // Anonymous visitors.
  for (const l of LOCALES) {
    for (const p of ['/', `/${CITY}/`, `/${CITY}/commitments`, `/${CITY}/commitments?status=delayed&theme=digital-literacy`,
      `/${CITY}/commitments/C-1`, `/${CITY}/commitments/C-11`, `/${CITY}/projects`, `/${CITY}/projects/1`,
      `/${CITY}/consultations`, '/register', '/login', '/password/forgot', '/search', '/search?q=bus+market&type=update',
      `/${CITY}/report`, `/${CITY}/report?from=2025-01-01&to=2026-12-31&theme=digital-literacy`,
      `/${CITY}/report?q=water&stance=concern&lang=sw&sdg=6&type=commitment`, `/search?q=water&city=${CITY}`,
      `/${CITY}/about`, `/${CITY}/privacy`, `/${CITY}/organisations`, `/${CITY}/challenges`, `/${CITY}/consultations/1`, `/${CITY}/consultations/2`,
      `/${CITY}/indicators`, `/${CITY}/indicators/AIR-PM25`, `/${CITY}/indicators/WIFI-MARKETS`, `/${CITY}/commitments/C-3`,
      '/search?q=works&type=challenge', `/${CITY}/consultations/1/results`, '/search?q=lights&type=answer']) {
      await visit(page, `/${l}${p}`);
    }
    // Filters that cannot be used: the form again with each problem (422).
    for (const p of ['/search?from=30-06-2027&q=flood', `/${CITY}/commitments?status=bogus&sdg=99`,
      `/${CITY}/report?from=2027-01-01&to=2026-01-01`]) {
      await visit(page, `/${l}${p}`, `/${l}${p} (bad filters)`, 422);
    }
    await visit(page, `/${l}/atlantis/`, `/${l}/atlantis/ (404)`, 404);
    await visit(page, `/${l}/${CITY}/commitments/C-999`, `/${l}/${CITY}/commitments/C-999 (404)`, 404);
    await visit(page, `/${l}/verify-email?token=nope`, `/${l}/verify-email (expired link)`, 400);
    await submitInvalid(page, `/${l}/register`, { '#f-email': 'not-an-email', '#f-display_name': 'Zawadi', '#f-password': 'short' }, `/${l}/register (errors)`);
    await submitInvalid(page, `/${l}/login`, { '#f-email': 'nobody@example.org', '#f-password': 'wrong-password' }, `/${l}/login (errors)`);
  }

  // Staff: log in as the site administrator.
  await page.goto(`${BASE}/en/login`);
  await page.fill('#f-email', EMAIL);
  await page.fill('#f-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('form.stack button[type=submit]').click()]);

  // A consultation and a comment so that their pages and queues have content.
  await page.goto(`${BASE}/en/${CITY}/admin/consultations/new`);
  await page.fill('#f-title', 'Which streets need lights first?');
  await page.fill('#f-questions', 'Where do you feel unsafe at night?\nWhich routes do you walk?');
  await page.fill('#f-opens', '2020-01-01T08:00');
  await page.fill('#f-closes', '2099-01-01T08:00');
  await Promise.all([page.waitForNavigation(), page.locator('form.stack button[type=submit]').click()]);
  await page.goto(`${BASE}/en/${CITY}/commitments/C-2`);
  await page.fill('#f-body', 'Please publish the sensor data as open data. https://example.org/data');
  await Promise.all([page.waitForNavigation(), page.locator('form.stack button[type=submit]').last().click()]);

  for (const l of LOCALES) {
    for (const p of ['/account', `/${CITY}/admin/`, `/${CITY}/admin/people`, `/${CITY}/admin/commitments/new`,
      `/${CITY}/admin/commitments/C-1/edit`, `/${CITY}/admin/projects/new`, `/${CITY}/admin/projects/1/edit`,
      `/${CITY}/admin/updates/new?target=C-1`, `/${CITY}/admin/organisations`, `/${CITY}/admin/audit`,
      `/${CITY}/admin/moderation`, `/${CITY}/admin/awaiting`, `/${CITY}/admin/offline`,
      `/${CITY}/admin/consultations/new`, `/${CITY}/admin/consultations/1/edit`, `/${CITY}/consultations/1`,
      `/${CITY}/commitments/C-2`, `/${CITY}/organisations/new`, `/${CITY}/admin/settings`,
      `/${CITY}/admin/departments`, `/${CITY}/admin/import`, '/admin/cities/new',
      `/${CITY}/admin/audit?action=comment.hide`, `/${CITY}/organisations/1`, '/account/following',
      '/account/saved-searches', '/search?q=flood', `/${CITY}/admin/indicators/new`, `/${CITY}/admin/indicators/WIFI-MARKETS/values`,
      `/${CITY}/consultations/2`, `/${CITY}/consultations/1/results`, `/${CITY}/consultations/2/results`,
      `/${CITY}/admin/consultations/1/questions`, `/${CITY}/admin/consultations/3/questions`, `/${CITY}/admin/consultations/1/questions/1`,
      `/${CITY}/admin/consultations/2/offline-answers`]) {
      await visit(page, `/${l}${p}`);
    }
    // The questionnaire: a required question left unanswered, and staff forms with mistakes.
    await submitInvalid(page, `/${l}/${CITY}/consultations/2`, {}, `/${l}/consultations/2 questionnaire (errors)`, 'form.questionnaire button[type=submit]');
    await submitInvalid(page, `/${l}/${CITY}/admin/consultations/2/offline-answers`, { '#f-copies': '0' }, `/${l}/admin/consultations/2/offline-answers (errors)`, 'form.questionnaire button[type=submit]');
    await submitInvalid(page, `/${l}/${CITY}/admin/consultations/3/questions`, { '#f-prompt': '' }, `/${l}/admin/consultations/3/questions (errors)`);
    await submitInvalid(page, `/${l}/admin/cities/new`, { '#f-slug': 'Bad Slug!' }, `/${l}/admin/cities/new (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/settings`, { '#f-response_days': '0' }, `/${l}/admin/settings (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/departments`, { '#f-department': ' ' }, `/${l}/admin/departments (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/commitments/new`, { '#f-due_date': '2027-02-30' }, `/${l}/admin/commitments/new (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/updates/new?target=C-1`, { '#f-progress': '500' }, `/${l}/admin/updates/new (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/offline`, { '#f-body': '' }, `/${l}/admin/offline (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/people`, { '#f-email': 'ghost@example.org' }, `/${l}/admin/people (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/organisations/new`, { '#f-name': '' }, `/${l}/organisations/new (errors)`);
    await submitInvalid(page, `/${l}/account`, {}, `/${l}/account delete (errors)`, 'form[action$="/account/delete"] button');
    await submitInvalid(page, `/${l}/account/saved-searches`, { '#f-q': '' }, `/${l}/account/saved-searches (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/indicators/new`, { '#f-code': 'bad code!' }, `/${l}/admin/indicators/new (errors)`);
    await submitInvalid(page, `/${l}/${CITY}/admin/indicators/WIFI-MARKETS/values`, { '#f-value': 'ten' }, `/${l}/admin/indicators/values (errors)`);
  }
} finally {
  await close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
