'use strict';

/** Small moddle helpers shared by the GxP rules (no dependency beyond the moddle elements themselves). */

function is(node, type) {
  return typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function documentationOf(node) {
  return (node.documentation || []).map(d => (d.text || '').trim()).join(' ').trim();
}

/** The camunda:property name/value pairs of an element's extension elements. */
function propertiesOf(node) {
  const props = {};
  const values = (node.extensionElements && node.extensionElements.values) || [];
  values.filter(v => v.$type === 'camunda:Properties').forEach(ps => {
    (ps.values || []).forEach(p => {
      props[p.name] = p.value;
    });
  });
  return props;
}

function attr(node, name) {
  const value = typeof node.get === 'function' ? node.get(name) : undefined;
  return value === undefined || value === null ? '' : String(value).trim();
}

/** A task for one named person (assignee and only candidate user are the same): no group needed. */
function isPersonalTask(task) {
  const assignee = attr(task, 'camunda:assignee');
  return assignee !== '' && assignee === attr(task, 'camunda:candidateUsers') && attr(task, 'camunda:candidateGroups') === '';
}

module.exports = { is, documentationOf, propertiesOf, attr, isPersonalTask };
