// Renders client/icons/icon.svg to the 128×128 PNG the extension manifest needs (vsce takes no SVG icon),
// in Debian's Chromium through playwright-core from test/vscode. Run after changing the SVG:
//   node client/icons/render-icon.mjs
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../test/vscode/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const svg = await readFile(new URL('icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: new URL('icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
    await browser.close();
}
