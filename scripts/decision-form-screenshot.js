// Screenshot of the decision form ("Besluta om ansökan") in the real Tasklist, demo profile:
//   node scripts/decision-form-screenshot.js <base-url> <out.png>
// Needs playwright-core (npm install) and Debian's Chromium at /usr/bin/chromium.
const { chromium } = require('playwright-core');
(async () => {
  const base = process.argv[2], out = process.argv[3];
  const ctx = await chromium.launchPersistentContext(require('os').tmpdir() + '/kommunstod-decision-' + Date.now(), {
    executablePath: '/usr/bin/chromium', headless: true, locale: 'sv-SE',
    viewport: { width: 1400, height: 1900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--lang=sv-SE'],
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(base + '/camunda/app/tasklist/', { waitUntil: 'networkidle' });
  await page.waitForSelector('input[type=password]');
  await page.fill('input[type=text], input:not([type])', 'radgivare');
  await page.fill('input[type=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('.tasks-list', { timeout: 60000 });
  await page.waitForTimeout(2000);
  await page.keyboard.press('Escape');
  // the demo round's first application (Sigtuna)
  const tasks = page.locator('.tasks-list li').filter({ hasText: 'Besluta om ansökan' });
  const count = await tasks.count();
  let chosen = false;
  for (let i = 0; i < count && !chosen; i++) {
    await tasks.nth(i).click();
    await page.waitForTimeout(4000);
    chosen = (await page.textContent('body')).includes('Sigtuna kommun');
  }
  await page.waitForTimeout(2000);
  await page.screenshot({ path: out, fullPage: true });
  console.log('form:', (await page.textContent('body')).replace(/\s+/g, ' ').slice(0, 1500));
  await ctx.close();
})();
