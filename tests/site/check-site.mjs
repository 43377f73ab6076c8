// SPDX-License-Identifier: GPL-3.0-or-later
// The exported site in a real browser: Debian's Chromium, driven by playwright-core.
//   node check-site.mjs DEMO-SITE HOSTILE-SITE
// - front page, a section page and an article, opened from file:// with JavaScript off,
//   show their headline, their photos (loaded) and the section menu;
// - axe-core finds no serious or critical accessibility violation on them;
// - every page of the hostile site, opened with JavaScript on, fires no dialog and runs
//   no script at all.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const [demo, hostile] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(process.env.NEWSROOM_SITE_TOOLS ?? here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const failures = [];
const fail = (message) => { failures.push(message); console.error(`FAIL ${message}`); };

function pagesIn(folder) {
    const pages = [];
    for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) pages.push(...pagesIn(path));
        else if (name.endsWith('.html')) pages.push(path);
    }
    return pages.sort();
}

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
try {
    const article = pagesIn(join(demo, 'news'))[0];
    const section = join(demo, 'section', 'novosti', 'index.html');
    const front = join(demo, 'index.html');
    // The site's Kazakh part: its front page, a section and a story with a photo.
    const kazakhFront = join(demo, 'kk', 'index.html');
    const kazakhSection = join(demo, 'kk', 'section', 'novosti', 'index.html');
    const kazakhArticle = join(demo, 'kk', 'news', 'temirtauda-zhanga-sayabaq-ashyldy.html');
    const checked = [front, section, article, kazakhFront, kazakhSection, kazakhArticle];

    // No JavaScript: what a reader with scripts off, or a crawler, sees.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    for (const path of checked) {
        const page = await plain.newPage();
        await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
        const name = relative(demo, path);
        const headline = (await page.locator('h1').first().textContent())?.trim();
        if (!headline) fail(`${name}: no headline`);
        if (!(await page.locator('nav.sections a').first().isVisible())) fail(`${name}: the section menu is not visible`);
        const images = page.locator('main img');
        const count = await images.count();
        if (count === 0) fail(`${name}: no photo`);
        for (let i = 0; i < count; ++i) {
            const box = await images.nth(i).boundingBox();
            const loaded = await images.nth(i).evaluate((img) => img.complete && img.naturalWidth > 0).catch(() => null);
            if (!box || box.width < 10 || box.height < 10 || loaded === false)
                fail(`${name}: photo ${i + 1} did not load`);
        }
        console.log(`ok ${name} without JavaScript: “${headline}”, ${count} photos`);
        await page.close();
    }
    await plain.close();

    // axe-core: injected past the page's Content-Security-Policy, which forbids scripts.
    const audited = await browser.newContext({ bypassCSP: true });
    for (const path of checked) {
        const page = await audited.newPage();
        await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        }));
        const name = relative(demo, path);
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        for (const v of serious) fail(`${name}: axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        const lesser = result.violations.filter((v) => !serious.includes(v)).map((v) => `${v.id} (${v.impact})`);
        console.log(`ok ${name} axe: ${serious.length} serious or critical${lesser.length ? `; lesser: ${lesser.join(', ')}` : ''}`);
        await page.close();
    }
    await audited.close();

    // The hostile stories with JavaScript on: not one dialog, not one script run.
    const armed = await browser.newContext({ javaScriptEnabled: true });
    let dialogs = 0;
    let pages = 0;
    for (const path of pagesIn(hostile)) {
        const page = await armed.newPage();
        page.on('dialog', async (dialog) => { ++dialogs; fail(`${relative(hostile, path)}: a dialog fired: ${dialog.message()}`); await dialog.dismiss(); });
        await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
        // Hover and focus everything, as a reader would: handlers get their chance.
        for (const element of await page.locator('body *').all()) {
            await element.hover({ timeout: 200, trial: false }).catch(() => {});
        }
        await page.keyboard.press('Tab');
        await page.waitForTimeout(50);
        ++pages;
        await page.close();
    }
    console.log(`ok hostile site: ${pages} pages opened with JavaScript on, ${dialogs} dialogs`);
    if (pages === 0) fail('the hostile site has no pages');
    await armed.close();
} finally {
    await browser.close();
}
if (failures.length) {
    console.error(`${failures.length} problems`);
    process.exit(1);
}
console.log('the exported site passed every browser check');
