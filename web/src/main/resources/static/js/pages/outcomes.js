import { h, formatDate, uid } from '../dom.js';
import { get, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, emptyState, pager } from '../forms.js';
import { THEMES, OUTCOME_KINDS, POSITIONS, OutcomeKind } from './common.js';

// The public registry of outcomes (coalition-service's GET /api/outcomes): every coalition's published outcomes
// and annual reports, by words, theme, year and kind, each with its tally; and the Atom feed for readers outside.

const PAGE_SIZE = 20;
const SEARCH_KEY = 'outcomes.search';
export const FEED = '/api/outcomes/feed.atom';

const outcomeLink = (o) => `#/coalitions/${encodeURIComponent(o.coalitionId)}/outcomes/${encodeURIComponent(o.outcomeId)}`;

/** #/outcomes */
export async function renderOutcomes(main) {
  const params = new URLSearchParams(sessionStorage.getItem(SEARCH_KEY) || '');
  const results = h('div', { id: 'outcome-results', 'aria-live': 'polite' });
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') || '', maxlength: 200 });
  const theme = select('theme', [['', t('search.anyTheme')], ...THEMES.map((v) => [v, label('theme', v)])], params.get('theme') || '');
  const year = h('input', { type: 'number', name: 'year', min: 2006, max: 2100, inputmode: 'numeric', value: params.get('year') || '' });
  const kind = select('kind', [['', t('registry.anyKind')], ...OUTCOME_KINDS.map((v) => [v, label('outcome', v)])], params.get('kind') || '');
  const form = h('form', { class: 'search', role: 'search', 'aria-label': t('registry.searchLabel') },
    field(t('search.text'), q), field(t('search.theme'), theme), field(t('registry.year'), year, t('registry.yearHint')),
    field(t('registry.kind'), kind),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('search.submit'))));
  let page = 0;

  async function load() {
    const query = new URLSearchParams();
    if (q.value.trim()) query.set('q', q.value.trim());
    if (theme.value) query.set('theme', theme.value);
    if (year.value.trim()) query.set('year', year.value.trim());
    if (kind.value) query.set('kind', kind.value);
    sessionStorage.setItem(SEARCH_KEY, query.toString());
    query.set('page', page);
    query.set('size', PAGE_SIZE);
    results.replaceChildren(h('p', { class: 'muted' }, t('app.loading')));
    try {
      const found = await get(`/api/outcomes?${query}`);
      results.replaceChildren(list(found));
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
  main.append(h('h1', null, t('registry.title')), h('p', { class: 'lead' }, t('registry.intro')),
    h('p', null, h('a', { href: FEED, type: 'application/atom+xml', id: 'outcomes-feed' }, t('registry.feed'))),
    form, results);
  await load();
}

function list(found) {
  if (!found.items.length) return emptyState(t('registry.empty'));
  return h('div', null,
    h('p', { class: 'muted' }, t('registry.count', found.total)),
    h('ul', { class: 'cards' }, found.items.map((o) => h('li', { class: 'card outcome', 'data-outcome': o.outcomeId },
      h('h2', null, h('a', { href: outcomeLink(o) }, o.title)),
      h('p', { class: 'tags' },
        h('span', { class: 'tag' }, label('outcome', o.kind), o.kind === OutcomeKind.ANNUAL_REPORT && o.reportingCycle ? ` ${o.reportingCycle}` : ''), ' ',
        h('span', { class: 'tag' }, o.themeName || label('theme', o.theme))),
      h('p', null, t('registry.by'), ' ', h('a', { href: `#/coalitions/${encodeURIComponent(o.coalitionId)}` }, o.coalitionName || o.coalitionId),
        ' · ', h('time', { datetime: o.publishedAt }, formatDate(o.publishedAt))),
      tally(o)))));
}

/** The positions held, as published: a count per position, or that no comment window was held. */
function tally(o) {
  if (!o.tally) return h('p', { class: 'muted tally' }, t('registry.noWindow'));
  const byPosition = o.tally.byPosition || {};
  const id = uid('tally');
  return h('div', { class: 'tally' },
    h('span', { id, class: 'muted' }, t('registry.tally')),
    h('ul', { class: 'inline', 'aria-labelledby': id },
      POSITIONS.map((p) => h('li', { 'data-position': p }, `${label('position', p)}: ${byPosition[p] || 0}`))));
}
