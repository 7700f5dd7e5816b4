/** What kind of model a file holds, its key, and the file name it is saved under. */
export function kindOf(fileName, text) {
  const name = (fileName || '').toLowerCase();
  const trimmed = (text || '').trim();
  if (name.endsWith('.form') || name.endsWith('.json') || trimmed.startsWith('{')) {
    return 'FORM';
  }
  if (name.endsWith('.dmn') || /https?:\/\/www\.omg\.org\/spec\/DMN\//.test(trimmed.slice(0, 2000))) {
    return 'DMN';
  }
  return 'BPMN';
}

export function keyOf(kind, text) {
  if (kind === 'FORM') {
    try {
      return JSON.parse(text).id || '';
    } catch (notJson) {
      return '';
    }
  }
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const all = tag => Array.from(doc.getElementsByTagNameNS('*', tag));
  if (kind === 'DMN') {
    return all('decision')[0]?.getAttribute('id') || '';
  }
  const processes = all('process');
  const executable = processes.find(p => p.getAttribute('isExecutable') === 'true') || processes[0];
  return executable?.getAttribute('id') || '';
}

export function fileNameOf(kind, key, resourceName) {
  if (resourceName) {
    return resourceName.split('/').pop();
  }
  const kebab = (key || 'model').replace(/Process$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return kebab + ({ BPMN: '.bpmn', DMN: '.dmn', FORM: '.form' }[kind] || '.xml');
}
