// What the browser scripts share (tasklist.mjs, method-forms.mjs): the checks they print, a fresh
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) per person, and the login to
// Tasklist. support.BrowserScript runs a script and holds the test to its "ok"/"FAIL" lines and exit code.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT = 60000;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=sv-SE'];

let failures = 0;

/** Prints a check as "ok   …" or "FAIL …". */
export function check(condition, what) {
  console.log((condition ? 'ok   ' : 'FAIL ') + what);
  if (!condition) {
    failures++;
  }
}

/** Ends the script: exit code 0 only when every check passed. */
export function finish() {
  process.exit(failures ? 1 : 0);
}

/**
 * A browser of its own (a new profile, Swedish, Stockholm time) for one person; a failure is printed as
 * FAIL with a screenshot in the screenshot directory, and the browser is closed either way.
 */
export async function browserSession(shots, run) {
  const profile = mkdtempSync(join(tmpdir(), 'kommunstod-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, locale: 'sv-SE', timezoneId: 'Europe/Stockholm',
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => console.log('page error: ' + e.message));
  try {
    await run(context, page);
  } catch (e) {
    await page.screenshot({ path: join(shots, 'failure-' + Date.now() + '.png') }).catch(() => {});
    check(false, e.message);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Logs in on a Camunda app's login form (Tasklist, Cockpit, Admin; password demo). */
export async function camundaLogin(page, url, user) {
  // on a loaded machine the app's scripts can time out (requirejs "Load timeout for modules"): load it again
  for (let attempt = 1; ; attempt++) {
    await page.goto(url);
    try {
      await page.locator('input[ng-model="username"]').waitFor();
      break;
    } catch (e) {
      if (attempt === 3) {
        throw e;
      }
      console.log('note the login form did not appear (attempt ' + attempt + '), loading the page again');
    }
  }
  // the login form can be drawn again while the (slow) label files arrive: fill until both fields hold their values
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.locator('input[ng-model="username"]').fill(user);
    await page.locator('input[type=password]').fill('demo');
    if (await page.locator('input[ng-model="username"]').inputValue() === user
        && await page.locator('input[type=password]').inputValue() === 'demo') {
      break;
    }
    await page.waitForTimeout(500);
  }
  await page.locator('button[type=submit]').click();
}

/** Logs in to Tasklist and waits for the task list. */
export async function tasklistLogin(page, base, user) {
  await camundaLogin(page, base + '/camunda/app/tasklist/', user);
  await page.locator('.tasks-list').waitFor();
}

/**
 * Chooses an option of a form-js select by the select's label (a required field's asterisk allowed) inside
 * the scope (a page: its task card; or a dynamic list's row); returns every option the list offered.
 */
export async function chooseOption(scope, label, option) {
  const page = typeof scope.page === 'function' ? scope.page() : scope;
  const within = scope === page ? page.locator('.task-card') : scope;
  const field = within.locator('.fjs-form-field-select', { has: page.locator('label.fjs-form-field-label',
    { hasText: new RegExp('^' + label + '\\*?$') }) }).first();
  const item = field.locator('.fjs-dropdownlist-item', { hasText: option }).first();
  // a click opens the list, or closes it when focus (e.g. Tab from a date) had opened it already
  for (let attempt = 0; attempt < 5 && !(await item.isVisible()); attempt++) {
    if (!(await field.locator('.fjs-dropdownlist').isVisible())) {
      await field.locator('.fjs-input-group').click();
    }
    await item.waitFor({ timeout: 5000 }).catch(() => {});
  }
  await item.waitFor();
  const options = await field.locator('.fjs-dropdownlist-item').allInnerTexts();
  await item.click();
  await field.locator('.fjs-select-display', { hasText: option }).waitFor();
  return options;
}
