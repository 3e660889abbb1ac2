'use strict';

const { is, camunda } = require('./helpers');

/** Every user task has a due date, so stalled work shows on the dashboard. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && !camunda(node, 'dueDate')) {
      reporter.report(node.id, 'Uppgiften saknar förfallodatum (Due date) / User task has no due date');
    }
  }
  return { check };
};
