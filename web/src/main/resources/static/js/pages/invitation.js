import { h, append, formatDate } from '../dom.js';
import { send, problemBox, ApiError } from '../api.js';
import { t } from '../i18n.js';
import { apiForm } from '../forms.js';
import { signInLink } from '../app.js';

/**
 * An invitation link from a mail (`#/invitations/<id>?token=...`): what it invites to, and, while it can be
 * accepted, how. Signed out, sign-in (or registration) brings the person back here; signed in, one button makes them
 * a member. A used, expired, withdrawn or broken link says so, never an error.
 */
export async function renderInvitation(main, ctx, invitationId, token) {
  const path = `/api/invitations/${encodeURIComponent(invitationId)}`;
  let invitation;
  try {
    invitation = (await send('GET', `${path}?token=${encodeURIComponent(token || '')}`)).data;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      main.append(h('h1', null, t('invitation.titleUnknown')), explained('INVALID'));
    } else {
      main.append(h('h1', null, t('invitation.titleUnknown')), problemBox(error), backToCoalitions());
    }
    return;
  }
  // (append skips what is null; the DOM's own append would write "null")
  append(main, [
    h('h1', null, t('invitation.title', invitation.coalitionName || '')),
    h('p', { class: 'lead', id: 'invitation-from' }, t('invitation.from', invitation.inviterName || '')),
    invitation.message ? h('p', { class: 'quote', id: 'invitation-message' }, invitation.message) : null]);
  if (invitation.state !== 'PENDING') {
    main.append(explained(invitation.state, invitation.coalitionId));
    return;
  }
  main.append(h('p', { class: 'muted', id: 'invitation-expiry' }, t('invitation.expires', formatDate(invitation.expiresAt))));
  const box = h('div', { class: 'card membership', id: 'invitation-accept' });
  if (!ctx.session.signedIn) {
    box.append(h('p', null, t('invitation.signInOrRegister')), signInLink(t('invitation.signIn')));
  } else {
    box.append(apiForm({
      name: 'accept-invitation', fields: [], submitLabel: t('invitation.accept'),
      submit: () => send('POST', `${path}/accept`, { token }),
      done: (answer) => { location.hash = `#/coalitions/${encodeURIComponent(answer.data.coalitionId)}`; },
    }));
  }
  main.append(box);
}

/** Why this invitation cannot be accepted, and where to go from here. */
function explained(state, coalitionId) {
  const key = { EXPIRED: 'invitation.expired', ACCEPTED: 'invitation.used', REVOKED: 'invitation.revoked' }[state] || 'invitation.invalid';
  return h('div', { class: 'card', id: 'invitation-state', 'data-state': state },
    h('p', { role: 'status' }, t(key)),
    h('p', null,
      state === 'ACCEPTED' && coalitionId ? h('a', { href: `#/coalitions/${encodeURIComponent(coalitionId)}` }, t('invitation.openCoalition')) : null,
      state === 'ACCEPTED' && coalitionId ? ' · ' : null,
      h('a', { href: '#/' }, t('invitation.toCoalitions'))));
}

function backToCoalitions() {
  return h('p', null, h('a', { href: '#/' }, t('invitation.toCoalitions')));
}
