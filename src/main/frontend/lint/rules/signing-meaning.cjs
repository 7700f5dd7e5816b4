'use strict';

const { is, propertiesOf } = require('./helper.cjs');

const KNOWN_MEANINGS = [ 'AUTHORED', 'REVIEWED', 'APPROVED', 'RESPONSIBLE', 'ACKNOWLEDGED', 'VERIFIED' ];

/**
 * A signing step (camunda:property signature.meaning) names a meaning the signature policy knows, and an
 * authoring step (record.authoring) is never also a signing step (CHK-15).
 */
module.exports = function(config) {
  const meanings = (config && config.meanings) || KNOWN_MEANINGS;
  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowNode')) {
      return;
    }
    const props = propertiesOf(node);
    if ('signature.meaning' in props) {
      const meaning = (props['signature.meaning'] || '').trim();
      if (!meanings.includes(meaning)) {
        reporter.report(node.id, 'Signing step needs a known signature meaning (' + meanings.join(', ') + '), not "' + meaning + '"', [ 'signature.meaning' ]);
      }
      if (props['record.authoring'] !== undefined) {
        reporter.report(node.id, 'An authoring step (record.authoring) is not also a signing step', [ 'signature.meaning' ]);
      }
    }
  }
  return { check };
};

module.exports.KNOWN_MEANINGS = KNOWN_MEANINGS;
