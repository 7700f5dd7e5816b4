'use strict';

const { is, documentationOf } = require('./helper.cjs');

/** The process and every user task say in words what they are for (the reviewer reads it in the inbox). */
module.exports = function() {
  function check(node, reporter) {
    if ((is(node, 'bpmn:Process') || is(node, 'bpmn:UserTask')) && documentationOf(node) === '') {
      reporter.report(node.id, is(node, 'bpmn:Process')
        ? 'The process needs documentation: what it is for'
        : 'User task needs documentation: what the person does here', [ 'documentation' ]);
    }
  }
  return { check };
};
