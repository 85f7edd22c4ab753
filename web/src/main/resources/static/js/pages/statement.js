import { h, formatDate } from '../dom.js';
import { get, send } from '../api.js';
import { t, label } from '../i18n.js';
import { field, apiForm, value, section } from '../forms.js';
import { ReviewState, CoalitionStatus } from './common.js';

/**
 * The formation statement and the secretariat's review on a coalition's page: the current statement with its
 * earlier versions, where the review stands and its message; for coordinators the revision form and, after
 * changes were asked for, the resubmit button. The propose form uses the same fields.
 */
export function statementFields(statement) {
  const current = statement || {};
  return [
    h('h2', { class: 'form-heading' }, t('statement.title')),
    h('p', { class: 'hint' }, t('statement.intro')),
    field(t('statement.rationale'), h('textarea', { name: 'rationale', required: true, maxlength: 4000, rows: 4, value: current.rationale || '' }), t('statement.rationaleHint')),
    field(t('statement.actionPlan'), h('textarea', { name: 'actionPlan', required: true, maxlength: 4000, rows: 4, value: current.actionPlan || '' }), t('statement.actionPlanHint')),
    field(t('statement.contactPersons'), h('textarea', { name: 'contactPersons', required: true, rows: 2, value: (current.contactPersons || []).join('\n') }), t('statement.contactPersonsHint')),
    field(t('statement.mailingList'), h('input', { name: 'statementMailingList', type: 'url', maxlength: 500, value: current.mailingList || '' }), t('statement.mailingListHint')),
  ];
}

/** The statement as the API takes it: one contact person per line. */
export function statementOf(form) {
  return {
    rationale: value(form, 'rationale'),
    actionPlan: value(form, 'actionPlan'),
    contactPersons: (value(form, 'contactPersons') || '').split('\n').map((line) => line.trim()).filter((line) => line),
    mailingList: value(form, 'statementMailingList'),
  };
}

export function statementSection(coalition, base, coordinator, reload) {
  const card = section(t('statement.title'));
  card.id = 'statement';
  const review = coalition.review || {};
  const state = h('p', { id: 'review-state' }, t('review.stateLine', label('reviewState', review.state)));
  card.append(state);
  if (review.message) {
    card.append(h('blockquote', { id: 'review-message' }, review.message));
  }
  if (review.reviewedAt) card.append(h('p', { class: 'muted' }, t('review.reviewedAt', formatDate(review.reviewedAt))));
  const statement = coalition.statement;
  if (!statement) {
    card.append(h('p', { class: 'muted' }, t('statement.none')));
  } else {
    card.append(statementView(statement));
    const versions = h('details', { class: 'versions', id: 'statement-versions' }, h('summary', null, t('statement.versions')));
    versions.addEventListener('toggle', () => {
      if (!versions.open || versions.dataset.loaded) return;
      versions.dataset.loaded = 'true';
      get(`${base}/statement/versions`).then((all) => versions.append(h('ol', null, all.map((v) => h('li', null,
        h('p', { class: 'muted' }, t('statement.versionLine', v.version, formatDate(v.writtenAt))), statementView(v))))));
    }, { once: false });
    card.append(versions);
  }
  const ended = coalition.status === CoalitionStatus.CLOSED || coalition.status === CoalitionStatus.DECLINED;
  if (coordinator && !ended) {
    if (review.state === ReviewState.CHANGES_REQUESTED) {
      card.append(apiForm({
        name: 'resubmit', fields: [h('p', null, t('review.resubmitIntro'))], submitLabel: t('review.resubmit'),
        submit: () => send('POST', `${base}/resubmit`), done: reload,
      }));
    }
    const editor = h('details', { class: 'editor' }, h('summary', null, t('statement.revise')));
    editor.append(apiForm({
      name: 'statement', fields: statementFields(statement).slice(2), submitLabel: t('statement.save'),
      submit: (form) => send('PUT', `${base}/statement`, statementOf(form)), done: reload,
    }));
    card.append(editor);
  }
  return card;
}

function statementView(statement) {
  const items = [
    h('dt', null, t('statement.rationale')), h('dd', { class: 'prose' }, statement.rationale),
    h('dt', null, t('statement.actionPlan')), h('dd', { class: 'prose' }, statement.actionPlan),
    h('dt', null, t('statement.contactPersons')), h('dd', null, (statement.contactPersons || []).join(', ')),
  ];
  if (statement.mailingList) {
    items.push(h('dt', null, t('statement.mailingList')),
      h('dd', null, h('a', { href: statement.mailingList, rel: 'noopener noreferrer' }, statement.mailingList)));
  }
  // (a definition list holds only its terms and descriptions: the version line follows it)
  return h('div', { class: 'statement-view' }, h('dl', { class: 'statement' }, items),
    h('p', { class: 'muted' }, t('statement.version', statement.version)));
}
