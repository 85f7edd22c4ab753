import { h, append, formatDate } from '../dom.js';
import { relatedSection } from './related.js';
import { get, send, problemBox, ApiError } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, apiForm, value, success, emptyState, section } from '../forms.js';
import { OUTCOME_KINDS, JOIN_POLICIES, CoalitionStatus, JoinPolicy, OutcomeKind, Role } from './common.js';
import { barChart } from '../charts.js';
import { me, signInLink, isSecretariat } from '../app.js';
import { statementSection } from './statement.js';
import { checklistsSection } from './checklists.js';
import { representativesSection } from './representatives.js';
import { stateOnADateSection } from './history.js';
import { outcomeDocuments } from '../documents.js';
import { invitationsSection } from './invitations.js';
import { postItem, suspensionsSection } from './moderation.js';
import { interestControls } from './threadInterest.js';
import { actionButton } from '../actions.js';
import { keepingFocus, focusHeading } from '../focus.js';

/**
 * One coalition: charter, status, balance, members, join requests and invitations (for coordinators), threads, meetings and
 * outcomes. All but the join requests and the forms are open to anyone, signed in or not (open membership, open
 * archives). Each section loads on its own, so one service being down empties one section, not the page.
 */
export async function renderCoalition(main, ctx, id) {
  const base = `/api/coalitions/${encodeURIComponent(id)}`;
  let coalition;
  let etag;
  try {
    const answer = await send('GET', base);
    coalition = answer.data;
    etag = answer.etag;
  } catch (error) {
    main.append(h('h1', null, t('coalition.notFound')), problemBox(error), h('p', null, h('a', { href: '#/' }, t('notFound.back'))));
    return;
  }
  const profile = await me().catch(() => null);
  // the members list is public (open membership); who is a member of it decides what this person may do here
  let members = null;
  let membersError = null;
  try {
    members = await get(`${base}/members`);
  } catch (error) {
    membersError = error;
  }
  const mine = members && profile ? members.find((m) => m.memberId === profile.id) : null;
  const role = mine ? mine.role : null;
  const coordinator = role === Role.COORDINATOR;
  // the page drawn again after a change: the focus stays on its control if it is still there, else on the heading
  const reload = () => keepingFocus(main, () => { main.replaceChildren(); return renderCoalition(main, ctx, id); },
    () => focusHeading(main));

  // (append skips the sections this person does not get; the DOM's own append would write "null")
  append(main, [
    h('h1', null, coalition.name),
    h('p', { class: 'tags' },
      h('span', { class: `badge status-${coalition.status}`, id: 'coalition-status' }, label('status', coalition.status)), ' ',
      h('span', { class: 'tag' }, coalition.themeName || label('theme', coalition.theme)), ' ',
      h('span', { class: 'tag' }, label('joinPolicy', coalition.joinPolicy))),
    coalition.statusReason ? h('p', { class: 'muted' }, t('coalition.statusReason', coalition.statusReason)) : null,
    h('p', { class: 'lead' }, coalition.summary),
    membershipBox(ctx, coalition, base, role, members, profile, reload),
    checklistsSection(coalition),
    statementSection(coalition, base, coordinator, reload),
    charterSection(coalition, etag, base, coordinator, reload),
    balanceSection(base),
    membersSection(members, membersError, base, coordinator, profile, reload),
    stateOnADateSection(id),
    coordinator ? joinRequestsSection(base, reload) : null,
    coordinator ? invitationsSection(base) : null,
    coordinator ? representativesSection(base, coalition, members) : null,
    threadsSection(base, !!role, ctx.session.signedIn,
      { meId: profile && profile.id, moderator: coordinator, historyReader: coordinator || isSecretariat() }),
    coordinator ? suspensionsSection(base, members, profile) : null,
    meetingsSection(base, coordinator),
    relatedSection(base),
    outcomesSection(base, coordinator, id, !!role)]);
}

/** What a section shows when it cannot load: signed out, an invitation to sign in; otherwise the problem. */
function sectionProblem(error) {
  if (error instanceof ApiError && error.status === 401) {
    return h('p', { class: 'muted' }, t('coalition.signInToSee'), ' ', signInLink());
  }
  return problemBox(error);
}

