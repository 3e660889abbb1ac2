'use strict';

/** Whether a moddle element is of the BPMN type (works with and without Camunda's moddle extension). */
function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

/** A camunda:* attribute: a property when Modeler knows Camunda's schema, else an unknown attribute. */
function camunda(node, name) {
  const qualified = 'camunda:' + name;
  const value = node.get ? node.get(qualified) : undefined;
  if (value !== undefined && value !== null) {
    return value;
  }
  return node.$attrs ? node.$attrs[qualified] : undefined;
}

/** The element's camunda:property entries as name -> value. */
function properties(node) {
  const found = {};
  const extensions = node.extensionElements && node.extensionElements.values || [];
  for (const extension of extensions) {
    if (!/^camunda:properties$/i.test(extension.$type || '')) {
      continue;
    }
    const entries = extension.values || extension.$children || [];
    for (const entry of entries) {
      const name = entry.name !== undefined ? entry.name : entry.$attrs && entry.$attrs.name;
      const value = entry.value !== undefined ? entry.value : entry.$attrs && entry.$attrs.value;
      if (name) {
        found[name] = value;
      }
    }
  }
  return found;
}

/** The boundary events attached to an activity. */
function boundaryEvents(activity) {
  const parent = activity.$parent;
  const siblings = parent && parent.flowElements || [];
  return siblings.filter(element => is(element, 'bpmn:BoundaryEvent') && element.attachedToRef === activity);
}

function isTimer(event) {
  return (event.eventDefinitions || []).some(definition => is(definition, 'bpmn:TimerEventDefinition'));
}

module.exports = { is, camunda, properties, boundaryEvents, isTimer };
