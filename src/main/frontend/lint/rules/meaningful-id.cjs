'use strict';

/**
 * No ids the Modeler makes up (Activity_0abc123, Gateway_1x2y3z, UserTask_1): code, tests, reports and the
 * audit trail refer to ids, so they must mean something (STYLE.md; ProcessModelContractTests.noModelerDefaultIds).
 * The server's copy of this pattern is ModelContract.MODELER_DEFAULT_ID (src/main/java/org/gxpbridge/modeling);
 * both are tested against the one list of ids in ../test/modeler-ids.json. Change both together.
 */
const PREFIXES = [
  'Activity', 'Task', 'UserTask', 'ServiceTask', 'SendTask', 'ReceiveTask', 'ScriptTask', 'ManualTask',
  'BusinessRuleTask', 'CallActivity', 'SubProcess', 'Event', 'StartEvent', 'EndEvent', 'BoundaryEvent',
  'IntermediateCatchEvent', 'IntermediateThrowEvent', 'Gateway', 'ExclusiveGateway', 'ParallelGateway',
  'InclusiveGateway', 'EventBasedGateway', 'Flow', 'SequenceFlow', 'MessageFlow', 'Process', 'DataObject',
  'DataObjectReference', 'DataStoreReference', 'Lane', 'LaneSet', 'Participant', 'TextAnnotation',
  'Association', 'Definitions', 'Collaboration', 'Message', 'Signal', 'Error', 'Escalation', 'Group',
  'Category', 'CategoryValue', 'Decision', 'DecisionTable', 'Form'
].join('|');

// the random suffix (six or seven of base 36 with at least one digit) or an older counter (Task_1)
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
