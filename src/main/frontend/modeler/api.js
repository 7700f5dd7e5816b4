/**
 * The JSON API as the signed-in page user: the session cookie travels with same-origin fetches, and every
 * write carries the page's CSRF token (the API refuses a session write without it).
 */
const csrfToken = () => document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = () => document.querySelector('meta[name="_csrf_header"]')?.content || 'X-CSRF-TOKEN';

export function basePath() {
  const base = document.querySelector('[data-base]')?.dataset.base || '/';
  return base.endsWith('/') ? base : base + '/';
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.message || body.error)) || ('HTTP ' + status));
    this.status = status;
    this.body = body || {};
  }
}

export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers[csrfHeader()] = csrfToken();
  }
  const response = await fetch(basePath() + path.replace(/^\//, ''), {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (notJson) {
    json = { message: text.slice(0, 200) };
  }
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

export const enc = encodeURIComponent;
