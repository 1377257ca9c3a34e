#!/usr/bin/env node
// Usage: node bidi.mjs BASE_URL
// Right-to-left pages keep each run in its own order: on Arabic pages, a reference (C-3), a
// decimal with its unit and a code are laid out with their first character to the left of
// their last, as a reader of the Latin run expects; a date written the Arabic way
// (25 نوفمبر 2026) reads right to left, the day to the right of the year. Measured on the
// rendered page (character boxes), not on the markup. Exits 1 on any problem.
import { openBrowser, openPage } from './browser.mjs';

const [BASE] = process.argv.slice(2);
if (!BASE) { console.error('usage: node bidi.mjs BASE_URL'); process.exit(2); }
const CITY = 'port-amani';
// (page, a regular expression for a run that page shows in Arabic text, its direction)
const ARABIC_DATE = '\\d{1,2} [\\u0600-\\u06FF]+ \\d{4}';
const CASES = [
  [`/ar/${CITY}/commitments/C-3`, 'C-3', 'ltr'],
  [`/ar/${CITY}/commitments/C-3`, ARABIC_DATE, 'rtl'],
  [`/ar/${CITY}/commitments/C-1`, ARABIC_DATE, 'rtl'],
  [`/ar/${CITY}/indicators`, 'WIFI-MARKETS', 'ltr'],
  [`/ar/${CITY}/indicators/AIR-PM25`, '31\\.2', 'ltr'],
  [`/ar/${CITY}/indicators/AIR-PM25`, ARABIC_DATE, 'rtl'],
];
let passed = 0, failed = 0;
const { context, close } = await openBrowser({ viewport: { width: 390, height: 844 } });
try {
  for (const [path, pattern, direction] of CASES) {
    const page = await openPage(context, BASE + path);
    const result = await page.evaluate((source) => {
      const re = new RegExp(source);
      const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const m = re.exec(node.textContent);
        if (!m) continue;
        const box = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
        const first = box(m.index), last = box(m.index + m[0].length - 1);
        if (!first.width || Math.abs(first.top - last.top) > first.height / 2) continue; // hidden or wrapped
        return { text: m[0], first: first.left, last: last.left, rtlPage: document.documentElement.dir === 'rtl' };
      }
      return null;
    }, pattern);
    await page.close();
    if (!result) { failed++; console.log(`FAIL ${path}: no visible run matching /${pattern}/`); continue; }
    const inOrder = direction === 'ltr' ? result.first < result.last : result.first > result.last;
    if (!result.rtlPage || !inOrder) {
      failed++; console.log(`FAIL ${path}: "${result.text}" is not laid out ${direction} (first ${result.first}, last ${result.last})`);
    } else { passed++; console.log(`ok   ${path}: "${result.text}"`); }
  }
} finally { await close(); }
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
