// The texts, in the language the server chose from the browser's Accept-Language.
let messages = {};

export async function loadMessages() {
  const response = await fetch('/i18n/messages', { headers: { Accept: 'application/json' } });
  const body = await response.json();
  messages = body.messages || {};
  document.documentElement.lang = body.language || 'en';
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.getAttribute('data-i18n'));
  });
}

/** The text for a key, with {0}, {1}… replaced by the arguments; the key itself when it has no text. */
export function t(key, ...args) {
  const text = messages[key];
  if (text == null) return key;
  return text.replace(/\{(\d+)\}/g, (match, index) => (args[index] != null ? String(args[index]) : match));
}

/** The text for an enum value (a theme, a status…), or the value itself. */
export function label(prefix, value) {
  if (value == null) return '';
  const key = `${prefix}.${value}`;
  return messages[key] != null ? messages[key] : String(value).replaceAll('_', ' ').toLowerCase();
}
