import { api, ApiError, basePath, enc } from './api.js';
import { createEditor } from './editors.js';
import { fileNameOf, keyOf, kindOf } from './kinds.js';

const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([ k, v ]) => {
    if (k.startsWith('on')) {
      node.addEventListener(k.slice(2), v);
    } else if (v !== undefined && v !== null) {
      node.setAttribute(k, v);
    }
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
}

/** The modeler page: the catalogue of models and drafts, and one open model at a time. */
export class ModelerPage {

  constructor(lintConfigFor) {
    this.lintConfigFor = lintConfigFor;
    this.formIds = [];
    this.current = null;
  }

  async start() {
    $('import-file').addEventListener('change', e => this.importFile(e.target.files[0]));
    $('save-draft').addEventListener('click', () => this.run(() => this.save()));
    $('validate').addEventListener('click', () => this.run(() => this.validate()));
    $('submit').addEventListener('click', () => this.run(() => this.submit()));
    $('download').addEventListener('click', () => this.run(() => this.download()));
    $('show-diff').addEventListener('click', () => {
      window.location.href = basePath() + 'modeler/drafts/' + enc(this.current.draftId) + '/diff';
    });
    $('close').addEventListener('click', () => this.close());
    await this.run(() => this.loadCatalogue());
  }

  async run(action) {
    try {
      await action();
    } catch (e) {
      this.say(e instanceof ApiError ? `Refused (${e.status}): ${e.message}` : String(e.message || e), true);
      if (e instanceof ApiError && e.body.problems) {
        this.showProblems(e.body.problems);
      }
    }
  }

  say(text, error) {
    const message = $('message');
    message.hidden = !text;
    message.textContent = text || '';
    message.className = error ? 'error' : 'info';
  }

