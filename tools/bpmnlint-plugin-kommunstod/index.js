'use strict';

// Kommunstöd's model rules (docs/rollout.md, DESIGN.md "Conventions"): the same code runs in
// `mvn verify` (bpmnlint CLI, .bpmnlintrc) and, bundled as a Modeler client plugin, in Camunda Modeler.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-role': 'error',
        'user-task-form': 'error',
        'user-task-due-date': 'error',
        'deployment-binding': 'error',
        'escalation-timer': 'error',
        'tunable-duration': 'error'
      }
    }
  },
  rules: {
    'user-task-role': './rules/user-task-role',
    'user-task-form': './rules/user-task-form',
    'user-task-due-date': './rules/user-task-due-date',
    'deployment-binding': './rules/deployment-binding',
    'escalation-timer': './rules/escalation-timer',
    'tunable-duration': './rules/tunable-duration'
  }
};
