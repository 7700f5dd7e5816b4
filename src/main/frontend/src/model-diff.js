/**
 * /modeler/drafts/{draftId}/diff: what a draft changes against the deployed version, for the process owner
 * and for QA, who reviews the change from here. BPMN: the two diagrams side by side with the changes marked
 * (added green, removed red, changed amber) and listed by element name; every kind: the file line by line.
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '../modeler/model-diff.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { diff as diffModels } from 'bpmn-js-differ';
import { diffLines, parsePatch } from 'diff';
import { api, enc } from '../modeler/api.js';

const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([ k, v ]) => v !== undefined && node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
}

const MARKERS = { added: 'diff-added', removed: 'diff-removed', changed: 'diff-changed', layout: 'diff-layout' };

/**
 * The value of a simple attribute in one of the two diagrams. bpmn-js-differ 3.x hands jsondiffpatch's
 * [old, new] to ChangeHandler.changed(model, property, newValue, oldValue), so its attrs name them the wrong
 * way round; read both sides from the diagrams where we can and take the library's pair swapped otherwise.
 */
function valueIn(viewer, id, attr) {
  const bo = viewer.get('elementRegistry').get(id)?.businessObject;
  if (!bo || /[.[]/.test(attr)) {
    return { found: false };
  }
  return { found: true, value: bo.get(attr) };
}

function beforeAfter(deployed, draft, id, attr, v) {
  const before = valueIn(deployed, id, attr);
  const after = valueIn(draft, id, attr);
  return before.found && after.found ? [ before.value, after.value ] : [ v.newValue, v.oldValue ];
}

/** The changes of bpmn-js-differ as one list: {change, id, name, type, what}. */
export function changesOf(result, deployed, draft) {
  const rows = [];
  const nameOf = e => (e && (e.name || (e.model && e.model.name))) || '';
  const typeOf = e => ((e && (e.$type || (e.model && e.model.$type))) || '').replace(/^bpmn:/, '');
  Object.entries(result._added).forEach(([ id, e ]) => rows.push({ change: 'added', id, name: nameOf(e), type: typeOf(e), what: '' }));
  Object.entries(result._removed).forEach(([ id, e ]) => rows.push({ change: 'removed', id, name: nameOf(e), type: typeOf(e), what: '' }));
  Object.entries(result._changed).forEach(([ id, e ]) => rows.push({
    change: 'changed', id, name: nameOf(e), type: typeOf(e),
    what: Object.entries(e.attrs || {}).map(([ attr, v ]) => {
      const [ before, after ] = beforeAfter(deployed, draft, id, attr, v);
      return `${attr}: ${show(before)} → ${show(after)}`;
    }).join('; ')
  }));
  Object.entries(result._layoutChanged).filter(([ id ]) => !(id in result._changed) && !(id in result._added))
    .forEach(([ id, e ]) => rows.push({ change: 'layout', id, name: nameOf(e), type: typeOf(e), what: 'moved or resized' }));
  return rows;
}

function show(value) {
  if (value === undefined || value === null || value === '') {
    return '(none)';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

async function viewer(container, xml) {
  const v = new NavigatedViewer({ container, moddleExtensions: { camunda: camundaModdle } });
  await v.importXML(xml);
  v.get('canvas').zoom('fit-viewport');
  return v;
}

function mark(v, ids, marker) {
  const registry = v.get('elementRegistry');
  ids.filter(id => registry.get(id)).forEach(id => v.get('canvas').addMarker(id, marker));
}

async function visualDiff(deployedXml, draftXml) {
  $('visual-diff').hidden = false;
  const [ deployed, draft ] = await Promise.all([ viewer($('deployed-canvas'), deployedXml), viewer($('draft-canvas'), draftXml) ]);
  const rows = changesOf(diffModels(deployed.getDefinitions(), draft.getDefinitions()), deployed, draft);
  rows.forEach(r => {
    if (r.change !== 'added') {
      mark(deployed, [ r.id ], MARKERS[r.change]);
    }
    if (r.change !== 'removed') {
      mark(draft, [ r.id ], MARKERS[r.change]);
    }
  });
  $('changes').tBodies[0].replaceChildren(...(rows.length ? rows.map(r => el('tr', { class: 'change-' + r.change, 'data-element-id': r.id },
    el('td', {}, el('span', { class: 'diff-key ' + MARKERS[r.change] }, r.change)), el('td', {}, r.name || '(no name)'),
    el('td', {}, el('code', {}, r.id)), el('td', {}, r.type), el('td', {}, r.what)))
    : [ el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'The diagrams do not differ.')) ]));
}

/** The server's unified diff, hunk by hunk with line numbers; computed here only if the server sent none. */
function textDiff(unifiedDiff, deployed, draft) {
  const lines = [];
  const patch = unifiedDiff ? parsePatch(unifiedDiff) : [];
  if (patch.length && patch[0].hunks.length) {
    patch.forEach(file => file.hunks.forEach(hunk => {
      lines.push(el('span', { class: 'hunk' }, `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@\n`));
      let oldNo = hunk.oldStart;
      let newNo = hunk.newStart;
      hunk.lines.forEach(line => {
        const sign = line[0];
        const cls = sign === '+' ? 'line-added' : sign === '-' ? 'line-removed' : 'line-same';
        const numbers = sign === '+' ? `     ${String(newNo++).padStart(5)}` : sign === '-' ? `${String(oldNo++).padStart(5)}      `
          : `${String(oldNo++).padStart(5)} ${String(newNo++).padStart(5)}`;
        lines.push(el('span', { class: cls }, `${numbers} ${line}\n`));
      });
    }));
  } else {
    diffLines(deployed || '', draft || '').forEach(part => {
      const cls = part.added ? 'line-added' : part.removed ? 'line-removed' : 'line-same';
      const sign = part.added ? '+' : part.removed ? '-' : ' ';
      part.value.replace(/\n$/, '').split('\n').forEach(line => lines.push(el('span', { class: cls }, `${sign}${line}\n`)));
    });
  }
  $('xml-diff').replaceChildren(...lines);
  return lines.length;
}

document.addEventListener('DOMContentLoaded', async () => {
  const draftId = document.getElementById('diff-page').dataset.draftId;
  try {
    const d = await api('GET', `api/model-drafts/${enc(draftId)}/diff`);
    textDiff(d.unifiedDiff, d.deployedContent, d.draftContent);
    if (d.kind === 'BPMN' && d.deployedContent) {
      await visualDiff(d.deployedContent, d.draftContent);
    }
    $('diff-message').textContent = d.deployedContent ? `${d.kind}: draft against the deployed version.`
      : `${d.kind}: nothing of this key is deployed yet; the whole file is new.`;
  } catch (e) {
    $('diff-message').textContent = 'The diff could not be loaded: ' + e.message;
    $('diff-message').className = 'error';
  }
});
