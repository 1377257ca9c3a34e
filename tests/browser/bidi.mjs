#!/usr/bin/env node
// Usage: node bidi.mjs BASE_URL
// Right-to-left pages keep left-to-right runs in order: on Arabic pages, a reference (C-3),
// a date (2026-11-26), a decimal with its unit and a code are laid out with their first
// character to the left of their last, as a reader of the Latin run expects. Measured on
// the rendered page (character boxes), not on the markup. Exits 1 on any problem.
import { openBrowser, openPage } from './browser.mjs';

const [BASE] = process.argv.slice(2);
if (!BASE) { console.error('usage: node bidi.mjs BASE_URL'); process.exit(2); }
const CITY = 'port-amani';
// (page, a regular expression for a left-to-right run that page shows in Arabic text)
const CASES = [
  [`/ar/${CITY}/commitments/C-3`, 'C-3'],
  [`/ar/${CITY}/commitments/C-3`, '\\d{4}-\\d{2}-\\d{2}'],
  [`/ar/${CITY}/commitments/C-1`, '\\d{4}-\\d{2}-\\d{2}'],
  [`/ar/${CITY}/indicators`, 'WIFI-MARKETS'],
  [`/ar/${CITY}/indicators/AIR-PM25`, '31\\.2'],
  [`/ar/${CITY}/indicators/AIR-PM25`, '\\d{4}-\\d{2}-\\d{2}'],
];
let passed = 0, failed = 0;
const { context, close } = await openBrowser({ viewport: { width: 390, height: 844 } });
try {
  for (const [path, pattern] of CASES) {
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
    if (!result.rtlPage || result.first >= result.last) {
      failed++; console.log(`FAIL ${path}: "${result.text}" is not laid out left to right (${result.first} ≥ ${result.last})`);
    } else { passed++; console.log(`ok   ${path}: "${result.text}"`); }
  }
} finally { await close(); }
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
