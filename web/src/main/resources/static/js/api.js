import { h } from './dom.js';
import { t } from './i18n.js';

// Calls the APIs through the front door (same origin: the session cookie goes along, the front door adds the
// access token). State-changing calls carry the CSRF token from the XSRF-TOKEN cookie.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

function cookie(name) {
  const found = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

// A 503 with Retry-After is a service not ready yet (it has not read an event, or its store is restarting): the
// request did nothing, and is sent again after the pause the service asked for, a few times, before it is an error.
const RETRIES = 3;
const MAX_RETRY_WAIT_MS = 5000;

function retryAfterMillis(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  if (response.status !== 503 || !Number.isFinite(seconds) || seconds < 0) return null;
  return Math.min(seconds * 1000, MAX_RETRY_WAIT_MS);
}

/**
 * Sends a request; resolves to { data, status, etag }, rejects with ApiError for any non-2xx answer (after the
 * retries of a 503 with Retry-After).
 */
export async function send(method, path, body, headers = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (body instanceof FormData) {
    init.body = body; // a file upload: the browser writes the multipart type with its boundary
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD') init.headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
  let response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(path, init);
    } catch (networkError) {
      throw new ApiError(0, { title: t('error.network') });
    }
    const wait = retryAfterMillis(response);
    if (wait === null || attempt >= RETRIES) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204) {
    data = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  }
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : { detail: data });
  return { data, status: response.status, etag: response.headers.get('ETag') };
}

export async function get(path) {
  return (await send('GET', path)).data;
}

/** A readable message for a failed call: the problem's title and detail, and each invalid field. */
export function problemText(error) {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.status === 401) return t('error.signIn');
  const problem = error.problem;
  const parts = [];
  if (problem.title) parts.push(problem.title);
  if (problem.detail && problem.detail !== problem.title) parts.push(problem.detail);
  if (parts.length === 0) parts.push(t('error.status', error.status));
  return parts.join(': ');
}

/** An alert box showing a failed call, with the invalid fields as a list. */
export function problemBox(error) {
  const box = h('div', { class: 'alert', role: 'alert' }, h('p', null, problemText(error)));
  const errors = error instanceof ApiError && Array.isArray(error.problem.errors) ? error.problem.errors : [];
  if (errors.length) {
    box.append(h('ul', null, errors.map((e) => h('li', null, `${e.field}: ${e.message}`))));
  }
  return box;
}