function membershipBox(ctx, coalition, base, role, members, profile, reload) {
  const box = h('div', { class: 'card membership', id: 'membership' });
  if (!ctx.session.signedIn) {
    box.append(h('p', null, t('coalition.signInToJoin')), signInLink());
    return box;
  }
  if (role) {
    box.append(h('p', { id: 'my-role' }, t(role === Role.COORDINATOR ? 'coalition.youCoordinate' : 'coalition.youAreMember')));
    const others = (members || []).filter((m) => m.memberId !== profile.id);
    const fields = [];
    if (role === Role.COORDINATOR && others.length) {
      fields.push(field(t('coalition.successor'), select('successor', [['', t('coalition.noSuccessor')], ...others.map((m) => [m.memberId, m.displayName])], ''), t('coalition.successorHint')));
    }
    box.append(apiForm({
      name: 'leave', fields, submitLabel: t('coalition.leave'),
      confirm: () => t('confirm.leave', coalition.name),
      submit: (form) => {
        const successor = value(form, 'successor');
        return send('DELETE', `${base}/members/me${successor ? `?successor=${encodeURIComponent(successor)}` : ''}`);
      },
      done: reload,
    }));
    return box;
  }
  if (coalition.status === CoalitionStatus.CLOSED || coalition.status === CoalitionStatus.DECLINED) {
    box.append(h('p', null, t(coalition.status === CoalitionStatus.DECLINED ? 'review.declinedNoJoin' : 'coalition.closedNoJoin')));
    return box;
  }
  const moderated = coalition.joinPolicy === JoinPolicy.MODERATED;
  box.append(h('p', null, t(moderated ? 'coalition.moderatedIntro' : 'coalition.openIntro')));
  box.append(apiForm({
    name: 'join',
    fields: moderated ? [field(t('coalition.joinMessage'), h('textarea', { name: 'message', maxlength: 1000, rows: 2 }))] : [],
    submitLabel: t(moderated ? 'coalition.requestToJoin' : 'coalition.join'),
    submit: (form) => send('POST', `${base}/members`, { message: value(form, 'message') }),
    done: (answer, result) => {
      if (answer.status === 202) success(result, t('coalition.requestSent'));
      else return reload();
      return undefined;
    },
  }));
  return box;
}

function charterSection(coalition, etag, base, coordinator, reload) {
  const card = section(t('coalition.charter'));
  card.id = 'charter';
  card.append(coalition.charter ? h('div', { class: 'prose', id: 'charter-text' }, coalition.charter) : h('p', { class: 'muted' }, t('coalition.noCharter')));
  const links = coalition.links || {};
  const linkItems = [['mailingList', links.mailingList], ['website', links.website], ['archive', links.archive]]
    .filter(([, href]) => href)
    .map(([kind, href]) => h('li', null, `${t(`coalition.link.${kind}`)}: `, h('a', { href, rel: 'noopener noreferrer' }, href)));
  if (linkItems.length) card.append(h('ul', null, linkItems));
  card.append(h('p', { class: 'muted' }, t('coalition.charterVersion', coalition.charterVersion)));
  if (coordinator) {
    const editor = h('details', { class: 'editor' }, h('summary', null, t('coalition.editCharter')));
    editor.append(apiForm({
      name: 'charter',
      submitLabel: t('coalition.saveCharter'),
      fields: [
        field(t('propose.summary'), h('textarea', { name: 'summary', rows: 3, maxlength: 1000, value: coalition.summary })),
        field(t('propose.charter'), h('textarea', { name: 'charter', rows: 8, maxlength: 20000, value: coalition.charter || '' })),
        field(t('propose.joinPolicy'), select('joinPolicy', JOIN_POLICIES.map((p) => [p, label('joinPolicy', p)]), coalition.joinPolicy)),
      ],
      submit: async (form) => {
        try {
          return await send('PUT', `${base}/charter`, {
            summary: value(form, 'summary'), charter: value(form, 'charter'), joinPolicy: value(form, 'joinPolicy'), links,
          }, { 'If-Match': etag });
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            error.problem = { ...error.problem, title: t('coalition.conflictTitle'), detail: t('coalition.conflictDetail') };
            error.conflict = true;
          }
          throw error;
        }
      },
      done: reload,
      extra: h('button', { type: 'button', class: 'secondary', onclick: reload }, t('coalition.loadLatest')),
    }));
    card.append(editor);
  }
  return card;
}

