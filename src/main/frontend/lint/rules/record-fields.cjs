'use strict';

const { is, propertiesOf } = require('./helper.cjs');

/** Every executable process names the fields of its record that a signature covers (record.fields, P11-70). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable !== false && !(propertiesOf(node)['record.fields'] || '').trim()) {
      reporter.report(node.id, 'The process needs the extension property record.fields: the record fields a signature covers', [ 'record.fields' ]);
    }
  }
  return { check };
};
