import { h, formatDate } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, apiForm, value, emptyState, loadingText } from '../forms.js';
import { REVIEW_DECISIONS, ReviewDecision, ReviewState } from './common.js';
import { isSecretariat } from '../app.js';

/**
 * The secretariat's review queue: each proposal waiting for review (and those sent back for changes, marked so)
 * with its statement, proposer and stakeholder balance, and the decision form. Declining asks for confirmation.
 */
export async function renderReviews(main, ctx) {
  main.append(h('h1', null, t('reviews.title')));
  if (!ctx.session.signedIn || !isSecretariat()) {
    main.append(h('p', null, t('reviews.secretariatOnly')));
    return;
  }
  main.append(h('p', { class: 'lead' }, t('reviews.intro')));
  const list = h('div', { id: 'review-queue' }, loadingText());
  main.append(list);
  const load = async () => {
    try {
      const queue = await get('/api/reviews');
      list.replaceChildren(queue.length ? h('ul', { class: 'cards' }, queue.map((item) => queueItem(item, load)))
        : emptyState(t('reviews.empty')));
    } catch (error) {
      list.replaceChildren(problemBox(error));
    }
  };
  await load();
}

function queueItem(item, reload) {
  const statement = item.statement || {};
  const balance = item.balance;
  const card = h('li', { class: 'card', 'data-review': item.id },
    h('h2', null, h('a', { href: `#/coalitions/${encodeURIComponent(item.id)}` }, item.name)),
    h('p', { class: 'tags' }, h('span', { class: `badge review-${item.reviewState}` }, label('reviewState', item.reviewState))),
    h('p', { class: 'muted' }, t('reviews.proposedBy', item.proposerName || item.proposerId, formatDate(item.proposedAt))),
    h('p', null, item.summary),
    h('dl', { class: 'statement' },
      h('dt', null, t('statement.rationale')), h('dd', { class: 'prose' }, statement.rationale || ''),
      h('dt', null, t('statement.actionPlan')), h('dd', { class: 'prose' }, statement.actionPlan || ''),
      h('dt', null, t('statement.contactPersons')), h('dd', null, (statement.contactPersons || []).join(', ')),
      statement.mailingList ? [h('dt', null, t('statement.mailingList')), h('dd', null, statement.mailingList)] : null),
    h('p', { class: 'balance' }, balance
      ? t('reviews.balance', balance.members, balance.distinctStakeholderGroups,
        Object.entries(balance.byStakeholderGroup || {}).filter(([, n]) => n > 0).map(([g, n]) => `${label('group', g)}: ${n}`).join(', '))
      : t('reviews.noBalance')));
  if (item.reviewState === ReviewState.CHANGES_REQUESTED && item.reviewMessage) {
    card.append(h('p', null, t('reviews.changesAsked')), h('blockquote', null, item.reviewMessage));
  }
  card.append(apiForm({
    name: 'review',
    submitLabel: t('reviews.decide'),
    fields: [
      field(t('reviews.decision'), select('decision', REVIEW_DECISIONS.map((d) => [d, label('reviewDecision', d)]), ReviewDecision.APPROVED)),
      field(t('reviews.message'), h('textarea', { name: 'message', rows: 3, maxlength: 4000 }), t('reviews.messageHint')),
    ],
    // declining is final: ask once more
    confirm: (form) => (value(form, 'decision') === ReviewDecision.DECLINED ? t('reviews.confirmDecline', item.name) : null),
    submit: (form) => send('POST', `/api/coalitions/${encodeURIComponent(item.id)}/review`, { decision: value(form, 'decision'), message: value(form, 'message') }),
    done: reload,
  }));
  return card;
}
