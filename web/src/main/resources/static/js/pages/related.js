import { h } from '../dom.js';
import { get, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { emptyState, section } from '../forms.js';

// Related coalitions (coalition-service's Lucene index: text, shared members, theme), on a coalition's page and
// as the table of every overlap. Reasons come as codes with their figures; the words are ours, in each language.

const link = (c) => h('a', { href: `#/coalitions/${encodeURIComponent(c.id)}` }, c.name);

const tags = (c) => [
  h('span', { class: `badge status-${c.status}` }, label('status', c.status)), ' ',
  h('span', { class: 'tag' }, c.themeName || label('theme', c.theme))];

/** Each reason in words: people in both, the same theme, the words their texts share. */
function reasonList(reasons) {
  return h('ul', { class: 'inline reasons' }, (reasons || []).map((reason) => h('li', { 'data-reason': reason.kind },
    reason.kind === 'SHARED_MEMBERS' ? t('related.reason.sharedMembers', reason.count)
      : reason.kind === 'SIMILAR_TEXT' ? t('related.reason.similarText', (reason.terms || []).join(', '))
        : t(`related.reason.${reason.kind}`))));
}

/** The coalition page's section: the closest coalitions, each with a link and why. */
export function relatedSection(base) {
  const card = section(t('related.title'));
  card.id = 'related';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body, h('p', null, h('a', { href: '#/overlaps', id: 'all-overlaps' }, t('related.allOverlaps'))));
  get(`${base}/related`).then((related) => {
    body.replaceChildren(related.length
      ? h('ul', { class: 'rows' }, related.map((c) => h('li', { 'data-related': c.id },
        h('strong', null, link(c)), ' ', tags(c), reasonList(c.reasons))))
      : emptyState(t('related.none')));
  }).catch((error) => body.replaceChildren(problemBox(error)));
  return card;
}

/** #/overlaps: every related pair, strongest first, for the secretariat and the coordination group (and anyone). */
export async function renderOverlaps(main) {
  main.append(h('h1', null, t('overlaps.title')), h('p', { class: 'lead' }, t('overlaps.intro')));
  const box = h('div', { class: 'table-box' }, h('p', { class: 'muted' }, t('app.loading')));
  main.append(box);
  try {
    const pairs = await get('/api/related');
    if (!pairs.length) {
      box.replaceChildren(emptyState(t('overlaps.empty')));
      return;
    }
    box.replaceChildren(h('table', { id: 'overlaps-table' },
      h('caption', null, t('overlaps.caption', pairs.length)),
      h('thead', null, h('tr', null, ['first', 'second', 'score', 'reasons'].map((column) => h('th', { scope: 'col' }, t(`overlaps.col.${column}`))))),
      h('tbody', null, pairs.map((pair) => h('tr', { 'data-pair': `${pair.first.id} ${pair.second.id}` },
        h('td', null, link(pair.first), h('br'), tags(pair.first)),
        h('td', null, link(pair.second), h('br'), tags(pair.second)),
        h('td', { class: 'num' }, pair.score.toFixed(2)),
        h('td', null, reasonList(pair.reasons)))))));
  } catch (error) {
    box.replaceChildren(problemBox(error));
  }
}
