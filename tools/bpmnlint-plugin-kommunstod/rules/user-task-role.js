'use strict';

const { is, camunda } = require('./helpers');
const { roles, expressions } = require('../roles.json');

/** Every user task goes to one organisation role (a Camunda group), or to the owner given by the process. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const groups = camunda(node, 'candidateGroups');
    if (!groups || !String(groups).trim()) {
      reporter.report(node.id, 'Uppgiften saknar roll (Kandidatgrupp) / User task has no candidate group');
    } else if (!roles.includes(groups) && !expressions.includes(groups)) {
      reporter.report(node.id, 'Kandidatgruppen "' + groups + '" är ingen roll (' + roles.join(', ') + ') / '
        + 'candidate group is not a role');
    }
  }
  return { check };
};
