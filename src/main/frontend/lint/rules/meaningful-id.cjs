'use strict';

/**
 * No ids the Modeler makes up (Activity_0abc123, Gateway_1x2y3z, UserTask_1): code, tests, reports and the
 * audit trail refer to ids, so they must mean something (STYLE.md; ProcessModelContractTests.noModelerDefaultIds).
 */
const PREFIXES = 'Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|UserTask|ServiceTask|Process|SequenceFlow|'
  + 'DataObject|DataObjectReference|DataStoreReference|Lane|LaneSet|Participant|TextAnnotation|Association|'
  + 'Definitions|Collaboration|Message|Signal|Error|Escalation|Group|Category|CategoryValue|Decision|Form';

// the Modeler's random suffix (7 characters of base 36 with a digit) or an older counter (Task_1)
const DEFAULT_ID = new RegExp('^(' + PREFIXES + ')_((?=[0-9a-z]*[0-9])[0-9a-z]{6,7}|[0-9]+)$');

function isDefaultId(id) {
  return DEFAULT_ID.test(id || '');
}

module.exports = function() {
  function check(node, reporter) {
    if (node.id && node.$type && node.$type.startsWith('bpmn:') && isDefaultId(node.id)) {
      reporter.report(node.id, 'Give "' + node.id + '" a meaningful id (e.g. Task_ReviewDocument), not the Modeler\'s default', [ 'id' ]);
    }
  }
  return { check };
};

module.exports.isDefaultId = isDefaultId;
