import { h } from '../dom.js';
import { get, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, checkbox, emptyState, pager } from '../forms.js';
import { THEMES, STATUSES, CoalitionStatus } from './common.js';
import { signInLink } from '../app.js';

const PAGE_SIZE = 20;

/**
 * Browse and search: free text, theme and status, a page at a time. "Active only" is the forum's own list; all
 * coalitions are shown at first, since proposed ones look for members to become active.
 */
export async function renderCoalitions(main, ctx) {
  const params = new URLSearchParams(sessionStorage.getItem('coalitions.search') || '');
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') || '', maxlength: 200 });
  const theme = select('theme', [['', t('search.anyTheme')], ...THEMES.map((v) => [v, label('theme', v)])], params.get('theme') || '');
  const status = select('status', [['', t('search.anyStatus')], ...STATUSES.map((v) => [v, label('status', v)])], params.get('status') || '');
  const activeOnlyField = checkbox(t('search.activeOnly'), 'activeOnly', status.value === CoalitionStatus.ACTIVE);
  const activeOnly = activeOnlyField.querySelector('input');
  const form = h('form', { class: 'search', role: 'search' },
    field(t('search.text'), q), field(t('search.theme'), theme), field(t('search.status'), status), activeOnlyField,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('search.submit'))));
  let page = 0;
  // the box is the status filter's shortcut: ticked, it is the status ACTIVE
  activeOnly.addEventListener('change', () => {
    status.value = activeOnly.checked ? CoalitionStatus.ACTIVE : '';
    page = 0;
    load();
  });
  status.addEventListener('change', () => {
    activeOnly.checked = status.value === CoalitionStatus.ACTIVE;
  });

  async function load() {
    const query = new URLSearchParams();
    if (q.value.trim()) query.set('q', q.value.trim());
    if (theme.value) query.set('theme', theme.value);
    if (status.value) query.set('status', status.value);
    sessionStorage.setItem('coalitions.search', query.toString());
    query.set('page', page);
    query.set('size', PAGE_SIZE);
    results.replaceChildren(h('p', { class: 'muted' }, t('app.loading')));
    try {
      const found = await get(`/api/coalitions?${query}`);
      results.replaceChildren(list(found, ctx));
      results.append(pager(page, PAGE_SIZE, found.total, (shown) => { page = shown; load(); }));
    } catch (error) {
      results.replaceChildren(problemBox(error));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    load();
  });
  main.append(h('h1', null, t('coalitions.title')), h('p', { class: 'lead' }, t('coalitions.intro')), form, results);
  await load();
}

function list(found, ctx) {
  if (!found.items.length) {
    return emptyState(t('coalitions.empty'), ctx.session.signedIn
      ? h('a', { href: '#/propose', class: 'button' }, t('coalitions.proposeOne'))
      : signInLink(t('coalitions.signInToPropose')));
  }
  return h('div', null,
    h('p', { class: 'muted' }, t('coalitions.count', found.total)),
    h('ul', { class: 'cards' }, found.items.map((c) => h('li', { class: 'card coalition', 'data-id': c.id },
      h('h2', null, h('a', { href: `#/coalitions/${encodeURIComponent(c.id)}` }, c.name)),
      h('p', { class: 'tags' },
        h('span', { class: `badge status-${c.status}` }, label('status', c.status)), ' ',
        h('span', { class: 'tag' }, c.themeName || label('theme', c.theme)), ' ',
        h('span', { class: 'tag' }, label('joinPolicy', c.joinPolicy))),
      h('p', null, c.summary)))));
}
