import { h, clear } from './dom.js';
import { focusHeading } from './focus.js';
import { get, send } from './api.js';
import { loadMessages, t, rememberLanguage, currentLanguage, availableLanguages } from './i18n.js';
import { renderCoalitions } from './pages/coalitions.js';
import { renderOverlaps } from './pages/related.js';
import { renderCoalition } from './pages/coalition.js';
import { renderOutcome } from './pages/outcome.js';
import { renderPropose } from './pages/propose.js';
import { renderProfile } from './pages/profile.js';
import { renderFeed } from './pages/feed.js';
import { renderDashboard } from './pages/dashboard.js';
import { renderReviews } from './pages/reviews.js';
import { renderCoordination } from './pages/coordination.js';
import { renderOutcomes } from './pages/outcomes.js';
import { renderInvitation } from './pages/invitation.js';

// The single page: a hash router over the pages, the navigation, and who is signed in.

const RETURN_KEY = 'coalitions.return';
// set when the person deleted their account, so that the page after the sign-out says it is gone
const DELETED_KEY = 'coalitions.accountDeleted';
const ctx = { session: { signedIn: false, roles: [] }, me: null, cleanup: null };

const routes = [
  [/^#?\/?$/, (main) => renderCoalitions(main, ctx)],
  // the coordination group's space (feed links name it like a coalition)
  [/^#\/(coordination|coalitions\/coordination-group)$/, (main) => renderCoordination(main, ctx)],
  [/^#\/coalitions\/([^/]+)$/, (main, id) => renderCoalition(main, ctx, decodeURIComponent(id))],
  [/^#\/coalitions\/([^/]+)\/outcomes\/([^/]+)$/, (main, id, outcomeId) => renderOutcome(main, ctx, decodeURIComponent(id), decodeURIComponent(outcomeId))],
  [/^#\/outcomes$/, (main) => renderOutcomes(main)],
  [/^#\/overlaps$/, (main) => renderOverlaps(main, ctx)],
  [/^#\/propose$/, (main) => renderPropose(main, ctx)],
  [/^#\/me$/, (main) => renderProfile(main, ctx)],
  [/^#\/account-deleted$/, (main) => renderAccountDeleted(main)],
  [/^#\/feed$/, (main) => renderFeed(main, ctx)],
  [/^#\/dashboard$/, (main) => renderDashboard(main, ctx)],
  [/^#\/reviews$/, (main) => renderReviews(main, ctx)],
  // the link in an invitation's mail: the token travels in the hash, never to a server log
  [/^#\/invitations\/([^/?]+)(?:\?token=([^&]*))?$/, (main, id, token) => renderInvitation(main, ctx, decodeURIComponent(id), token ? decodeURIComponent(token) : '')],
];

export function isSecretariat() {
  return ctx.session.roles.includes('secretariat');
}

/** The signed-in person's profile (their id is what member lists name), loaded once. */
export async function me() {
  if (!ctx.session.signedIn) return null;
  if (!ctx.me) ctx.me = await get('/api/me');
  return ctx.me;
}

export function signInLink(text) {
  return h('a', { href: '/oauth2/authorization/keycloak', class: 'button', onclick: rememberPlace }, text || t('nav.signIn'));
}

function rememberPlace() {
  sessionStorage.setItem(RETURN_KEY, location.hash || '#/');
}

async function signOut() {
  // a real form post: the front door ends the session and sends the browser on to Keycloak's logout
  const token = (document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')) || '').slice('XSRF-TOKEN='.length);
  const form = h('form', { method: 'post', action: '/logout' }, h('input', { type: 'hidden', name: '_csrf', value: decodeURIComponent(token) }));
  document.body.append(form);
  form.submit();
}

/** The account is gone (DELETE /api/me answered): the session ends, and the page after it says so. */
export function accountDeleted() {
  sessionStorage.setItem(DELETED_KEY, 'true');
  signOut();
}

function renderAccountDeleted(main) {
  main.append(h('h1', null, t('erase.goneTitle')), h('p', null, t('erase.goneText')),
    h('p', null, h('a', { href: '#/' }, t('notFound.back'))));
}

export async function refreshUnread() {
  const badge = document.getElementById('unread');
  if (!badge || !ctx.session.signedIn) return;
  try {
    const { unread } = await get('/api/feed/unread-count');
    badge.textContent = unread > 0 ? String(unread) : '';
    badge.hidden = !(unread > 0);
    badge.setAttribute('aria-label', t('feed.unreadCount', unread));
  } catch (error) {
    badge.hidden = true;
  }
}

/**
 * Shows the pages in that language (a tag; null: the browser's) and remembers the choice: in this browser, and
 * in the profile of a signed-in person, so that it follows them to another browser.
 */
export async function switchLanguage(tag) {
  rememberLanguage(tag);
  if (ctx.session.signedIn) {
    try {
      ctx.me = (await send('PUT', '/api/me/language', { language: tag || null })).data;
    } catch (error) {
      // the pages change all the same; the profile learns it at the next switch
      console.error(error);
    }
  }
  await loadMessages(tag);
  renderNav();
  await route();
}

/** The language switch: each language named in itself. */
function languageSwitch() {
  const id = 'language-switch';
  const choices = Object.entries(availableLanguages()).map(([tag, name]) =>
    h('option', { value: tag, lang: tag, selected: tag === currentLanguage() }, name));
  const control = h('select', { id, onchange: (event) => switchLanguage(event.target.value) }, choices);
  return h('span', { class: 'language' }, h('label', { for: id, class: 'visually-hidden' }, t('nav.language')), control);
}

function renderNav() {
  const nav = clear(document.getElementById('nav'));
  const items = [h('a', { href: '#/' }, t('nav.coalitions'))];
  items.push(h('a', { href: '#/coordination' }, t('nav.coordination')));
  items.push(h('a', { href: '#/outcomes' }, t('nav.outcomes')));
  if (ctx.session.signedIn) {
    items.push(h('a', { href: '#/propose' }, t('nav.propose')));
    items.push(h('a', { href: '#/feed' }, t('nav.feed'), ' ', h('span', { id: 'unread', class: 'badge', hidden: true })));
    items.push(h('a', { href: '#/me' }, t('nav.profile')));
    if (isSecretariat()) items.push(h('a', { href: '#/dashboard' }, t('nav.dashboard')));
    if (isSecretariat()) items.push(h('a', { href: '#/reviews' }, t('nav.reviews')));
    items.push(h('span', { class: 'who' }, t('nav.signedInAs', ctx.session.name || ctx.session.username)));
    items.push(h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: signOut }, t('nav.signOut')));
  } else {
    items.push(signInLink());
  }
  items.push(languageSwitch());
  nav.append(h('ul', null, items.map((item) => h('li', null, item))));
  refreshUnread();
}

async function route() {
  if (ctx.cleanup) {
    ctx.cleanup();
    ctx.cleanup = null;
  }
  const main = clear(document.getElementById('main'));
  document.querySelectorAll('#nav a').forEach((a) => {
    if (a.getAttribute('href') === (location.hash || '#/')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  for (const [pattern, render] of routes) {
    const match = (location.hash || '#/').match(pattern);
    if (match) {
      try {
        await render(main, ...match.slice(1));
      } catch (error) {
        main.append(h('div', { class: 'alert', role: 'alert' }, h('p', null, t('error.unexpected'))));
        console.error(error);
      }
      const heading = main.querySelector('h1');
      if (heading) document.title = `${heading.textContent} – ${t('app.name')}`;
      return;
    }
  }
  main.append(h('h1', null, t('notFound.title')), h('p', null, h('a', { href: '#/' }, t('notFound.back'))));
}

async function start() {
  await loadMessages();
  try {
    ctx.session = await get('/session');
  } catch (error) {
    ctx.session = { signedIn: false, roles: [] };
  }
  // a language the person chose (the profile remembers it) wins over this browser's
  const chosen = ctx.session.signedIn ? (await me().catch(() => null))?.language : null;
  if (chosen && chosen !== currentLanguage()) {
    rememberLanguage(chosen);
    await loadMessages(chosen);
  }
  if (sessionStorage.getItem(DELETED_KEY)) {
    sessionStorage.removeItem(DELETED_KEY);
    history.replaceState(null, '', '#/account-deleted');
  }
  const back = sessionStorage.getItem(RETURN_KEY);
  if (back && ctx.session.signedIn) {
    sessionStorage.removeItem(RETURN_KEY);
    // replaceState fires no hashchange: the first route() below renders the page once
    if (back !== location.hash) history.replaceState(null, '', back);
  }
  renderNav();
  window.addEventListener('hashchange', () => {
    route().then(() => focusHeading(document.getElementById('main')));
  });
  await route();
  document.body.dataset.ready = 'true';
}

start();

export { ctx, send };
