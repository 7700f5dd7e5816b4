'use strict';

const { is, propertiesOf } = require('./helper.cjs');

const KNOWN_MEANINGS = [ 'AUTHORED', 'REVIEWED', 'APPROVED', 'RESPONSIBLE', 'ACKNOWLEDGED', 'VERIFIED' ];

/** A signing step (camunda:property signature.meaning) names a meaning the signature policy knows. */
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
    }
  }
  return { check };
};

module.exports.KNOWN_MEANINGS = KNOWN_MEANINGS;
