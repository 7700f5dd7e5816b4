/**
 * One small interface over the three bpmn.io editors, so the page treats a process, a decision and a form
 * alike: open(content), content(), onChange(fn), select(elementId), destroy(). The bpmn.io watermark each
 * editor draws stays (their licence requires it).
 */
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import DmnModeler from 'dmn-js/lib/Modeler';
import { FormEditor } from '@bpmn-io/form-js-editor';
import GxpPropertiesProviderModule from './gxp-properties.js';

export function createEditor(kind, canvas, properties, lintConfig) {
  if (kind === 'DMN') {
    return new DmnEditor(canvas);
  }
  if (kind === 'FORM') {
    return new FormsEditor(canvas);
  }
  return new BpmnEditor(canvas, properties, lintConfig);
}

class BpmnEditor {
  constructor(canvas, properties, lintConfig) {
    this.kind = 'BPMN';
    this.modeler = new BpmnModeler({
      container: canvas,
      propertiesPanel: { parent: properties },
      linting: { bpmnlint: lintConfig, active: true },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        GxpPropertiesProviderModule,
        lintModule
      ],
      moddleExtensions: { camunda: camundaModdle }
    });
  }

  async open(xml) {
    const { warnings } = await this.modeler.importXML(xml);
    this.modeler.get('canvas').zoom('fit-viewport');
    return warnings;
  }

  async content() {
    return (await this.modeler.saveXML({ format: true })).xml;
  }

  onChange(fn) {
    this.modeler.on('commandStack.changed', fn);
  }

  onLint(fn) {
    this.modeler.on('linting.completed', ({ issues }) => fn(issues));
  }

  select(elementId) {
    const element = this.modeler.get('elementRegistry').get(elementId);
    if (!element) {
      return false;
    }
    this.modeler.get('selection').select(element);
    if (element.parent) {
      this.modeler.get('canvas').scrollToElement(element);
    }
    return true;
  }

  /** Marks the elements the server refused, so they stand out without a click. */
  markProblems(elementIds) {
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    (this.problemIds || []).forEach(id => registry.get(id) && canvas.removeMarker(id, 'gxp-problem'));
    this.problemIds = elementIds.filter(id => registry.get(id));
    this.problemIds.forEach(id => canvas.addMarker(id, 'gxp-problem'));
  }

  destroy() {
    this.modeler.destroy();
  }
}

class DmnEditor {
  constructor(canvas) {
    this.kind = 'DMN';
    this.modeler = new DmnModeler({ container: canvas });
    this.listeners = [];
  }

  async open(xml) {
    const { warnings } = await this.modeler.importXML(xml);
    // a decision table is what process owners change: show the first one rather than the DRD
    const view = this.modeler.getViews().find(v => v.type === 'decisionTable');
    if (view) {
      await this.modeler.open(view);
    }
    this.modeler.on('views.changed', () => this.attach());
    this.attach();
    return warnings;
  }

  attach() {
    const viewer = this.modeler.getActiveViewer();
    if (viewer && viewer !== this.attached) {
      this.attached = viewer;
      this.listeners.forEach(fn => viewer.on('elements.changed', fn));
    }
  }

  async content() {
    return (await this.modeler.saveXML({ format: true })).xml;
  }

  onChange(fn) {
    this.listeners.push(fn);
    this.modeler.getActiveViewer()?.on('elements.changed', fn);
  }

  onLint() {
    // decisions are checked by the server (parser, UNIQUE completeness), not linted here
  }

  select(elementId) {
    const view = this.modeler.getViews().find(v => v.element.id === elementId
      || (v.element.decisionLogic && (v.element.decisionLogic.rule || []).some(r => r.id === elementId)));
    if (view) {
      this.modeler.open(view);
      return true;
    }
    return false;
  }

  markProblems() {
  }

  destroy() {
    this.modeler.destroy();
  }
}

class FormsEditor {
  constructor(canvas) {
    this.kind = 'FORM';
    this.editor = new FormEditor({ container: canvas });
  }

  async open(json) {
    const { warnings } = await this.editor.importSchema(JSON.parse(json));
    return warnings;
  }

  async content() {
    return JSON.stringify(this.editor.saveSchema(), null, 2);
  }

  onChange(fn) {
    this.editor.on('changed', fn);
  }

  onLint() {
  }

  select(elementId) {
    const registry = this.editor.get('formFieldRegistry');
    const field = registry.get(elementId) || registry.getAll().find(f => f.key === elementId);
    if (field) {
      this.editor.get('selection').set(field);
      return true;
    }
    return false;
  }

  markProblems() {
  }

  destroy() {
    this.editor.destroy();
  }
}
