// Where the keyboard focus goes when the page changes under it (issue 15, item 6): a re-rendered part keeps it on
// the same control, and a new view gives it to its heading, so that a keyboard never starts over from the top.

/** How the focused element inside `root` is found again in new DOM: its data-focus-key, else its id. */
function focusKey(root) {
  const focused = document.activeElement;
  if (!focused || focused === document.body || !root.contains(focused)) return null;
  if (focused.dataset && focused.dataset.focusKey) return `[data-focus-key="${CSS.escape(focused.dataset.focusKey)}"]`;
  if (focused.id) return `#${CSS.escape(focused.id)}`;
  return root === focused ? ':scope' : null;
}

/**
 * Runs `render` (which may return a promise), which replaces what `root` holds; the control that had the focus in
 * `root` has it again afterwards, or its equivalent in the new DOM; when there is none, `fallback` runs (if given).
 */
export function keepingFocus(root, render, fallback) {
  const hadFocus = root.contains(document.activeElement) && document.activeElement !== document.body;
  const key = focusKey(root);
  const restore = () => {
    if (!hadFocus || root.contains(document.activeElement)) return;
    const again = key === ':scope' ? root : key && root.querySelector(key);
    if (again) again.focus({ preventScroll: true });
    else if (fallback) fallback();
  };
  const rendered = render();
  if (rendered && typeof rendered.then === 'function') return rendered.then((value) => { restore(); return value; });
  restore();
  return rendered;
}

/** Gives the focus to the view's main heading (a screen reader reads where the person arrived). */
export function focusHeading(main) {
  const heading = main.querySelector('h1');
  if (!heading) {
    main.focus();
    return;
  }
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}