/** What a visitor or a non-member sees where members take part: how to take part. */
function takePart(signedIn) {
  return signedIn ? h('p', { class: 'muted take-part' }, t('coalition.joinToTakePart'))
    : h('p', { class: 'muted take-part' }, t('coalition.signInToTakePart'), ' ', signInLink());
}

function balanceSection(base) {
  const card = section(t('coalition.balance'));
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  get(`${base}/balance`).then((balance) => {
    body.replaceChildren(
      h('p', { id: 'balance-summary' }, t(balance.ruleMet ? 'coalition.balanceMet' : 'coalition.balanceNotMet',
        balance.members, balance.distinctStakeholderGroups, balance.minStakeholderGroups)),
      h('p', { id: 'developing-countries' }, t('coalition.developingCountries', balance.developingCountryMembers, balance.members)),
      h('div', { class: 'charts' },
        barChart(t('coalition.byGroup'), Object.entries(balance.byStakeholderGroup || {}).map(([k, v]) => [label('group', k), v])),
        barChart(t('coalition.byRegion'), Object.entries(balance.byRegion || {}).map(([k, v]) => [label('region', k), v]))));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  return card;
}

function membersSection(members, membersError, base, coordinator, profile, reload) {
  const card = section(t('coalition.members'));
  if (!members) {
    card.append(sectionProblem(membersError));
    return card;
  }
  if (!members.length) {
    card.append(emptyState(t('coalition.noMembers')));
    return card;
  }
  const sorted = [...members].sort((a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName) : a.role === Role.COORDINATOR ? -1 : 1));
  card.append(h('ul', { class: 'rows', id: 'members' }, sorted.map((m) => {
    const row = h('li', { 'data-member': m.memberId },
      h('strong', null, m.displayName), ' ',
      h('span', { class: 'tag' }, label('role', m.role)), ' ',
      h('span', { class: 'muted' }, [label('group', m.stakeholderGroup), m.country].filter(Boolean).join(', ')));
    if (coordinator && m.memberId !== profile.id) {
      const result = h('span', { class: 'form-result' });
      const path = `${base}/members/${encodeURIComponent(m.memberId)}`;
      const other = m.role === Role.COORDINATOR ? Role.MEMBER : Role.COORDINATOR;
      row.append(' ',
        actionButton({
          text: t(other === Role.COORDINATOR ? 'coalition.makeCoordinator' : 'coalition.makeMember', m.displayName),
          name: 'change-role', className: 'secondary small', result,
          action: async () => { await send('PUT', `${path}/role`, { role: other }); await reload(); },
        }), ' ',
        actionButton({
          text: t('coalition.remove', m.displayName), name: 'remove-member', className: 'danger small', result,
          confirm: t('confirm.removeMember', m.displayName),
          action: async () => { await send('DELETE', path); await reload(); },
        }),
        result);
    }
    return row;
  })));
  return card;
}

function joinRequestsSection(base, reload) {
  const card = section(t('coalition.joinRequests'));
  card.id = 'join-requests';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  get(`${base}/join-requests`).then((requests) => {
    if (!requests.length) {
      body.replaceChildren(emptyState(t('coalition.noJoinRequests')));
      return;
    }
    body.replaceChildren(h('ul', { class: 'rows' }, requests.map((r) => {
      const result = h('div', { class: 'form-result' });
      const decision = `${base}/join-requests/${encodeURIComponent(r.requestId)}/decision`;
      // a rejection tells the requester why (the service refuses one without a reason)
      const reject = h('details', { class: 'editor reject' }, h('summary', null, t('coalition.reject', r.displayName)), apiForm({
        name: 'reject',
        submitLabel: t('coalition.confirmReject', r.displayName),
        // without a reason there is nothing to confirm yet: the service's problem says what is missing
        confirm: (form) => (value(form, 'message') ? t('confirm.reject', r.displayName) : null),
        fields: [field(t('coalition.rejectReason'), h('textarea', { name: 'message', rows: 2, maxlength: 1000, required: true }), t('coalition.rejectReasonHint'))],
        submit: (form) => send('POST', decision, { approve: false, message: value(form, 'message') }),
        done: reload,
      }));
      return h('li', { 'data-request': r.requestId },
        h('strong', null, r.displayName), ' ',
        h('span', { class: 'muted' }, [label('group', r.stakeholderGroup), r.country, formatDate(r.requestedAt)].filter(Boolean).join(', ')),
        r.message ? h('p', { class: 'quote' }, r.message) : null,
        h('div', { class: 'actions' },
          actionButton({
            text: t('coalition.approve', r.displayName), name: 'approve', className: 'approve', result,
            action: async () => { await send('POST', decision, { approve: true, message: null }); await reload(); },
          })),
        reject,
        result);
    })));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  return card;
}

/**
 * Threads with replies; `member` may post; `signedIn` (when given) says how the others may take part; `viewer` says
 * whose posts are the person's and whether they moderate ({@link postItem}). Also the coordination group's page.
 */
export function threadsSection(base, member, signedIn, viewer = {}) {
  const card = section(t('coalition.threads'));
  card.id = 'threads';
  const body = h('div');
  card.append(body);
  const load = () => get(`${base}/threads?size=50`).then((page) => {
    const items = page.items || [];
    // threads open before a change (an edit, a hiding, a reply) stay open after it
    const open = new Set([...body.querySelectorAll('details[data-thread][open]')].map((d) => d.dataset.thread));
    body.replaceChildren(items.length ? h('ul', { class: 'rows' }, items.map((thread) => threadItem(base, thread, member, { ...viewer, member }, load, open.has(thread.id))))
      : emptyState(t(member ? 'coalition.noThreadsMember' : 'coalition.noThreads')));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  load();
  // the coordination group's page says who takes part itself (no signedIn given)
  if (!member && signedIn != null) card.append(takePart(signedIn));
  if (member) {
    card.append(h('details', { class: 'editor' }, h('summary', null, t('coalition.newThread')), apiForm({
      name: 'thread', reset: true,
      submitLabel: t('coalition.postThread'),
      fields: [
        field(t('coalition.threadTitle'), h('input', { name: 'title', maxlength: 200 })),
        field(t('coalition.threadBody'), h('textarea', { name: 'body', rows: 4, maxlength: 20000 }), t('threadInterest.mentionHint')),
      ],
      submit: (form) => send('POST', `${base}/threads`, { title: value(form, 'title'), body: value(form, 'body') }),
      done: (answer, result) => { success(result, t('coalition.threadPosted')); return load(); },
    })));
  }
  return card;
}

function threadItem(base, thread, member, viewer, reload, open) {
  const post = (p) => postItem(base, thread, p, viewer, reload);
  const details = h('details', { 'data-thread': thread.id, open },
    h('summary', null, thread.title, ' ', h('span', { class: 'muted' }, t('coalition.replies', (thread.replies || []).length))),
    post(thread.opening), (thread.replies || []).map(post));
  if (member) {
    details.append(interestControls(base, thread.id, details));
    details.append(apiForm({
      name: 'reply', reset: true,
      submitLabel: t('coalition.reply'),
      fields: [field(t('coalition.replyBody'), h('textarea', { name: 'body', rows: 3, maxlength: 20000 }), t('threadInterest.mentionHint'))],
      submit: (form) => send('POST', `${base}/threads/${encodeURIComponent(thread.id)}/replies`, { body: value(form, 'body') }),
      done: reload,
    }));
  }
  return h('li', null, details);
}

/**
 * Meetings with agendas and minutes; `coordinator` may schedule, change, cancel and add minutes. Each meeting can be
 * added to a calendar (.ics), and the whole list subscribed to. Also the coordination group's page.
 */
export function meetingsSection(base, coordinator) {
  const card = section(t('coalition.meetings'));
  card.id = 'meetings';
  // calendar applications fetch the address themselves: it must be absolute
  const subscribe = new URL(`${base}/calendar.ics`, window.location.href).href;
  card.append(h('p', { class: 'muted calendar-subscribe' }, t('calendar.subscribeIntro'), ' ',
    h('a', { href: subscribe, id: 'calendar-subscribe' }, t('calendar.subscribe'))));
  const body = h('div');
  card.append(body);
  const load = () => get(`${base}/meetings`).then((meetings) => {
    body.replaceChildren(meetings.length ? h('ul', { class: 'rows' }, meetings.map((m) => {
      const path = `${base}/meetings/${encodeURIComponent(m.id)}`;
      const cancelled = m.status === 'CANCELLED';
      const item = h('li', { 'data-meeting': m.id, 'data-status': m.status || 'SCHEDULED' },
        h('strong', null, m.title), ' ',
        cancelled ? h('span', { class: 'badge meeting-cancelled' }, t('calendar.cancelled')) : null, ' ',
        h('span', { class: 'muted' }, t('coalition.meetingAt', formatDate(m.startsAt), m.timeZone)), ' ',
        h('a', { href: `${path}.ics`, download: `meeting-${m.id}.ics`, class: 'add-to-calendar' }, t('calendar.add')),
        m.agenda ? h('div', { class: 'prose' }, m.agenda) : null,
        m.minutes ? h('div', null, h('h3', null, t('coalition.minutes')), h('div', { class: 'prose' }, m.minutes)) : null);
      if (coordinator && !cancelled) {
        item.append(h('details', { class: 'editor' }, h('summary', null, t(m.minutes ? 'coalition.editMinutes' : 'coalition.addMinutes')), apiForm({
          name: 'minutes',
          submitLabel: t('coalition.saveMinutes'),
          fields: [field(t('coalition.minutes'), h('textarea', { name: 'minutes', rows: 5, maxlength: 50000, value: m.minutes || '' }))],
          submit: (form) => send('PUT', `${path}/minutes`, { minutes: value(form, 'minutes') }),
          done: load,
        })));
        item.append(h('details', { class: 'editor' }, h('summary', null, t('calendar.edit')), apiForm({
          name: 'meeting-edit',
          submitLabel: t('calendar.saveChanges'),
          fields: meetingFields(m),
          submit: (form) => send('PUT', path, meetingBody(form)),
          done: load,
        })));
        if (!m.minutes) {
          item.append(h('details', { class: 'editor' }, h('summary', null, t('calendar.cancel')), apiForm({
            name: 'meeting-cancel',
            submitLabel: t('calendar.confirmCancel'),
            confirm: () => t('confirm.cancelMeeting', m.title),
            fields: [h('p', { class: 'muted' }, t('calendar.cancelHint'))],
            submit: () => send('POST', `${path}/cancel`),
            done: load,
          })));
        }
      }
      return item;
    })) : emptyState(t(coordinator ? 'coalition.noMeetingsCoordinator' : 'coalition.noMeetings')));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  load();
  if (coordinator) {
    card.append(h('details', { class: 'editor' }, h('summary', null, t('coalition.scheduleMeeting')), apiForm({
      name: 'meeting', reset: true,
      submitLabel: t('coalition.schedule'),
      fields: meetingFields(null),
      submit: (form) => send('POST', `${base}/meetings`, meetingBody(form)),
      done: load,
    })));
  }
  return card;
}

/** The fields of a meeting, empty (in the browser's zone) or as `m` has them. */
function meetingFields(m) {
  const zone = m ? m.timeZone : (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  // the local start as planned, as datetime-local shows it (minutes, no seconds)
  const start = m && m.localStart ? m.localStart.slice(0, 16) : '';
  return [
    field(t('coalition.meetingTitle'), h('input', { name: 'title', maxlength: 200, value: m ? m.title : '' })),
    field(t('coalition.meetingStart'), h('input', { name: 'startsAt', type: 'datetime-local', value: start })),
    field(t('coalition.meetingZone'), h('input', { name: 'timeZone', value: zone, maxlength: 64 }), t('coalition.meetingZoneHint')),
    field(t('coalition.agenda'), h('textarea', { name: 'agenda', rows: 3, maxlength: 20000, value: m ? m.agenda || '' : '' })),
  ];
}

function meetingBody(form) {
  const start = value(form, 'startsAt');
  return {
    title: value(form, 'title'),
    startsAt: start && start.length === 16 ? `${start}:00` : start,
    timeZone: value(form, 'timeZone'),
    agenda: value(form, 'agenda'),
  };
}

function outcomesSection(base, coordinator, coalitionId, member) {
  const card = section(t('coalition.outcomes'));
  card.id = 'outcomes';
  const body = h('div');
  const reporting = h('div');
  card.append(reporting, body);
  // the headline (the report asked for now, as the dashboard shows it), then every cycle
  const cycleText = (c) => t('coalition.reportingCycle', c.cycle, label('reporting', c.state), c.deadline);
  get(`${base}/reporting`).then(({ headline, cycles }) => {
    reporting.replaceChildren(...[
      headline && h('p', { class: 'reporting-headline' }, h('strong', null, cycleText(headline))),
      cycles.length && h('ul', { class: 'inline' }, cycles.map((c) => h('li', null, cycleText(c)))),
    ].filter(Boolean));
  }).catch(() => reporting.replaceChildren());
  const load = () => get(`${base}/outcomes`).then((outcomes) => {
    body.replaceChildren(outcomes.length ? h('ul', { class: 'rows' }, outcomes.map((o) => {
      const result = h('div', { class: 'form-result' });
      const item = h('li', { 'data-outcome': o.id },
        h('strong', null, h('a', { href: `#/coalitions/${encodeURIComponent(o.coalitionId)}/outcomes/${encodeURIComponent(o.id)}` }, o.title)), ' ',
        h('span', { class: `badge outcome-${o.status}` }, label('outcomeStatus', o.status)), ' ',
        h('span', { class: 'tag' }, label('outcome', o.kind)), o.reportingCycle ? ` ${o.reportingCycle}` : '',
        o.publishedAt ? h('span', { class: 'muted' }, ` ${t('coalition.publishedOn', formatDate(o.publishedAt))}`) : null,
        o.body ? h('div', { class: 'prose' }, o.body) : null,
        outcomeDocuments(coalitionId, o, member));
      if (coordinator && o.status === 'DRAFT') {
        item.append(h('div', { class: 'actions' }, actionButton({
          text: t('coalition.publish', o.title), name: 'publish', className: 'publish', result,
          action: async () => { await send('POST', `${base}/outcomes/${encodeURIComponent(o.id)}/publish`); await load(); },
        })), result);
      }
      return item;
    })) : emptyState(t(coordinator ? 'coalition.noOutcomesCoordinator' : 'coalition.noOutcomes')));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  load();
  if (coordinator) {
    card.append(h('details', { class: 'editor' }, h('summary', null, t('coalition.draftOutcome')), apiForm({
      name: 'outcome', reset: true,
      submitLabel: t('coalition.saveDraft'),
      fields: [
        field(t('coalition.outcomeKind'), select('kind', OUTCOME_KINDS.map((k) => [k, label('outcome', k)]), OutcomeKind.OUTCOME_DOCUMENT)),
        field(t('coalition.outcomeTitle'), h('input', { name: 'title', maxlength: 200 })),
        field(t('coalition.outcomeCycle'), h('input', { name: 'reportingCycle', type: 'number', min: 2006, max: 2100 }), t('coalition.outcomeCycleHint')),
        field(t('coalition.outcomeBody'), h('textarea', { name: 'body', rows: 6, maxlength: 100000 })),
      ],
      submit: (form) => {
        const cycle = value(form, 'reportingCycle');
        return send('POST', `${base}/outcomes`, {
          kind: value(form, 'kind'), title: value(form, 'title'), body: value(form, 'body'),
          reportingCycle: cycle == null ? null : Number(cycle),
        });
      },
      done: load,
    })));
  }
  return card;
}

