'use strict';

// node --test src/main/frontend/lint/test/ (from the repository root, after the front-end npm install)
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { Linter } = require('bpmnlint');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { gxpLintConfig } = require('../index.cjs');
const { isDefaultId } = require('../rules/meaningful-id.cjs');

const ROOT = path.resolve(__dirname, '../../../../..');
const RETENTION = { DocumentApprovalProcess: 3650 };
const ROLES = [ 'PROCESS_OWNER', 'QUALITY_MANAGER', 'REVIEWER', 'APPROVER', 'IT_SECURITY', 'AUDITOR', 'INSPECTOR', 'ADMIN' ];

async function lint(xml, settings) {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(xml);
  return new Linter(gxpLintConfig(settings || { retentionDays: RETENTION, roles: ROLES })).lint(rootElement);
}

function shipped() {
  return fs.readFileSync(path.join(ROOT, 'processes/document-approval.bpmn'), 'utf8');
}

test('the shipped document approval process keeps the contract', async () => {
  const formIds = fs.readdirSync(path.join(ROOT, 'forms')).filter(f => f.endsWith('.form'))
    .map(f => JSON.parse(fs.readFileSync(path.join(ROOT, 'forms', f), 'utf8')).id);
  const issues = await lint(shipped(), { retentionDays: RETENTION, roles: ROLES, formIds });
  assert.deepStrictEqual(issues, {});
});

test('a Modeler default id on a user task is refused', async () => {
  const issues = await lint(shipped().replaceAll('Task_ReviewDocument', 'Activity_0abc123'));
  assert.strictEqual(issues['gxp/meaningful-id'].length, 1);
  assert.strictEqual(issues['gxp/meaningful-id'][0].id, 'Activity_0abc123');
});

test('default ids are told from meaningful ones (the list the server is tested with too)', () => {
  const ids = JSON.parse(fs.readFileSync(path.join(__dirname, 'modeler-ids.json'), 'utf8'));
  for (const id of ids.modelerDefaults) {
    assert.ok(isDefaultId(id), id);
  }
  for (const id of ids.meaningful) {
    assert.ok(!isDefaultId(id), id);
  }
});

test('a user task without documentation, candidate groups and form is reported for each', async () => {
  const xml = shipped().replace(/<bpmn:userTask id="Task_ApproveDocument"[^>]*>\s*<bpmn:documentation>[^<]*<\/bpmn:documentation>/,
    '<bpmn:userTask id="Task_ApproveDocument" name="Approve document">');
  const issues = await lint(xml);
  for (const rule of [ 'gxp/documentation', 'gxp/candidate-groups', 'gxp/form-ref' ]) {
    assert.deepStrictEqual(issues[rule].map(i => i.id), [ 'Task_ApproveDocument' ], rule);
  }
});

test('an unknown signing meaning and an unknown candidate group are reported', async () => {
  const xml = shipped().replace('value="REVIEWED"', 'value="LOOKED_AT"').replace('REVIEWER,QUALITY_MANAGER', 'REVIEWERS');
  const issues = await lint(xml);
  assert.deepStrictEqual(issues['gxp/signature-meaning'].map(i => i.id), [ 'Task_ReviewDocument' ]);
  assert.deepStrictEqual(issues['gxp/candidate-groups'].map(i => i.id), [ 'Task_ReviewDocument' ]);
});

test('history time to live shorter than the retention is reported', async () => {
  const issues = await lint(shipped().replace('camunda:historyTimeToLive="3650"', 'camunda:historyTimeToLive="30"'));
  assert.deepStrictEqual(issues['gxp/history-ttl'].map(i => i.id), [ 'DocumentApprovalProcess' ]);
  assert.match(issues['gxp/history-ttl'][0].message, /3650/);
});

test('an authoring step that also signs, and a process without starters or record fields, are reported', async () => {
  const xml = shipped()
    .replace('<camunda:property name="record.authoring" value="true" />',
      '<camunda:property name="record.authoring" value="true" /><camunda:property name="signature.meaning" value="AUTHORED" />')
    .replace(' camunda:candidateStarterGroups="PROCESS_OWNER,QUALITY_MANAGER"', '')
    .replace('<camunda:property name="record.fields" value="documentNumber,documentTitle,documentVersion" />', '');
  const issues = await lint(xml);
  assert.deepStrictEqual(issues['gxp/authoring-not-signing'].map(i => i.id), [ 'Task_ReviseDocument' ]);
  assert.deepStrictEqual(issues['gxp/candidate-starters'].map(i => i.id), [ 'DocumentApprovalProcess' ]);
  assert.deepStrictEqual(issues['gxp/record-fields'].map(i => i.id), [ 'DocumentApprovalProcess' ]);
});

test('a process without its own retention keeps its history as long as the longest declared one', async () => {
  const xml = shipped().replaceAll('DocumentApprovalProcess', 'NewProcess');
  assert.deepStrictEqual(await lint(xml, { retentionDays: { A: 30, B: 3650 }, roles: ROLES }), {});
  const issues = await lint(xml, { retentionDays: { A: 30, B: 4000 }, roles: ROLES });
  assert.deepStrictEqual(issues['gxp/history-ttl'].map(i => i.id), [ 'NewProcess' ]);
});
