import { h } from './dom.js';
import { problemBox } from './api.js';

// The one home of what every acting button does (issue 15, item 6): it is busy while its call runs, and a
// destructive action asks first.

/**
 * Runs `action` with `button` busy: aria-disabled and aria-busy until the call ends, whether it succeeds or fails.
 * Not the `disabled` property: a disabled button loses the keyboard focus, and the person would start over from
 * the top of the page; a busy one keeps it, and pressing it again does nothing (`action` does not run twice).
 */
export async function whileBusy(button, action) {
  if (isBusy(button)) return undefined;
  button.setAttribute('aria-disabled', 'true');
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.removeAttribute('aria-disabled');
    button.removeAttribute('aria-busy');
  }
}

export function isBusy(button) {
  return button.getAttribute('aria-busy') === 'true';
}

/** The one confirmation before a destructive action: the browser's own dialog, which screen readers announce. */
export function confirmed(question) {
  return window.confirm(question);
}

/**
 * A button that acts at once: busy while `action` runs, its problem shown in `result`; with `confirm` (a question),
 * a destructive one that acts only once the person confirmed.
 */
export function actionButton({ text, name, result, action, confirm, className = 'secondary', id }) {
  const button = h('button', { type: 'button', class: className, 'data-action': name, id }, text);
  button.addEventListener('click', async () => {
    if (isBusy(button)) return;
    if (confirm && !confirmed(confirm)) return;
    if (result) result.replaceChildren();
    try {
      await whileBusy(button, action);
    } catch (error) {
      if (result) result.replaceChildren(problemBox(error));
      else console.error(error);
    }
  });
  return button;
}
