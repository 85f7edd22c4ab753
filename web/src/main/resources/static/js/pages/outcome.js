import { h, append, formatDate, uid } from '../dom.js';
import { get, send, problemBox, ApiError } from '../api.js';
import { t, label, personName } from '../i18n.js';
import { field, checkbox, select, apiForm, value, success, emptyState, section } from '../forms.js';
import { POSITIONS, Position, Role } from './common.js';
import { barChart } from '../charts.js';
import { me, signInLink } from '../app.js';
import { outcomeDocuments } from '../documents.js';
import { actionButton } from '../actions.js';

const PUBLISHED = 'PUBLISHED';

/**
 * One outcome and its comment round. A draft: its text, the comment window (coordinators open it until a date and
 * time), comments quoting the passage they mean and their answers, the member's position, the live tally by position
 * and stakeholder group, the versions with a diff between any two, and publishing. A published outcome: its text,
 * its record, the tally fixed at publication and the annex of dissents and concerns. What a person may do is the
 * service's to decide; the page offers it to members and coordinators and shows the service's problem otherwise.
 */
export async function renderOutcome(main, ctx, coalitionId, outcomeId) {
  const coalitionBase = `/api/coalitions/${encodeURIComponent(coalitionId)}`;
  const base = `${coalitionBase}/outcomes/${encodeURIComponent(outcomeId)}`;
  const back = h('p', null, h('a', { href: `#/coalitions/${encodeURIComponent(coalitionId)}`, id: 'back-to-coalition' }, t('outcome.back')));
  let outcome;
  try {
    outcome = await get(base);
  } catch (error) {
    main.append(h('h1', null, t('outcome.notFound')), sectionProblem(error), back);
    return;
  }
  const profile = await me().catch(() => null);
  const members = await get(`${coalitionBase}/members`).catch(() => []);
  const mine = profile ? members.find((m) => m.memberId === profile.id) : null;
  const member = !!mine;
  const coordinator = !!mine && mine.role === Role.COORDINATOR;
  const reload = () => { main.replaceChildren(); return renderOutcome(main, ctx, coalitionId, outcomeId); };
  const published = outcome.status === PUBLISHED;
  const open = !!(outcome.commentWindow && outcome.commentWindow.open);

  append(main, [
    back,
    h('h1', { id: 'outcome-title' }, outcome.title),
    h('p', { class: 'tags' },
      h('span', { class: `badge outcome-${outcome.status}`, id: 'outcome-status' }, label('outcomeStatus', outcome.status)), ' ',
      h('span', { class: 'tag' }, label('outcome', outcome.kind)), outcome.reportingCycle ? ` ${outcome.reportingCycle}` : '', ' ',
      h('span', { class: 'tag', id: 'outcome-version' }, t('outcome.version', outcome.version ?? 1)),
      outcome.publishedAt ? h('span', { class: 'muted' }, ` ${t('coalition.publishedOn', formatDate(outcome.publishedAt))}`) : null),
  ]);
  if (published) {
    append(main, [
      recordSection(outcome),
      textSection(outcome, t('outcome.finalText')),
      outcome.tally ? tallySection(t('outcome.tallyFixed'), Promise.resolve({ ...outcome.tally, total: totalOf(outcome.tally) })) : null,
      outcome.commentWindowHeld ? annexSection(outcome.annex || []) : null,
      filesSection(coalitionId, outcome, member),
      commentsSection(base, outcome, false, false, null),
      versionsSection(base),
    ]);
    return;
  }
  // one read of the tally serves the member's own position and the live tally
  const tally = member ? get(`${base}/tally`) : null;
  const text = textSection(outcome, t('outcome.draft'));
  const quoting = quoteTracker(ctx, text.querySelector('.prose'));
  append(main, [
    text,
    coordinator ? reviseSection(base, outcome, reload) : null,
    filesSection(coalitionId, outcome, member),
    windowSection(base, outcome, coordinator, reload),
    commentsSection(base, outcome, member && open, coordinator && open, quoting),
    member ? positionSection(base, tally, open, reload) : (ctx.session.signedIn ? null : h('p', { class: 'muted' }, t('coalition.signInToTakePart'), ' ', signInLink())),
    member ? tallySection(t(open ? 'outcome.tallyLive' : 'outcome.tally'), tally) : null,
    versionsSection(base),
    coordinator ? publishSection(base, outcome, reload) : null,
  ]);
}

/** The outcome's files (PDF, ODT, DOCX): members add them to a draft; a published outcome's are public. */
function filesSection(coalitionId, outcome, member) {
  return h('section', { class: 'card', id: 'outcome-files' }, outcomeDocuments(coalitionId, outcome, member));
}

