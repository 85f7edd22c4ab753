import { h, uid } from './dom.js';
import { problemBox } from './api.js';
import { t } from './i18n.js';
import { whileBusy, isBusy, confirmed } from './actions.js';

/** A labelled field: the label names the control, a hint is read with it. */
export function field(labelText, control, hint) {
  const id = control.id || uid('f');
  control.id = id;
  const wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText), control);
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    wrapper.append(h('p', { class: 'hint', id: hintId }, hint));
  }
  return wrapper;
}

export function checkbox(labelText, name, checked) {
  const id = uid('c');
  return h('div', { class: 'field check' },
    h('input', { type: 'checkbox', id, name, checked: !!checked }),
    h('label', { for: id }, labelText));
}

export function select(name, options, selected, attrs = {}) {
  return h('select', { name, ...attrs },
    options.map(([value, text]) => h('option', { value, selected: value === (selected ?? '') }, text)));
}

/**
 * A form that calls the API on submit: shows the problem response when the call fails, and keeps the button busy
 * while the call runs ({@link whileBusy}). `submit(form)` returns a promise; `done(result)` runs after success;
 * `reset` empties the form after success; `confirm(form)`, for a destructive form, gives the question asked first
 * (or null: nothing to ask this time).
 */
export function apiForm({ name, fields, submitLabel, submit, done, extra, reset, confirm }) {
  const result = h('div', { class: 'form-result' });
  const button = h('button', { type: 'submit' }, submitLabel);
  const form = h('form', { class: 'stack', 'data-form': name, novalidate: true }, fields, h('div', { class: 'actions' }, button, extra), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(button)) return;
    const question = confirm ? confirm(form) : null;
    if (question && !confirmed(question)) return;
    result.replaceChildren();
    try {
      await whileBusy(button, async () => {
        const outcome = await submit(form);
        // a form that creates something starts empty again, ready for the next one
        if (reset) form.reset();
        if (done) await done(outcome, result);
      });
    } catch (error) {
      result.replaceChildren(problemBox(error));
    }
  });
  return form;
}

export function value(form, name) {
  const el = form.elements.namedItem(name);
  if (!el) return undefined;
  if (el.type === 'checkbox') return el.checked;
  const text = el.value.trim();
  return text === '' ? null : text;
}

export function success(container, text) {
  container.replaceChildren(h('p', { class: 'ok', role: 'status' }, text));
}

export function emptyState(text, action) {
  return h('div', { class: 'empty' }, h('p', null, text), action || null);
}

export function section(title, ...children) {
  const id = uid('s');
  return h('section', { 'aria-labelledby': id, class: 'card' }, h('h2', { id }, title), children);
}

export function loadingText() {
  return h('p', { class: 'muted' }, t('app.loading'));
}

/** Previous and next buttons for a list shown a page at a time (pages from 0); go(page) shows that page. */
export function pager(page, pageSize, total, go) {
  const buttons = h('div', { class: 'pager' });
  if (page > 0) buttons.append(h('button', { type: 'button', onclick: () => go(page - 1) }, t('search.previous')));
  if ((page + 1) * pageSize < total) buttons.append(h('button', { type: 'button', onclick: () => go(page + 1) }, t('search.next')));
  return buttons;
}
