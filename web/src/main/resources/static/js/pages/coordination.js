import { h, append } from '../dom.js';
import { get, problemBox } from '../api.js';
import { t } from '../i18n.js';
import { section, emptyState } from '../forms.js';
import { me, isSecretariat, signInLink } from '../app.js';
import { threadsSection, meetingsSection } from './coalition.js';

// The id the coordination group's space has among coalitions (CoordinationGroup.ID in the contracts).
const GROUP_ID = 'coordination-group';

/**
 * The coordination group: its members (each active coalition's representatives) with the coalitions they
 * represent, and its threads and meetings, which everyone reads and its members and the secretariat post in.
 */
export async function renderCoordination(main, ctx) {
  main.append(h('h1', null, t('coordination.title')), h('p', { class: 'lead' }, t('coordination.intro')),
    // the group's task: finding overlaps and building synergies between coalitions
    h('p', null, h('a', { href: '#/overlaps', id: 'group-overlaps-link' }, t('related.allOverlaps'))));
  let group;
  try {
    group = await get('/api/coordination-group');
  } catch (error) {
    main.append(problemBox(error));
    return;
  }
  const profile = await me().catch(() => null);
  const member = !!profile && group.members.some((m) => m.id === profile.id);
  const mayPost = member || (ctx.session.signedIn && isSecretariat());
  const base = `/api/coalitions/${GROUP_ID}`;
  append(main, [
    takingPart(ctx, member, mayPost),
    membersSection(group),
    threadsSection(base, mayPost, undefined,
      { meId: profile && profile.id, moderator: isSecretariat(), historyReader: isSecretariat() }),
    meetingsSection(base, mayPost)]);
}

function takingPart(ctx, member, mayPost) {
  const box = h('div', { class: 'card membership', id: 'group-membership' });
  if (!ctx.session.signedIn) {
    box.append(h('p', null, t('coordination.readOnly')), signInLink());
  } else if (member) {
    box.append(h('p', null, t('coordination.youAreMember')));
  } else if (mayPost) {
    box.append(h('p', null, t('coordination.secretariatPosts')));
  } else {
    box.append(h('p', null, t('coordination.readOnly')));
  }
  return box;
}

function membersSection(group) {
  const card = section(t('coordination.members'));
  card.id = 'group-members';
  if (!group.members.length) {
    card.append(emptyState(t('coordination.noMembers')));
  } else {
    const coalitionLinks = (m) => m.coalitions.map((c, i) => [i ? ', ' : '', h('a', { href: `#/coalitions/${encodeURIComponent(c.id)}` }, c.name)]);
    const rows = group.members.map((m) => h('tr', { 'data-member': m.id }, h('td', null, m.name || m.id), h('td', null, coalitionLinks(m))));
    card.append(h('div', { class: 'table-box' }, h('table', { id: 'group-members-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('coordination.member')), h('th', { scope: 'col' }, t('coordination.represents')))),
      h('tbody', null, rows))));
  }
  card.append(h('p', { class: 'muted' }, t('coordination.secretariat')));
  return card;
}
