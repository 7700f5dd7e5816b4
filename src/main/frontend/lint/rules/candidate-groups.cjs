'use strict';

const { is, attr, isPersonalTask } = require('./helper.cjs');

/** Who may work on a user task is a role (candidate groups), unless the task is one named person's own. */
module.exports = function(config) {
  const roles = (config && config.roles) || [];
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask') || isPersonalTask(node)) {
      return;
    }
    const groups = attr(node, 'camunda:candidateGroups');
    if (groups === '') {
      reporter.report(node.id, 'User task needs candidate groups (roles such as REVIEWER, APPROVER)', [ 'candidateGroups' ]);
      return;
    }
    groups.split(',').map(g => g.trim()).filter(g => roles.length && g && !g.startsWith('$') && !roles.includes(g))
      .forEach(g => reporter.report(node.id, 'Candidate group "' + g + '" is no role (' + roles.join(', ') + ')', [ 'candidateGroups' ]));
  }
  return { check };
};
