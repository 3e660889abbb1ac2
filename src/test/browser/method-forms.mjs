// The knowledge-based method's forms in the real Tasklist: headless Chromium (Debian's /usr/bin/chromium)
// driven by playwright-core. Run by se.kommunstod.assessment.MethodFormsBrowserTest (mvn verify):
//   node src/test/browser/method-forms.mjs <base-url> <screenshot-dir> <business-key>
// The case's police and social services have left their situation pictures; Linköping's coordinator fills
// the municipality's situation picture, the joint analysis and the kick-off's action plan in Tasklist, and a
// screenshot of each form, filled in, goes to the screenshot directory (situation-picture.png,
// joint-analysis.png, action-plan.png), then one of the case page showing the method (case-page.png); docs/
// holds copies. Every step waits for what it needs to see.
// Exit code 0 = all checks passed.
import { join } from 'node:path';
import { browserSession, check, chooseOption as choose, finish, tasklistLogin } from './session.mjs';

const [base, shots, businessKey] = process.argv.slice(2);
const USER = 'samordnare.linkoping';

/** The case's open task of this kind, through the engine REST API as the coordinator. */
async function taskId(definitionKey) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await fetch(base + '/engine-rest/task?processInstanceBusinessKey=' + encodeURIComponent(businessKey)
      + '&taskDefinitionKey=' + definitionKey, { headers: { Authorization: 'Basic ' + btoa(USER + ':demo') } });
    const tasks = await answer.json();
    if (tasks.length === 1) {
      return tasks[0].id;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('no task ' + definitionKey + ' in ' + businessKey);
}

/** Opens the task in Tasklist, claims it and waits for its form. */
async function open(page, definitionKey, name) {
  const id = await taskId(definitionKey);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(base + '/camunda/app/tasklist/default/#/?task=' + id);
  await page.locator('.task-card h2.task', { hasText: name }).waitFor();
  await page.locator('.task-card .fjs-container .fjs-form').waitFor();
  await page.locator('button.claim').click();
  await page.locator('.task-card .disabled-form').waitFor({ state: 'detached' }).catch(() => {});
  return page.locator('.task-card .fjs-container');
}

async function tick(scope, label) {
  await scope.locator('.fjs-form-field-checklist label', { hasText: label }).first().click();
}

async function type(scope, label, text) {
  const field = scope.locator('.fjs-form-field-textfield, .fjs-form-field-textarea, .fjs-form-field-number', {
    has: scope.page().locator('label.fjs-form-field-label',
    { hasText: new RegExp('^' + label + '\\*?$') }) }).first();
  const input = field.locator('input, textarea').first();
  // form-js takes typed text in after a debounce; a row that re-renders meanwhile can drop it: type until it stays
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.fill(text);
    await input.evaluate((element) => element.blur());
    await scope.page().waitForTimeout(400);
    if (await input.inputValue() === text) {
      return;
    }
  }
  throw new Error('the field ' + label + ' does not keep its text');
}

async function date(scope, label, text) {
  const field = scope.locator('.fjs-form-field-datetime', { has: scope.page().locator('label',
    { hasText: new RegExp('^' + label + '\\*?$') }) }).first();
  const input = field.locator('input').first();
  await input.click();
  await input.pressSequentially(text, { delay: 10 });
  await input.press('Escape');
  await input.evaluate((element) => element.blur());
  await field.locator('.fjs-form-field-error').waitFor({ state: 'detached' });
}

/** The dynamic list's rows (repetitions), after adding rows so that it has `count`. */
async function rows(form, listLabel, count) {
  const list = form.locator('.fjs-form-field-dynamiclist', { has: form.page().locator(':scope > label',
    { hasText: listLabel }) }).first();
  const repetitions = list.locator(':scope > .fjs-children > .fjs-repeat-row-container');
  while (await repetitions.count() < count) {
    await list.locator(':scope > .fjs-children > .fjs-repeat-render-footer button, :scope > .fjs-repeat-render-footer button').last().click();
  }
  return Array.from({ length: count }, (_, i) => repetitions.nth(i));
}

