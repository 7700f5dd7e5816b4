/**
 * /modeler: process owners open a deployed process, decision or form (or a file from the desktop Camunda
 * Modeler), edit it with the bpmn.io editors, see our model contract as lint findings while they edit,
 * save drafts, let the server validate them and submit a draft for review (ModelChangeProcess).
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '../modeler/modeler.css';

import { gxpLintConfig } from '../lint/index.cjs';
import { ModelerPage } from '../modeler/page.js';

const ROLES = [ 'PROCESS_OWNER', 'QUALITY_MANAGER', 'REVIEWER', 'APPROVER', 'IT_SECURITY', 'AUDITOR', 'INSPECTOR', 'ADMIN' ];

function retentionDays() {
  const days = {};
  document.querySelectorAll('#retention li').forEach(li => {
    days[li.dataset.key] = parseInt(li.dataset.days, 10);
  });
  return days;
}

document.addEventListener('DOMContentLoaded', () => {
  const page = new ModelerPage(formIds => gxpLintConfig({ retentionDays: retentionDays(), roles: ROLES, formIds }));
  window.gxpModeler = page; // for the browser tests and the curious: the page's state, nothing more
  page.start();
});
