'use strict';

const { is, attr } = require('./helper.cjs');

/** Every user task shows a deployed Camunda Form (camunda:formRef), and a start event's form exists too. */
module.exports = function(config) {
  const formIds = (config && config.formIds) || [];
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask') && !is(node, 'bpmn:StartEvent')) {
      return;
    }
    const formRef = attr(node, 'camunda:formRef');
    if (formRef === '') {
      if (is(node, 'bpmn:UserTask')) {
        reporter.report(node.id, 'User task needs a form (camunda:formRef)', [ 'formRef' ]);
      }
      return;
    }
    if (formIds.length && !formIds.includes(formRef)) {
      reporter.report(node.id, 'Form "' + formRef + '" is not deployed', [ 'formRef' ]);
    }
  }
  return { check };
};
