'use strict';

const { is, propertiesOf } = require('./helper.cjs');

/** An authoring step (camunda:property record.authoring="true") is never also a signing step (CHK-15). */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowNode')) {
      return;
    }
    const props = propertiesOf(node);
    if ('record.authoring' in props && (props['record.authoring'] !== 'true' || 'signature.meaning' in props)) {
      reporter.report(node.id, 'An authoring step has record.authoring="true" and no signature meaning: the author does not sign it', [ 'record.authoring' ]);
    }
  }
  return { check };
};
