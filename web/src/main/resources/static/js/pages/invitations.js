import { h, formatDate } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t } from '../i18n.js';
import { field, apiForm, value, success, emptyState, section } from '../forms.js';
import { actionButton } from '../actions.js';

/** At most this many addresses in one request (the service's limit). */
const MAX_ADDRESSES = 20;

/**
 * For a coalition's coordinators: invite people by mail address (each gets a link that makes them a member at
 * once), and the pending invitations, each of which may be revoked.
 */
export function invitationsSection(base) {
  const card = section(t('invite.title'));
  card.id = 'invitations';
  const list = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  const load = () => get(`${base}/invitations`).then((pending) => {
    list.replaceChildren(h('h3', null, t('invite.pending')), pending.length
      ? h('ul', { class: 'rows', id: 'pending-invitations' }, pending.map((invitation) => pendingItem(base, invitation, load)))
      : emptyState(t('invite.noPending')));
  }).catch((error) => list.replaceChildren(problemBox(error)));
  card.append(h('p', { class: 'muted' }, t('invite.intro')), apiForm({
    name: 'invite', reset: true,
    submitLabel: t('invite.send'),
    fields: [
      field(t('invite.addresses'), h('textarea', { name: 'emails', rows: 3, required: true }), t('invite.addressesHint', MAX_ADDRESSES)),
      field(t('invite.message'), h('textarea', { name: 'message', rows: 3, maxlength: 2000 })),
    ],
    submit: (form) => send('POST', `${base}/invitations`, { emails: addresses(value(form, 'emails')), message: value(form, 'message') }),
    done: (answer, result) => {
      const { invited, alreadyInvited } = answer.data;
      success(result, [t('invite.sent', invited.length),
        alreadyInvited.length ? t('invite.alreadyInvited', alreadyInvited.join(', ')) : ''].join(' ').trim());
      return load();
    },
  }), list);
  load();
  return card;
}

/** One address a line, or separated by commas, semicolons or spaces; empty parts dropped. */
export function addresses(text) {
  return (text || '').split(/[\s,;]+/).map((part) => part.trim()).filter(Boolean);
}

function pendingItem(base, invitation, reload) {
  const result = h('span', { class: 'form-result' });
  return h('li', { 'data-invitation': invitation.invitationId },
    h('strong', null, invitation.email), ' ',
    h('span', { class: 'muted' }, t('invite.invitedBy', invitation.inviterName, formatDate(invitation.createdAt), formatDate(invitation.expiresAt))), ' ',
    actionButton({
      text: t('invite.revoke', invitation.email), name: 'revoke-invitation', className: 'danger small', result,
      confirm: t('invite.confirmRevoke', invitation.email),
      action: async () => {
        await send('DELETE', `${base}/invitations/${encodeURIComponent(invitation.invitationId)}`);
        await reload();
      },
    }),
    result);
}
