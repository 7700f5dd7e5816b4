'use strict';

/**
 * Our model contract (STYLE.md "Models", checked on the server by the model change validation and
 * ProcessModelContractTests) as a bpmnlint plugin, packed by hand: esbuild has no bpmnlint loader, and
 * bpmn-js-bpmnlint only needs { config, resolver }.
 */
const RULES = {
  'meaningful-ids': require('./rules/meaningful-ids.cjs'),
  'documentation': require('./rules/documentation.cjs'),
  'candidate-groups': require('./rules/candidate-groups.cjs'),
  'form-ref': require('./rules/form-ref.cjs'),
  'signing-meaning': require('./rules/signing-meaning.cjs'),
  'history-ttl': require('./rules/history-ttl.cjs')
};

const PLUGIN = 'bpmnlint-plugin-gxp';

/**
 * The packed lint configuration for bpmn-js-bpmnlint.
 * @param settings { retentionDays: {processKey: days}, formIds: [..], roles: [..] } from the page
 */
function gxpLintConfig(settings) {
  const s = settings || {};
  const config = {
    rules: {
      'gxp/meaningful-ids': 'error',
      'gxp/documentation': 'error',
      'gxp/candidate-groups': [ 'error', { roles: s.roles || [] } ],
      'gxp/form-ref': [ 'error', { formIds: s.formIds || [] } ],
      'gxp/signing-meaning': 'error',
      'gxp/history-ttl': [ 'error', { retentionDays: s.retentionDays || {} } ]
    }
  };
  const resolver = {
    resolveRule(pkg, name) {
      if (pkg !== PLUGIN || !RULES[name]) {
        throw new Error('unknown rule <' + pkg + '/' + name + '>');
      }
      return RULES[name];
    },
    resolveConfig(pkg, name) {
      throw new Error('unknown config <' + pkg + '/' + name + '>');
    }
  };
  return { config, resolver };
}

module.exports = { gxpLintConfig, RULES };
