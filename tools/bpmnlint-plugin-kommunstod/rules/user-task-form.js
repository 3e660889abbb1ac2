'use strict';

const { is, camunda } = require('./helpers');

/**
 * Every user task has a Camunda Form bound to its own deployment: the application deploys the
 * whole model set together, so "deployment" finds the form released with the model.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!camunda(node, 'formRef')) {
      reporter.report(node.id, 'Uppgiften saknar formulär (Form: Camunda Form, linked) / User task has no form (camunda:formRef)');
    } else if (camunda(node, 'formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Formuläret ska bindas med "deployment" / Form must be bound with camunda:formRefBinding="deployment"');
    }
  }
  return { check };
};