function sectionProblem(error) {
  if (error instanceof ApiError && error.status === 401) {
    return h('p', { class: 'muted' }, t('coalition.signInToSee'), ' ', signInLink());
  }
  return problemBox(error);
}

function totalOf(tally) {
  return Object.values(tally.byPosition || {}).reduce((sum, n) => sum + (Number(n) || 0), 0);
}

function textSection(outcome, title) {
  const card = section(title);
  card.id = 'outcome-text';
  card.append(outcome.body ? h('div', { class: 'prose draft-text', id: 'draft-text' }, outcome.body)
    : h('p', { class: 'muted' }, t('outcome.noText')));
  return card;
}

/**
 * Remembers the last passage selected in the draft's text, so "quote the selection" still has it after the click
 * moved the focus. Listens to the document while the page is shown.
 */
function quoteTracker(ctx, textElement) {
  let selected = '';
  if (!textElement) return () => '';
  const listener = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (textElement.contains(range.commonAncestorContainer)) selected = selection.toString().trim();
  };
  document.addEventListener('selectionchange', listener);
  const previous = ctx.cleanup;
  ctx.cleanup = () => {
    document.removeEventListener('selectionchange', listener);
    if (previous) previous();
  };
  return () => selected;
}

function reviseSection(base, outcome, reload) {
  const card = section(t('outcome.revise'));
  card.id = 'revise';
  card.append(h('p', { class: 'muted' }, t('outcome.reviseIntro')));
  card.append(h('details', { class: 'editor' }, h('summary', null, t('outcome.reviseOpen')), apiForm({
    name: 'revise',
    submitLabel: t('outcome.saveRevision'),
    fields: [
      field(t('coalition.outcomeTitle'), h('input', { name: 'title', maxlength: 200, value: outcome.title })),
      field(t('coalition.outcomeBody'), h('textarea', { name: 'body', rows: 10, maxlength: 100000, value: outcome.body || '' })),
    ],
    submit: (form) => send('PUT', base, { title: value(form, 'title'), body: value(form, 'body') }),
    done: reload,
  })));
  return card;
}

function windowSection(base, outcome, coordinator, reload) {
  const card = section(t('outcome.commentWindow'));
  card.id = 'comment-window';
  const round = outcome.commentWindow;
  if (round && round.open) {
    card.append(h('p', { id: 'window-state' }, t('outcome.windowOpen', formatDate(round.closesAt))));
  } else if (round) {
    card.append(h('p', { id: 'window-state' }, t('outcome.windowClosed', formatDate(round.closesAt))));
  } else {
    card.append(h('p', { id: 'window-state', class: 'muted' }, t('outcome.noWindow')));
  }
  if (coordinator && !(round && round.open)) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    card.append(apiForm({
      name: 'comment-window',
      submitLabel: t('outcome.openWindow'),
      fields: [field(t('outcome.closesAt'), h('input', { name: 'closesAt', type: 'datetime-local', required: true }), t('outcome.closesAtHint', zone))],
      submit: (form) => {
        const local = value(form, 'closesAt');
        const closes = local ? new Date(local) : null;
        // the picker's value is in the browser's zone; the service takes an instant
        return send('POST', `${base}/comment-window`, { closesAt: closes && !Number.isNaN(closes.getTime()) ? closes.toISOString() : local });
      },
      done: reload,
    }));
  }
  return card;
}

