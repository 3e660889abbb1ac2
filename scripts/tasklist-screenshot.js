// Screenshots of Tasklist in Swedish: node scripts/tasklist-screenshot.js <base-url> <out-dir>
// Needs playwright-core (npm install playwright-core) and Chromium at /usr/bin/chromium; demo profile.
const { chromium } = require('playwright-core');
(async () => {
  const base = process.argv[2], out = process.argv[3];
  const ctx = await chromium.launchPersistentContext(require('os').tmpdir() + '/kommunstod-shot-' + Date.now(), {
    executablePath: '/usr/bin/chromium', headless: true, locale: 'sv-SE',
    viewport: { width: 1366, height: 768 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=sv-SE'],
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(base + '/camunda/app/tasklist/', { waitUntil: 'networkidle' });
  await page.waitForSelector('input[type=password]');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out + '/tasklist-sv-login.png' });
  console.log('login page:', (await page.textContent('body')).replace(/\s+/g, ' ').slice(0, 300));
  await page.fill('input[type=text], input:not([type])', 'samordnare.linkoping');
  await page.fill('input[type=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('.tasks-list', { timeout: 60000 });
  await page.waitForTimeout(2000);
  await page.keyboard.press('Escape');
  await page.locator('.tasks-list').getByText('Lämna kommunens lägesbild').first().click();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: out + '/tasklist-sv.png' });
  console.log('tasklist:', (await page.textContent('body')).replace(/\s+/g, ' ').slice(0, 600));
  await ctx.close();
})();
