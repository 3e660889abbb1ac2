'use strict';

const { is, properties } = require('./helpers');

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** The limits a process manager tunes on a user task (dueIn, stallAfter) are ISO-8601 durations such as P14D. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const tunables = properties(node);
    for (const name of ['dueIn', 'stallAfter']) {
      if (tunables[name] !== undefined && !DURATION.test(String(tunables[name]).trim())) {
        reporter.report(node.id, name + ' "' + tunables[name] + '" är ingen ISO-8601-tidslängd som P14D / '
          + 'is not an ISO-8601 duration such as P14D');
      }
    }
  }
  return { check };
};
