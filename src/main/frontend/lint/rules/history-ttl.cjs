'use strict';

const { is, attr } = require('./helper.cjs');

/**
 * Every executable process keeps its history at least as long as its records' retention
 * (gxp.workflow.retention-days, passed in by the page; P11-10c, CHK-19).
 */
function days(ttl) {
  const digits = ttl.replace(/[^0-9]/g, '');
  return digits === '' ? NaN : parseInt(digits, 10);
}

module.exports = function(config) {
  const retention = (config && config.retentionDays) || {};
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || node.isExecutable === false) {
      return;
    }
    const ttl = attr(node, 'camunda:historyTimeToLive');
    // as the server: a process without its own retention keeps its history as long as the longest declared one
    const declared = Object.values(retention);
    const required = node.id in retention ? retention[node.id] : (declared.length ? Math.max(...declared) : undefined);
    if (ttl === '') {
      reporter.report(node.id, 'The process needs a history time to live' + (required ? ' of at least ' + required + ' days' : ''), [ 'historyTimeToLive' ]);
      return;
    }
    if (required !== undefined && !(days(ttl) >= required)) {
      reporter.report(node.id, 'History time to live ' + ttl + ' is shorter than the retention of ' + required + ' days', [ 'historyTimeToLive' ]);
    }
  }
  return { check };
};
