// The texts, in the language chosen (the language switch, remembered by the profile or, signed out, by the
// browser's storage), else the one the server chose from the browser's Accept-Language.
let messages = {};
let language = 'en';
let languages = {};

const CHOSEN_KEY = 'coalitions.language';
const LANGUAGE_COOKIE = 'coalitions-language';

/** Loads the texts of that language (a tag, or null: the one chosen before, else the browser's). */
export async function loadMessages(chosen) {
  const lang = chosen || localStorage.getItem(CHOSEN_KEY);
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  const response = await fetch(`/i18n/messages${query}`, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  useMessages(body.language || 'en', body.messages || {});
  languages = body.languages || {};
  document.documentElement.lang = language;
  document.documentElement.dir = body.direction || 'ltr';
  // for the front door, which asks Keycloak for its sign-in pages in this language (ui_locales)
  document.cookie = `${LANGUAGE_COOKIE}=${encodeURIComponent(language)}; path=/; SameSite=Lax`;
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.getAttribute('data-i18n'));
  });
}

/** Remembers the language switch's choice in this browser (null: back to the browser's own). */
export function rememberLanguage(tag) {
  if (tag) localStorage.setItem(CHOSEN_KEY, tag);
  else localStorage.removeItem(CHOSEN_KEY);
}

/** The language of the texts now shown, by tag. */
export function currentLanguage() {
  return language;
}

/** Every language there is: tag → its name in that language. */
export function availableLanguages() {
  return languages;
}

/** The texts of one language (what loadMessages received; tests give their own). */
export function useMessages(lang, texts) {
  language = lang;
  messages = texts;
}

/**
 * The text for a key with its arguments put in (see format); the key itself when it has no text.
 * t('coalitions.count', 1) → "1 coalition found", t('coalitions.count', 3) → "3 coalitions found".
 */
export function t(key, ...args) {
  const text = messages[key];
  if (text == null) return key;
  return format(text, args);
}

/** The text for an enum value (a theme, a status…), or the value itself. */
export function label(prefix, value) {
  if (value == null) return '';
  const key = `${prefix}.${value}`;
  return messages[key] != null ? messages[key] : String(value).replaceAll('_', ' ').toLowerCase();
}

/**
 * The part of ICU MessageFormat the texts use: {0} or {name} for an argument (args is an array or an object),
 * and {n, plural, =0 {…} one {…} other {…}} for a count, where # is the count, written the language's way. The
 * plural categories are the language's own (Intl.PluralRules: French says "one" for 0 and 1, English only for
 * 1), so no text reads "1 members". An argument that is missing stays as written.
 */
export function format(pattern, args, lang = language) {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] !== '{') {
      out += pattern[i];
      i += 1;
      continue;
    }
    const end = closing(pattern, i);
    if (end < 0) return out + pattern.slice(i);
    out += argument(pattern.slice(i + 1, end), pattern.slice(i, end + 1), args, lang);
    i = end + 1;
  }
  return out;
}

function argument(inner, whole, args, lang) {
  const parts = inner.split(',');
  const value = args[parts[0].trim()];
  if (parts.length === 1) return value != null ? String(value) : whole;
  if (parts[1].trim() !== 'plural' || value == null || Number.isNaN(Number(value))) return whole;
  const count = Number(value);
  const options = choices(inner.slice(inner.indexOf(',', inner.indexOf(',') + 1) + 1));
  const chosen = options[`=${count}`] ?? options[new Intl.PluralRules(lang).select(count)] ?? options.other;
  if (chosen == null) return whole;
  return format(hashToCount(chosen, new Intl.NumberFormat(lang).format(count)), args, lang);
}

/** The options of a plural argument: selector → its text ("=0", "one", "other"…). */
function choices(text) {
  const options = {};
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    const end = closing(text, open);
    if (end < 0) break;
    options[selector] = text.slice(open + 1, end);
    i = end + 1;
  }
  return options;
}

/** # becomes the count, except inside a nested argument, which has its own. */
function hashToCount(text, count) {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth += 1;
    if (c === '}') depth -= 1;
    out += c === '#' && depth === 0 ? count : c;
  }
  return out;
}

/** The index of the brace closing the one at open, or -1. */
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * A person's name as the services stored it: a person who deleted their account is stored as "a former member"
 * (or without a name), shown in the page's language.
 */
export function personName(name) {
  return !name || name === 'a former member' ? t('post.formerMember') : name;
}