  async loadCatalogue() {
    const [ models, drafts ] = await Promise.all([
      api('GET', 'api/models'),
      api('GET', 'api/model-drafts?mine=true').catch(() => [])
    ]);
    this.formIds = models.filter(m => m.kind === 'FORM').map(m => m.key);
    const modelRows = models.map(m => el('tr', { 'data-kind': m.kind, 'data-key': m.key },
      el('td', {}, m.kind), el('td', {}, m.name || m.key), el('td', {}, el('code', {}, m.key)), el('td', {}, String(m.version ?? '')),
      el('td', {}, el('button', { type: 'button', class: 'open-model', onclick: () => this.run(() => this.openDeployed(m)) }, 'Open'))));
    $('models').tBodies[0].replaceChildren(...(modelRows.length ? modelRows
      : [ el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Nothing deployed.')) ]));
    const draftRows = (drafts || []).map(d => el('tr', { 'data-draft-id': d.draftId },
      el('td', {}, d.kind), el('td', {}, el('code', {}, d.key)), el('td', {}, d.draftId), el('td', {}, String(d.version ?? '')),
      el('td', {}, el('span', { class: 'tag' }, d.status || '')),
      el('td', {},
        el('button', { type: 'button', class: 'open-draft', onclick: () => this.run(() => this.openDraft(d.draftId)) }, 'Open'), ' ',
        el('a', { href: basePath() + 'modeler/drafts/' + enc(d.draftId) + '/diff' }, 'Diff'))));
    $('drafts').tBodies[0].replaceChildren(...(draftRows.length ? draftRows
      : [ el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No drafts yet.')) ]));
  }

  async openDeployed(model) {
    const found = await api('GET', `api/models/${enc(model.kind)}/${enc(model.key)}`);
    await this.open({ kind: found.kind || model.kind, key: found.key || model.key, resourceName: found.resourceName,
      draftId: null, version: null, title: (model.name || model.key) + ' (deployed)' }, found.content);
  }

  async openDraft(draftId) {
    const draft = await api('GET', `api/model-drafts/${enc(draftId)}`);
    await this.open({ kind: draft.kind, key: draft.key, resourceName: draft.resourceName, draftId: draft.draftId || draftId,
      version: draft.version, title: draft.key + ' (draft)' }, draft.content);
    if (draft.problems && draft.problems.length) {
      this.showProblems(draft.problems);
    }
  }

  async importFile(file) {
    if (!file) {
      return;
    }
    const text = await file.text();
    const kind = kindOf(file.name, text);
    await this.run(() => this.open({ kind, key: keyOf(kind, text), resourceName: null, draftId: null, version: null,
      title: file.name + ' (from file)', fileName: file.name }, text));
    $('import-file').value = '';
  }

  async open(state, content) {
    this.close();
    $('catalogue').hidden = true;
    $('workspace').hidden = false;
    $('properties').hidden = state.kind !== 'BPMN';
    this.current = { ...state, dirty: !state.draftId && !!state.fileName };
    this.editor = createEditor(state.kind, $('canvas'), $('properties'), this.lintConfigFor(this.formIds));
    this.editor.onLint(issues => this.showLint(issues));
    const warnings = await this.editor.open(content);
    this.editor.onChange(() => {
      this.current.dirty = true;
      this.renderHeader();
    });
    this.renderHeader();
    this.say(warnings && warnings.length ? `Opened with ${warnings.length} import warning(s): ${warnings[0].message}` : '');
    if (state.kind !== 'BPMN') {
      $('lint-list').replaceChildren(el('li', { class: 'muted' }, 'Decisions and forms are checked by the server: Validate.'));
    }
  }

  renderHeader() {
    const c = this.current;
    $('current-title').textContent = c.title;
    $('current-draft').textContent = c.draftId ? `draft ${c.draftId} v${c.version ?? '?'}${c.dirty ? ' · unsaved' : ''}`
      : (c.dirty ? 'not saved' : 'no draft yet');
    $('show-diff').hidden = !c.draftId;
  }

  close() {
    if (this.editor) {
      this.editor.destroy();
      this.editor = null;
    }
    $('canvas').replaceChildren();
    $('properties').replaceChildren();
    $('workspace').hidden = true;
    $('catalogue').hidden = false;
    $('problem-list').replaceChildren(el('li', { class: 'muted' }, 'Not validated yet.'));
    $('lint-list').replaceChildren(el('li', { class: 'muted' }, 'No findings.'));
    $('submit-result').textContent = '';
    this.current = null;
  }

  /** Saves the editor's content as a new draft, or as the next version of the open draft. */
  async save() {
    const c = this.current;
    const content = await this.editor.content();
    const saved = c.draftId
      ? await api('PUT', `api/model-drafts/${enc(c.draftId)}`, { content })
      : await api('POST', 'api/model-drafts', { kind: c.kind, key: c.key, content });
    c.draftId = saved.draftId || c.draftId;
    c.version = saved.version ?? c.version;
    c.dirty = false;
    this.renderHeader();
    this.say(`Saved as draft ${c.draftId}, version ${c.version}.`);
    if (saved.problems) {
      this.showProblems(saved.problems);
    }
    await this.loadCatalogue().catch(() => {});
    return saved;
  }

  async saveIfNeeded() {
    if (!this.current.draftId || this.current.dirty) {
      await this.save();
    }
  }

  async validate() {
    await this.saveIfNeeded();
    const result = await api('POST', `api/model-drafts/${enc(this.current.draftId)}/validate`);
    this.showProblems(result.problems || []);
    this.say(result.valid ? 'The server accepts this draft.' : `The server found ${(result.problems || []).length} problem(s).`, !result.valid);
    return result;
  }

  async submit() {
    const reason = $('reason').value.trim();
    if (!reason) {
      $('reason').focus();
      this.say('Give the reason for the change before submitting.', true);
      return;
    }
    await this.saveIfNeeded();
    const change = await api('POST', `api/model-drafts/${enc(this.current.draftId)}/submit`, { reason });
    $('submit-result').replaceChildren(`Submitted as change ${change.changeId} for review. `,
      el('a', { id: 'diff-link', href: basePath() + 'modeler/drafts/' + enc(this.current.draftId) + '/diff' }, 'See the diff'));
    this.say(`Submitted: change ${change.changeId}.`);
    this.showProblems([]);
  }

  async download() {
    const content = await this.editor.content();
    const c = this.current;
    const name = c.fileName || fileNameOf(c.kind, c.key, c.resourceName);
    const blob = new Blob([ content ], { type: c.kind === 'FORM' ? 'application/json' : 'application/xml' });
    const link = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  showProblems(problems) {
    const list = $('problem-list');
    if (!problems.length) {
      list.replaceChildren(el('li', { class: 'muted' }, 'No problems.'));
    } else {
      list.replaceChildren(...problems.map(p => el('li', { class: 'problem', 'data-element-id': p.elementId || '' },
        el('button', { type: 'button', class: 'link', onclick: () => this.selectElement(p.elementId) }, p.elementId || '(model)'),
        ' ', el('span', { class: 'tag' }, p.rule || ''), ' ', p.message || '')));
    }
    this.editor?.markProblems(problems.map(p => p.elementId).filter(Boolean));
  }

  showLint(issues) {
    const rows = [];
    Object.entries(issues || {}).forEach(([ elementId, list ]) => list.forEach(issue => rows.push(
      el('li', { class: 'lint-' + (issue.category || 'error'), 'data-element-id': elementId, 'data-rule': issue.rule },
        el('button', { type: 'button', class: 'link', onclick: () => this.selectElement(elementId) }, elementId),
        ' ', el('span', { class: 'tag' }, (issue.rule || '').replace(/^gxp\//, '')), ' ', issue.message))));
    $('lint-list').replaceChildren(...(rows.length ? rows : [ el('li', { class: 'muted' }, 'No findings.') ]));
  }

  selectElement(elementId) {
    if (elementId && this.editor && !this.editor.select(elementId)) {
      this.say(`${elementId} is not in the open model.`, true);
    }
  }
}
