'use strict';

const { is, camunda, properties, boundaryEvents, isTimer } = require('./helpers');
const { escalationGroup } = require('../roles.json');

/**
 * A task that can stall (property stallAfter) has an escalation timer; every timer on a user task
 * is non-interrupting (the task stays) and leads to a task for Brå's advisor.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const timers = boundaryEvents(node).filter(isTimer);
    if (properties(node).stallAfter !== undefined && timers.length === 0) {
      reporter.report(node.id, 'Uppgiften har stallAfter men ingen eskaleringstimer / stallAfter without an escalation timer');
    }
    for (const timer of timers) {
      if (timer.cancelActivity !== false) {
        reporter.report(timer.id, 'Eskaleringstimern får inte avbryta uppgiften / Escalation timer must be non-interrupting');
      }
      const next = (timer.outgoing || [])[0];
      const target = next && next.targetRef;
      if (!is(target, 'bpmn:UserTask') || camunda(target, 'candidateGroups') !== escalationGroup) {
        reporter.report(timer.id, 'Eskaleringen ska gå till en uppgift för ' + escalationGroup
          + ' / Escalation must lead to a task for the group ' + escalationGroup);
      }
    }
  }
  return { check };
};
