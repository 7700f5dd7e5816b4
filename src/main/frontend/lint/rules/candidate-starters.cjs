'use strict';

const { is, attr } = require('./helper.cjs');

/** Every executable process says who may start it (camunda:candidateStarterGroups or -Users; P11-10g). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable !== false
        && attr(node, 'camunda:candidateStarterGroups') === '' && attr(node, 'camunda:candidateStarterUsers') === '') {
      reporter.report(node.id, 'The process needs candidate starter groups: who may start it', [ 'candidateStarterGroups' ]);
    }
  }
  return { check };
};
