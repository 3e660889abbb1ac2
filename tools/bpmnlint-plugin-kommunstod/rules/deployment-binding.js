'use strict';

const { is, camunda } = require('./helpers');

/** Called processes and decision tables are taken from the same deployment as the calling model. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:CallActivity') && node.calledElement && camunda(node, 'calledElementBinding') !== 'deployment') {
      reporter.report(node.id, 'Anropad process ska bindas med "deployment" / Call activity must use camunda:calledElementBinding="deployment"');
    }
    if (is(node, 'bpmn:BusinessRuleTask') && camunda(node, 'decisionRef') && camunda(node, 'decisionRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Beslutstabell ska bindas med "deployment" / Business rule task must use camunda:decisionRefBinding="deployment"');
    }
  }
  return { check };
};
