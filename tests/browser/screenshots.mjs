#!/usr/bin/env node
// Usage: node screenshots.mjs BASE EMAIL PASSWORD OUT_DIR
// The README's pictures, from the demo city: phone (390×844) in English and Arabic, and a
// laptop (1280×800), including a staff form signed in as the administrator.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, openPage } from './browser.mjs';

const [BASE, EMAIL, PASSWORD, OUT] = process.argv.slice(2);
if (!OUT) { console.error('usage: node screenshots.mjs BASE EMAIL PASSWORD OUT_DIR'); process.exit(2); }
mkdirSync(OUT, { recursive: true });
const CITY = 'port-amani';
const SHOTS = [
  ['phone', 'phone-en-city.png', `/en/${CITY}/`],
  ['phone', 'phone-ar-city.png', `/ar/${CITY}/`],
  ['phone', 'phone-en-commitment.png', `/en/${CITY}/commitments/C-3`],
  ['phone', 'phone-ar-commitment.png', `/ar/${CITY}/commitments/C-3`],
  ['phone', 'phone-en-indicator.png', `/en/${CITY}/indicators/WIFI-MARKETS`],
  ['phone', 'phone-ar-report.png', `/ar/${CITY}/report`],
  ['laptop', 'laptop-en-report.png', `/en/${CITY}/report`],
  ['laptop', 'laptop-en-indicators.png', `/en/${CITY}/indicators`],
  ['staff', 'laptop-en-staff-indicator-form.png', `/en/${CITY}/admin/indicators/new`],
  ['phone', 'phone-ar-results.png', `/ar/${CITY}/consultations/1/results`],
  ['laptop', 'laptop-fr-city.png', `/fr/${CITY}/`],
  ['staff', 'laptop-en-staff-questionnaire.png', `/en/${CITY}/admin/consultations/2/questions`],
];
const sizes = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 }, staff: { width: 1280, height: 800 } };
let failed = 0;
for (const kind of ['phone', 'laptop', 'staff']) {
  const { context, close } = await openBrowser({ viewport: sizes[kind] });
  if (kind === 'staff') {
    const page = await context.newPage();
    await page.goto(`${BASE}/en/login`);
    await page.fill('#f-email', EMAIL);
    await page.fill('#f-password', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.locator('form.stack button[type=submit]').click()]);
    await page.close();
  }
  for (const [k, file, path] of SHOTS.filter((s) => s[0] === kind)) {
    try {
      const page = await openPage(context, BASE + path);
      await page.screenshot({ path: join(OUT, file) });
      await page.close();
      console.log(`${join(OUT, file)}  ${path}`);
    } catch (e) { console.log(`FAIL ${path}: ${e.message}`); failed++; }
  }
  await close();
}
process.exit(failed ? 1 : 0);
