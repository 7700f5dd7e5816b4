'use strict';

/**
 * Rule names are those of the server's problems (modeling.ModelContract), so a lint finding and a refusal
 * on submit read alike. Our model contract (STYLE.md "Models", checked on the server by the model change validation and
 * ProcessModelContractTests) as a bpmnlint plugin, packed by hand: esbuild has no bpmnlint loader, and
 * bpmn-js-bpmnlint only needs { config, resolver }.
 */
const RULES = {
  'meaningful-id': require('./rules/meaningful-id.cjs'),
  'documentation': require('./rules/documentation.cjs'),
  'candidate-groups': require('./rules/candidate-groups.cjs'),
  'form-ref': require('./rules/form-ref.cjs'),
  'signature-meaning': require('./rules/signature-meaning.cjs'),
  'authoring-not-signing': require('./rules/authoring-not-signing.cjs'),
  'history-ttl': require('./rules/history-ttl.cjs'),
  'candidate-starters': require('./rules/candidate-starters.cjs'),
  'record-fields': require('./rules/record-fields.cjs')
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
      'gxp/meaningful-id': 'error',
      'gxp/documentation': 'error',
      'gxp/candidate-groups': [ 'error', { roles: s.roles || [] } ],
      'gxp/form-ref': [ 'error', { formIds: s.formIds || [] } ],
      'gxp/signature-meaning': 'error',
      'gxp/authoring-not-signing': 'error',
      'gxp/history-ttl': [ 'error', { retentionDays: s.retentionDays || {} } ],
      'gxp/candidate-starters': 'error',
      'gxp/record-fields': 'error'
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
