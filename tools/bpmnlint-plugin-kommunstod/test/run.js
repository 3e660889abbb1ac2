'use strict';

// Checks that each rule of the plugin reports on test/bad.bpmn (run by mvn verify after the lint
// of processes/, which must report nothing). Plain Node, no test framework: exits 1 on a failure.
const fs = require('fs');
const path = require('path');
const { BpmnModdle } = require('bpmn-moddle');
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const plugin = require('..');

async function main() {
  const xml = fs.readFileSync(path.join(__dirname, 'bad.bpmn'), 'utf8');
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { extends: 'plugin:kommunstod/recommended' }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  const expected = {
    'kommunstod/user-task-role': ['Task_NoRole', 'Task_Stalls'],
    'kommunstod/user-task-form': ['Task_NoRole', 'Task_Stalls'],
    'kommunstod/user-task-due-date': ['Task_NoRole'],
    'kommunstod/deployment-binding': ['Call'],
    'kommunstod/escalation-timer': ['Boundary_Interrupting'],
    'kommunstod/tunable-duration': ['Task_Stalls']
  };
  let failed = false;
  for (const rule of Object.keys(plugin.rules)) {
    const ids = (reports['kommunstod/' + rule] || []).map(report => report.id).sort();
    const want = (expected['kommunstod/' + rule] || []).slice().sort();
    const ok = want.every(id => ids.includes(id)) && ids.every(id => want.includes(id));
    console.log((ok ? 'ok   ' : 'FAIL ') + rule + ': ' + JSON.stringify(ids));
    failed = failed || !ok;
  }
  process.exit(failed ? 1 : 0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
