import { h, formatDate } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t, personName } from '../i18n.js';
import { field, select, apiForm, value, success, emptyState, section } from '../forms.js';
import { Role } from './common.js';
import { actionButton } from '../actions.js';

/**
 * One post of a thread with what this person may do with it (issue 15, item 3): its author edits it (from the
 * revision shown: an edit made meanwhile elsewhere is refused, not overwritten) and removes it (after confirming);
 * those who moderate hide it with a reason or show it again; the coalition's coordinators and the secretariat read
 * an edited post's earlier texts. The service decides; its problem is shown. `viewer`: { meId, member, moderator,
 * historyReader }.
 */
export function postItem(base, thread, p, viewer, reload) {
  const path = `${base}/threads/${encodeURIComponent(thread.id)}/posts/${encodeURIComponent(p.postId)}`;
  const article = h('article', { class: 'post', 'data-post': p.postId },
    h('p', { class: 'muted' }, t('coalition.postedBy', personName(p.authorName), formatDate(p.postedAt)),
      p.edited ? [' ', h('span', { class: 'tag post-edited', title: formatDate(p.editedAt) }, t('moderation.edited'))] : null));
  if (p.removed) {
    article.append(h('p', { class: 'muted post-removed' }, t('moderation.removed')));
    return article;
  }
  if (p.hidden) {
    article.append(h('p', { class: 'muted post-hidden' },
      p.hiddenReason ? t('moderation.hiddenWithReason', p.hiddenReason) : t('moderation.hidden')));
  }
  if (p.body != null) article.append(h('div', { class: 'prose' }, p.body));
  const result = h('div', { class: 'form-result' });
  const actions = h('div', { class: 'actions post-actions' });
  const mine = viewer.meId && viewer.meId === p.authorId;
  if (mine && viewer.member) {
    article.append(h('details', { class: 'editor post-edit' }, h('summary', null, t('moderation.edit')), apiForm({
      name: 'edit-post',
      submitLabel: t('moderation.save'),
      fields: [field(t('moderation.editBody'), h('textarea', { name: 'body', rows: 3, maxlength: 20000, value: p.body || '' }))],
      submit: (form) => send('PUT', path, { body: value(form, 'body') }, { 'If-Match': `"${p.revision}"` }),
      done: reload,
    })));
  }
  if (mine) {
    actions.append(actButton(t('moderation.delete'), 'delete-post', result, async () => {
      await send('DELETE', path);
      await reload();
    }, t('moderation.confirmDelete')));
  }
  if (viewer.moderator && p.hidden) {
    actions.append(actButton(t('moderation.unhide'), 'unhide-post', result, async () => {
      await send('POST', `${path}/unhide`);
      await reload();
    }));
  }
  if (viewer.historyReader && p.edited) {
    const list = h('ol', { class: 'post-versions' });
    actions.append(actButton(t('moderation.versions'), 'post-versions', result, async () => {
      const versions = await get(`${path}/versions`);
      list.replaceChildren(...versions.map((v) => h('li', null,
        h('p', { class: 'muted' }, t('moderation.versionAt', v.revision, formatDate(v.writtenAt))), h('div', { class: 'prose' }, v.body))));
    }));
    article.append(list);
  }
  if (actions.childNodes.length) article.append(actions);
  if (viewer.moderator && !p.hidden) {
    article.append(h('details', { class: 'editor post-hide' }, h('summary', null, t('moderation.hide')), apiForm({
      name: 'hide-post',
      submitLabel: t('moderation.hideSubmit'),
      fields: [field(t('moderation.hideReason'), h('textarea', { name: 'reason', rows: 2, maxlength: 1000 }))],
      submit: (form) => send('POST', `${path}/hide`, { reason: value(form, 'reason') }),
      done: reload,
    })));
  }
  article.append(result);
  return article;
}

/** A button that acts at once ({@link actionButton}), its problem shown in `result`; `confirm` asks first. */
function actButton(text, name, result, action, confirm) {
  return actionButton({ text, name, result, action, confirm });
}

/**
 * For coordinators: who may not post now and until when, lifting early, and suspending a member's right to post
 * until a day (its end, in the browser's zone) with a reason the member is told. They stay members.
 */
export function suspensionsSection(base, members, profile) {
  const card = section(t('moderation.suspensions'));
  card.id = 'suspensions';
  const body = h('div');
  const result = h('div', { class: 'form-result' });
  card.append(body, result);
  const names = new Map((members || []).map((m) => [m.memberId, m.displayName]));
  const load = () => get(`${base}/suspensions`).then((suspensions) => {
    body.replaceChildren(suspensions.length ? h('ul', { class: 'rows' }, suspensions.map((s) => {
      const who = s.memberName || names.get(s.memberId) || s.memberId;
      return h('li', { 'data-suspension': s.memberId }, t('moderation.suspendedUntil', who, formatDate(s.until), s.reason), ' ',
        actButton(t('moderation.lift', who), 'lift-suspension', result, async () => {
          await send('DELETE', `${base}/suspensions/${encodeURIComponent(s.memberId)}`);
          await load();
        }));
    })) : emptyState(t('moderation.noSuspensions')));
  }).catch((error) => body.replaceChildren(problemBox(error)));
  load();
  const candidates = (members || []).filter((m) => m.role !== Role.COORDINATOR && (!profile || m.memberId !== profile.id));
  if (candidates.length) {
    card.append(h('details', { class: 'editor' }, h('summary', null, t('moderation.suspend')), apiForm({
      name: 'suspend', reset: true,
      submitLabel: t('moderation.suspendSubmit'),
      fields: [
        field(t('moderation.suspendMember'), select('member', candidates.map((m) => [m.memberId, m.displayName]), candidates[0].memberId)),
        field(t('moderation.suspendUntil'), h('input', { type: 'date', name: 'until' }), t('moderation.suspendHint')),
        field(t('moderation.suspendReason'), h('textarea', { name: 'reason', rows: 2, maxlength: 1000 })),
      ],
      submit: (form) => {
        const day = value(form, 'until');
        const until = day ? new Date(`${day}T23:59:59`).toISOString() : null;
        return send('PUT', `${base}/suspensions/${encodeURIComponent(value(form, 'member'))}`, { until, reason: value(form, 'reason') });
      },
      done: (answer, formResult) => { success(formResult, t('moderation.suspendedDone', formatDate(answer.data.until))); return load(); },
    })));
  }
  return card;
}