/** Comments with the passage each quotes and the answers under it; `canComment` and `canAnswer` offer the forms. */
function commentsSection(base, outcome, canComment, canAnswer, quoting) {
  const card = section(t('outcome.comments'));
  card.id = 'comments';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  const load = () => get(`${base}/comments`).then((comments) => {
    const answers = new Map();
    comments.filter((c) => c.inReplyTo).forEach((c) => {
      if (!answers.has(c.inReplyTo)) answers.set(c.inReplyTo, []);
      answers.get(c.inReplyTo).push(c);
    });
    const known = new Set(comments.map((c) => c.id));
    const top = comments.filter((c) => !c.inReplyTo || !known.has(c.inReplyTo));
    body.replaceChildren(top.length ? h('ul', { class: 'rows comments' }, top.map((c) => h('li', { 'data-comment': c.id },
      comment(c),
      (answers.get(c.id) || []).length ? h('ul', { class: 'answers' }, answers.get(c.id).map((a) => h('li', { 'data-comment': a.id }, comment(a)))) : null,
      canComment || canAnswer ? answerForm(base, c, load) : null)))
      : emptyState(t(canComment ? 'outcome.noCommentsYet' : 'outcome.noComments')));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  load();
  if (canComment) {
    const quote = h('textarea', { name: 'quote', rows: 2, maxlength: 2000 });
    const quoteSelection = h('button', {
      type: 'button', class: 'secondary', id: 'quote-selection',
      onclick: () => {
        const passage = quoting ? quoting() : '';
        if (passage) quote.value = passage;
        else quote.focus();
      },
    }, t('outcome.quoteSelection'));
    card.append(h('h3', { class: 'form-heading' }, t('outcome.newComment')), apiForm({
      name: 'comment', reset: true,
      submitLabel: t('outcome.postComment'),
      fields: [
        field(t('outcome.quote'), quote, t('outcome.quoteHint')),
        h('div', { class: 'actions' }, quoteSelection),
        field(t('outcome.commentText'), h('textarea', { name: 'text', rows: 4, maxlength: 10000 })),
      ],
      submit: (form) => send('POST', `${base}/comments`, { text: value(form, 'text'), quote: value(form, 'quote') }),
      done: (answer, result) => { success(result, t('outcome.commentPosted')); return load(); },
    }));
  }
  return card;
}

function comment(c) {
  return h('article', { class: 'post comment' },
    h('p', { class: 'muted' }, t(c.inReplyTo ? 'outcome.answeredBy' : 'outcome.commentBy', personName(c.authorName), formatDate(c.createdAt))),
    c.quote ? h('blockquote', { class: 'quoted' }, h('span', { class: 'visually-hidden' }, t('outcome.quoting')), c.quote) : null,
    h('div', { class: 'prose' }, c.text));
}

function answerForm(base, c, load) {
  return h('details', { class: 'editor answer' }, h('summary', null, t('outcome.answer', personName(c.authorName))), apiForm({
    name: 'answer', reset: true,
    submitLabel: t('outcome.postAnswer'),
    fields: [field(t('outcome.answerText'), h('textarea', { name: 'text', rows: 3, maxlength: 10000 }))],
    submit: (form) => send('POST', `${base}/comments`, { text: value(form, 'text'), inReplyTo: c.id }),
    done: load,
  }));
}

/** The member's own position: one of four, a reason where it goes into the annex, attributed or anonymous. */
function positionSection(base, loading, open, reload) {
  const card = section(t('outcome.yourPosition'));
  card.id = 'position';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  loading.catch(() => null).then((tally) => {
    const mine = tally ? tally.mine : null;
    body.replaceChildren(h('p', { id: 'my-position' }, mine
      ? t('outcome.yourPositionIs', label('position', mine.position), formatDate(mine.recordedAt))
      : t('outcome.noPositionYet')));
    if (!open) {
      body.append(h('p', { class: 'muted' }, t('outcome.positionsClosed')));
      return;
    }
    const legendId = uid('legend');
    const choices = h('fieldset', { class: 'positions', 'aria-describedby': `${legendId}-hint` },
      h('legend', { id: legendId }, t('outcome.position')),
      POSITIONS.map((p) => {
        const id = uid('p');
        return h('div', { class: 'field check' },
          h('input', { type: 'radio', name: 'position', id, value: p, checked: mine ? mine.position === p : p === Position.SUPPORT }),
          h('label', { for: id }, label('position', p)));
      }),
      h('p', { class: 'hint', id: `${legendId}-hint` }, t('outcome.positionHint')));
    body.append(apiForm({
      name: 'position',
      submitLabel: t(mine ? 'outcome.changePosition' : 'outcome.recordPosition'),
      fields: [
        choices,
        field(t('outcome.reason'), h('textarea', { name: 'reason', rows: 3, maxlength: 4000, value: mine && mine.reason ? mine.reason : '' }), t('outcome.reasonHint')),
        checkbox(t('outcome.anonymous'), 'anonymous', mine ? mine.anonymous : false),
      ],
      submit: (form) => {
        const chosen = form.querySelector('input[name="position"]:checked');
        return send('PUT', `${base}/position`, {
          position: chosen ? chosen.value : null, reason: value(form, 'reason'), anonymous: value(form, 'anonymous'),
        });
      },
      done: reload,
    }));
  });
  return card;
}

/** The tally by position (a chart with its table twin) and by stakeholder group (a table). */
function tallySection(title, loading) {
  const card = section(title);
  card.id = 'tally';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  loading.then((tally) => {
    const byPosition = tally.byPosition || {};
    const groups = Object.entries(tally.byStakeholderGroup || {});
    const total = tally.total ?? totalOf(tally);
    body.replaceChildren(
      h('p', { id: 'tally-total' }, t('outcome.tallyTotal', total)),
      h('div', { class: 'charts tally-charts' }, barChart(t('outcome.byPosition'), POSITIONS.map((p) => [label('position', p), byPosition[p] || 0]))),
      groups.length ? h('div', { class: 'table-box', tabindex: 0, role: 'region', 'aria-label': t('outcome.byGroup') }, h('table', { id: 'tally-by-group' },
        h('caption', null, t('outcome.byGroup')),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('outcome.group')),
          POSITIONS.map((p) => h('th', { scope: 'col' }, label('position', p))))),
        h('tbody', null, groups.map(([group, counts]) => h('tr', { 'data-group': group },
          h('th', { scope: 'row' }, label('group', group)),
          POSITIONS.map((p) => h('td', { class: 'num' }, String((counts || {})[p] || 0))))))))
        : emptyState(t('outcome.noPositions')));
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  return card;
}

function recordSection(outcome) {
  const card = section(t('outcome.record'));
  card.id = 'record';
  card.append(h('p', { id: 'outcome-record', class: 'lead' }, outcome.record || ''));
  return card;
}

/** Every dissent and concern with its reason, under its author's name or anonymous, as each chose. */
function annexSection(annex) {
  const card = section(t('outcome.annex'));
  card.id = 'annex';
  card.append(h('p', { class: 'muted' }, t('outcome.annexIntro')));
  card.append(annex.length ? h('ul', { class: 'rows' }, annex.map((entry) => h('li', { 'data-position': entry.position },
    h('p', null, h('strong', null, label('position', entry.position)), ' · ',
      entry.authorName || t('outcome.anonymousAuthor'), ' · ', label('group', entry.stakeholderGroup || 'UNKNOWN')),
    h('blockquote', null, entry.reason))))
    : emptyState(t('outcome.annexEmpty')));
  return card;
}

/** Every version, who revised it and when, and a line diff between any two. */
function versionsSection(base) {
  const card = section(t('outcome.versions'));
  card.id = 'versions';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  get(`${base}/versions`).then((versions) => {
    const list = h('ol', { class: 'rows', id: 'version-list' }, versions.map((v) => h('li', { 'data-version': v.version },
      h('strong', null, t('outcome.version', v.version)), ' ',
      h('span', { class: 'muted' }, t('outcome.revisedBy', v.revisedByName || '', formatDate(v.revisedAt))))));
    body.replaceChildren(list);
    if (versions.length < 2) return;
    const options = versions.map((v) => [String(v.version), t('outcome.version', v.version)]);
    const output = h('div', { id: 'diff', 'aria-live': 'polite' });
    body.append(h('h3', { class: 'form-heading' }, t('outcome.compare')), apiForm({
      name: 'compare',
      submitLabel: t('outcome.showDiff'),
      fields: h('div', { class: 'search-like' },
        field(t('outcome.from'), select('from', options, String(versions[versions.length - 2].version))),
        field(t('outcome.to'), select('to', options, String(versions[versions.length - 1].version)))),
      submit: (form) => get(`${base}/diff?from=${encodeURIComponent(value(form, 'from'))}&to=${encodeURIComponent(value(form, 'to'))}`),
      done: (diff) => { output.replaceChildren(diffView(diff)); },
    }), output);
  }).catch((error) => body.replaceChildren(sectionProblem(error)));
  return card;
}

function diffView(diff) {
  const lines = diff.lines || [];
  const changed = lines.filter((l) => l.op !== 'SAME').length;
  return h('div', { class: 'diff-box' },
    h('p', { class: 'muted', id: 'diff-summary' }, t('outcome.diffSummary', diff.from, diff.to, changed)),
    h('ol', { class: 'diff' }, lines.map((l) => {
      if (l.op === 'ADDED') return h('li', { class: 'added' }, h('ins', null, h('span', { class: 'visually-hidden' }, t('outcome.added')), '+ ', l.text));
      if (l.op === 'REMOVED') return h('li', { class: 'removed' }, h('del', null, h('span', { class: 'visually-hidden' }, t('outcome.removed')), '− ', l.text));
      return h('li', { class: 'same' }, '  ', l.text);
    })));
}

function publishSection(base, outcome, reload) {
  const card = section(t('outcome.publishTitle'));
  card.id = 'publish';
  card.append(h('p', null, t(outcome.commentWindow ? 'outcome.publishIntro' : 'outcome.publishWithoutWindow')));
  const result = h('div', { class: 'form-result' });
  card.append(h('div', { class: 'actions' }, actionButton({
    text: t('coalition.publish', outcome.title), name: 'publish', className: 'publish', id: 'publish-outcome', result,
    action: async () => { await send('POST', `${base}/publish`); await reload(); },
  })), result);
  return card;
}