/** A screenshot of the whole form: the window as tall as the form, then back. */
async function shoot(page, form, file) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const height = await form.evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: 1366, height: Math.min(6000, height + 420) });
  await page.locator('.task-card .fjs-container').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300); // the layout settles after the resize
  await page.screenshot({ path: join(shots, file), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** Slutför, once Tasklist has it enabled; the engine must accept the form. */
async function complete(page, what) {
  const button = page.locator('.form-actions button.btn-primary');
  await button.and(page.locator(':not([disabled])')).waitFor();
  const [answer] = await Promise.all([
    page.waitForResponse((r) => /\/task\/[^/]+\/submit-form/.test(r.url())), button.click()]);
  check(answer.status() === 204, what + ' is accepted (' + answer.status() + ' '
    + (answer.status() === 204 ? '' : await answer.text()) + ')');
  await page.locator('.page-notifications').getByText('Uppgiften är slutförd').waitFor();
}

await browserSession(shots, async (context, page) => {
  await tasklistLogin(page, base, USER);

  // ---------------------------------------------------------------- the municipality's situation picture
  let form = await open(page, 'Task_SituationPictureMunicipality', 'Lämna kommunens lägesbild – Linköpings kommun');
  check(await page.locator('.task-card h2.task').innerText() === 'Lämna kommunens lägesbild – Linköpings kommun',
    'the task names its municipality');
  const [first, second] = await rows(form, 'Observerade problem', 2);
  await choose(first, 'Problem', 'Otrygga platser och miljöer');
  const areas = await choose(first, 'Område', 'Skäggetorp');
  check(areas.includes('Skäggetorp') && areas.includes('Ryd') && areas.includes('Hela kommunen / flera områden'),
    'the places are Linköping\'s areas: ' + JSON.stringify(areas));
  await type(first, 'Plats i området \\(valfritt\\)', 'gångtunneln mot skolan');
  await choose(first, 'Omfattning', 'Återkommande');
  await choose(first, 'Utveckling', 'Ökande');
  await type(first, 'Kort beskrivning', 'Otrygg gångtunnel utan belysning, klotter och skadegörelse');
  await tick(first, 'Trygghetsmätning');
  await tick(first, 'EST-rapporter');
  await choose(second, 'Problem', 'Ordningsstörningar');
  await choose(second, 'Område', 'Skäggetorp');
  await type(second, 'Plats i området \\(valfritt\\)', 'torget');
  await choose(second, 'Omfattning', 'Omfattande');
  await choose(second, 'Utveckling', 'Oförändrad');
  await type(second, 'Kort beskrivning', 'Grupper samlas vid torget kvällstid, boende känner sig otrygga');
  await tick(second, 'Personalens iakttagelser');
  await type(form, 'Sammanfattning av lägesbilden', 'Otryggheten i Skäggetorp samlas kring torget och gångtunneln mot '
    + 'skolan; skadegörelsen i tvättstugorna har minskat sedan bostadsbolaget bytte lås.');
  await shoot(page, form, 'situation-picture.png');
  await complete(page, 'the municipality\'s situation picture');

  // ---------------------------------------------------------------- the joint analysis
  form = await open(page, 'Task_JointAnalysis', 'Gemensam analys och prioriterade problem – Linköpings kommun');
  const table = form.locator('.fjs-form-field-table');
  await table.locator('tbody tr').first().waitFor();
  const tableText = await table.innerText();
  check(['Kommunen 1', 'Kommunen 2', 'Polisen 1', 'Socialtjänsten 1'].every((ref) => tableText.includes(ref)),
    'the joint analysis shows every organisation\'s observations side by side');
  check((await form.innerText()).includes('Skjutningar och öppen narkotikahandel'),
    'the joint analysis shows the police\'s summary');
  const [problem1, problem2] = await rows(form, 'Prioriterade problem', 2);
  await choose(problem1, 'Problem', 'Ordningsstörningar');
  await type(problem1, 'Problemet i korthet', 'Öppen narkotikahandel och otrygghet vid torget kvällstid');
  await tick(problem1, 'Polisen 1');
  await tick(problem1, 'Kommunen 2');
  await tick(problem1, 'Platser');
  await tick(problem1, 'Frånvaro av kapabla väktare');
  await type(problem1, 'Orsaker med egna ord \\(en per rad\\)', 'Mörk gångtunnel utan insyn\nIngen vuxennärvaro efter kl. 19');
  await choose(problem2, 'Problem', 'Rekrytering till kriminella nätverk');
  await type(problem2, 'Problemet i korthet', 'Unga rekryteras som springpojkar');
  await tick(problem2, 'Socialtjänsten 1');
  await tick(problem2, 'Motiverade gärningspersoner');
  await type(form, 'Gemensam analys', 'Handeln vid torget och rekryteringen av unga hänger ihop: samma grupper, samma '
    + 'platser. Platsen och frånvaron av vuxna gör torget attraktivt kvällstid.');
  await shoot(page, form, 'joint-analysis.png');
  await complete(page, 'the joint analysis');

  // ---------------------------------------------------------------- the kick-off's action plan
  form = await open(page, 'Task_KickOff', 'Uppstart: avsiktsförklaring och aktivitetsplan – Linköpings kommun');
  await form.locator('.fjs-form-field-table tbody tr').first().waitFor();
  check((await form.locator('.fjs-form-field-table').innerText()).includes('Mörk gångtunnel utan insyn'),
    'the kick-off shows the prioritised problems with their causes');
  await form.locator('.fjs-form-field-radio label', { hasText: 'Samverkansöverenskommelse' }).click();
  await date(form, 'Undertecknad den', new Date().toISOString().slice(0, 10));
  const [signed1, signed2] = await rows(form, 'Undertecknad av', 2);
  await choose(signed1, 'Organisation', 'Kommunen');
  await type(signed1, 'Roll', 'Kommundirektör');
  await choose(signed2, 'Organisation', 'Polisen');
  await type(signed2, 'Roll', 'Lokalpolisområdeschef');
  await type(form, 'Medborgarlöften från polisen och kommunen \\(valfritt, ett per rad\\)',
    'Polisen och kommunen finns på torget varje fredagskväll');
  const [indicator1, indicator2] = await rows(form, 'Indikatorer för uppföljningen', 2);
  await type(indicator1, 'Indikator', 'Anmälda narkotikabrott vid torget');
  await type(indicator1, 'Enhet', 'antal per månad');
  await type(indicator1, 'Källa', 'Polisens statistik');
  await type(indicator1, 'Utgångsvärde', '24');
  await type(indicator1, 'Målvärde', '12');
  await choose(indicator1, 'Önskad riktning', 'Ska minska');
  await type(indicator2, 'Indikator', 'Andel som känner sig trygga');
  await type(indicator2, 'Enhet', 'procent');
  await type(indicator2, 'Källa', 'Trygghetsmätningen');
  await type(indicator2, 'Utgångsvärde', '41');
  await type(indicator2, 'Målvärde', '60');
  await choose(indicator2, 'Önskad riktning', 'Ska öka');
  const [measure1, measure2] = await rows(form, /^Aktivitetsplan$/, 2);
  const plus = (months) => { const d = new Date(); d.setMonth(d.getMonth() + months); return d.toISOString().slice(0, 10); };
  await choose(measure1, 'Prioriterat problem', '1. Öppen narkotikahandel');
  await choose(measure1, 'Orsak som åtgärden riktar sig mot', 'Problem 1: Mörk gångtunnel utan insyn');
  await type(measure1, 'Åtgärd', 'Ny belysning och kameror i gångtunneln');
  await choose(measure1, 'Insatsområde', 'Situationell och platsbaserad brottsprevention');
  await type(measure1, 'Operativt mål', 'Gångtunneln upplyst och bevakad före sommaren');
  await date(measure1, 'När \\(klart senast\\)', plus(4));
  await choose(measure1, 'Vem \\(ansvarig organisation\\)', 'Bostadsbolaget');
  // the second indicator defined above: every indicator of the plan is offered, by name
  const offered = await choose(measure1, 'Följs upp med indikatorn', 'Andel som känner sig trygga');
  check(JSON.stringify(offered) === JSON.stringify(['Anmälda narkotikabrott vid torget', 'Andel som känner sig trygga']),
    'a measure is followed up with any indicator of the plan: ' + JSON.stringify(offered));
  await choose(measure2, 'Prioriterat problem', '2. Unga rekryteras');
  await choose(measure2, 'Orsak som åtgärden riktar sig mot', 'Problem 2: Motiverade gärningspersoner');
  await type(measure2, 'Åtgärd', 'SSPF-samverkan kring unga i riskzon');
  await choose(measure2, 'Insatsområde', 'Barn och unga som rekryteras till kriminalitet');
  await type(measure2, 'Operativt mål', 'Alla unga i riskzon har en kontakt inom tre månader');
  await date(measure2, 'När \\(klart senast\\)', plus(3));
  await choose(measure2, 'Vem \\(ansvarig organisation\\)', 'Socialtjänsten');
  await choose(measure2, 'Följs upp med indikatorn', 'Anmälda narkotikabrott vid torget');
  await type(form, 'Aktivitetsplanens övergripande mål', 'Minska den öppna narkotikahandeln och rekryteringen av '
    + 'unga i Skäggetorp på två år.');
  await shoot(page, form, 'action-plan.png');
  await complete(page, 'the kick-off');

  // the plan's first measure became an intervention, named by its measure, with the suggested method chosen
  await page.goto(base + '/camunda/app/tasklist/');
  await page.locator('.tasks-list .task', { hasText: 'Planera insats: Ny belysning och kameror i gångtunneln – Linköpings kommun' })
    .first().waitFor();
  check(true, 'the interventions are planned from the measures, each task named by its measure and municipality');

  // ---------------------------------------------------------------- the case page shows the method
  await page.goto(base + '/arenden/' + businessKey);
  await page.locator('#aktivitetsplan table.measures').waitFor();
  const pictures = await page.locator('#lagesbilder').innerText();
  check(['Kommunen', 'Polisen', 'Socialtjänsten', 'gångtunneln mot skolan', 'Trygghetsmätning'].every((t) => pictures.includes(t)),
    'the case page shows every organisation\'s observations');
  const problems = await page.locator('#prioriterade-problem').innerText();
  check(problems.includes('Öppen narkotikahandel och otrygghet vid torget kvällstid') && problems.includes('Mörk gångtunnel utan insyn'),
    'the case page shows the prioritised problems with their causes');
  const plan = await page.locator('#aktivitetsplan').innerText();
  check(plan.includes('Ny belysning och kameror i gångtunneln') && plan.includes('Andel som känner sig trygga')
    && plan.includes('Bostadsbolaget') && plan.includes('Planerad'), 'the case page shows the action plan');
  const indicators = await page.locator('#indikatorer').innerText();
  check(indicators.includes('Anmälda narkotikabrott vid torget') && indicators.includes('inget ännu'),
    'the case page shows the indicators with baseline and target');
  await page.screenshot({ path: join(shots, 'case-page.png'), fullPage: true });
});
finish();
