import { h, formatDate } from '../dom.js';
import { get, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, emptyState, section } from '../forms.js';
import { STATUSES, RISKS } from './common.js';
import { barChart, timeChart } from '../charts.js';
import { isSecretariat, signInLink } from '../app.js';
import { dashboardStateSection } from './history.js';
import { keepingFocus } from '../focus.js';

// (until notification-service counts the last 30 days, its running total stands in)
const events30 = (c) => c.eventsLast30Days ?? c.events ?? 0;

const COLUMNS = [
  ['name', (c) => c.name || ''],
  ['theme', (c) => label('theme', c.theme)],
  ['status', (c) => c.status || ''],
  ['members', (c) => c.members ?? 0],
  ['balance', (c) => (c.balanceMet ? 1 : 0)],
  ['lastActivity', (c) => c.lastActivityAt || ''],
  ['events30', (c) => events30(c)],
  ['reporting', (c) => c.reportingStatus || ''],
  ['developing', (c) => c.developingCountryMembers ?? 0],
  ['requests', (c) => (c.joinRequests ? c.joinRequests.waiting : 0)],
  ['decisionTime', (c) => (c.joinRequests && c.joinRequests.medianDecisionHours != null ? c.joinRequests.medianDecisionHours : -1)],
  ['risks', (c) => (c.risks || []).length],
];

const hours = (value) => (value == null ? '–' : t('dashboard.hours', value));

// compact cells (the table is wide); the whole sentence is their title
function requestsCell(requests) {
  if (!requests) return h('td', { 'data-field': 'requests' }, '–');
  return h('td', { 'data-field': 'requests', title: t('dashboard.requestsCell', requests.approved, requests.rejected, requests.waiting) },
    `${requests.approved} / ${requests.rejected} / ${requests.waiting}`);
}

function decisionCell(requests) {
  if (!requests || requests.medianDecisionHours == null) return h('td', { 'data-field': 'decisionTime' }, '–');
  const median = hours(requests.medianDecisionHours);
  const longest = hours(requests.longestDecisionHours);
  return h('td', { 'data-field': 'decisionTime', title: t('dashboard.decisionCell', median, longest) }, `${median} / ${longest}`);
}

/**
 * The secretariat's dashboard: the forum's list of inactive coalitions, every coalition's activity in a sortable,
 * filterable table (with its join requests and developing-country members), each reporting cycle per coalition,
 * charts, a CSV download, and live updates: the activity stream (server-sent events) replaces a coalition's row
 * whenever it changes, and the inactive list is read again.
 */
export async function renderDashboard(main, ctx) {
  main.append(h('h1', null, t('dashboard.title')));
  if (!ctx.session.signedIn) {
    main.append(h('p', null, t('dashboard.signIn')), signInLink());
    return;
  }
  if (!isSecretariat()) {
    main.append(h('p', { class: 'alert', role: 'alert' }, t('dashboard.secretariatOnly')));
    return;
  }
  const state = { rows: new Map(), sort: 'lastActivity', descending: true, text: '', status: '', risk: '', changed: new Set() };
  const live = h('p', { id: 'live-status', class: 'muted' }, t('dashboard.connecting'));
  const tableBox = h('div', { class: 'table-box' });
  const inactiveBox = h('div', { id: 'inactive-list' });
  // a wide table with nothing to focus in it: the box itself takes the focus, so that a keyboard scrolls it
  const cyclesBox = h('div', { class: 'table-box', id: 'reporting-cycles', tabindex: 0, role: 'region', 'aria-label': t('dashboard.cycles.title') });
  const participation = h('p', { id: 'participation' });
  const charts = h('div', { class: 'charts' });
  const textFilter = h('input', { type: 'search', name: 'filter' });
  const statusFilter = select('status', [['', t('search.anyStatus')], ...STATUSES.map((s) => [s, label('status', s)])], '');
  const riskFilter = select('risk', [['', t('dashboard.anyRisk')], ...RISKS.map((r) => [r, label('risk', r)])], '');
  for (const [control, key] of [[textFilter, 'text'], [statusFilter, 'status'], [riskFilter, 'risk']]) {
    control.addEventListener('input', () => { state[key] = control.value.trim().toLowerCase(); draw(); });
  }
  main.append(
    h('p', { class: 'lead' }, t('dashboard.intro')),
    h('p', null, h('a', { href: '#/overlaps', id: 'overlaps-link' }, t('dashboard.overlaps'))),
    h('div', { class: 'actions' }, h('a', { href: '/api/activity/coalitions.csv', class: 'button secondary', download: 'coalitions.csv', id: 'csv' }, t('dashboard.csv')), live),
    h('form', { class: 'search', onsubmit: (e) => e.preventDefault() },
      field(t('dashboard.filter'), textFilter), field(t('search.status'), statusFilter), field(t('dashboard.risk'), riskFilter)),
    section(t('dashboard.inactive.title'), h('p', { class: 'muted' }, t('dashboard.inactive.intro')), inactiveBox),
    tableBox,
    section(t('dashboard.cycles.title'), cyclesBox),
    dashboardStateSection(),
    section(t('dashboard.charts'), participation, charts));

  // a live update re-renders the table under the person's keyboard: the control they were on keeps the focus
  function draw() {
    keepingFocus(tableBox, drawTable);
  }

  function drawTable() {
    const rows = [...state.rows.values()].filter((c) => (!state.text || (c.name || '').toLowerCase().includes(state.text)
        || label('theme', c.theme).toLowerCase().includes(state.text))
      && (!state.status || (c.status || '').toLowerCase() === state.status)
      && (!state.risk || (c.risks || []).map((r) => r.toLowerCase()).includes(state.risk)));
    const [, key] = COLUMNS.find(([name]) => name === state.sort);
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return state.descending ? -order : order;
    });
    if (!state.rows.size) {
      tableBox.replaceChildren(emptyState(t('dashboard.empty')));
      cyclesBox.replaceChildren();
      return;
    }
    drawCycles(cyclesBox, rows);
    const headers = COLUMNS.map(([name]) => {
      const sorted = state.sort === name;
      return h('th', { scope: 'col', 'aria-sort': sorted ? (state.descending ? 'descending' : 'ascending') : 'none' },
        h('button', {
          type: 'button', class: 'sort', 'data-focus-key': `sort-${name}`,
          onclick: () => { state.descending = sorted ? !state.descending : name !== 'name'; state.sort = name; draw(); },
        }, t(`dashboard.col.${name}`), sorted ? (state.descending ? ' ▼' : ' ▲') : ''));
    });
    tableBox.replaceChildren(h('table', { id: 'activity-table' },
      h('caption', null, t('dashboard.tableCaption', rows.length, state.rows.size)),
      h('thead', null, h('tr', null, headers)),
      h('tbody', null, rows.map((c) => h('tr', { 'data-coalition': c.coalitionId, class: state.changed.has(c.coalitionId) ? 'changed' : null },
        h('th', { scope: 'row' }, h('a', { href: `#/coalitions/${encodeURIComponent(c.coalitionId)}`, 'data-focus-key': `coalition-${c.coalitionId}` }, c.name)),
        h('td', null, label('theme', c.theme)),
        h('td', null, h('span', { class: `badge status-${c.status}` }, label('status', c.status))),
        h('td', { class: 'num' }, String(c.members ?? 0)),
        h('td', null, c.balanceMet ? t('dashboard.balanced') : t('dashboard.unbalanced')),
        h('td', null, formatDate(c.lastActivityAt)),
        h('td', { class: 'num', 'data-field': 'events30' }, String(events30(c))),
        h('td', null, c.reportingStatus
          ? t('dashboard.reportingCell', c.reportingCycle, label('reporting', c.reportingStatus), c.reportingDeadline)
          : '–'),
        h('td', { class: 'num', 'data-field': 'developing' }, String(c.developingCountryMembers ?? 0)),
        requestsCell(c.joinRequests),
        decisionCell(c.joinRequests),
        h('td', null, (c.risks || []).length ? h('ul', { class: 'inline risks' }, c.risks.map((r) => h('li', { class: 'risk' }, label('risk', r)))) : t('dashboard.noRisk')))))));
  }

  const loadInactive = async () => {
    try {
      const inactive = await get('/api/activity/inactive');
      keepingFocus(inactiveBox, () => drawInactive(inactiveBox, inactive));
    } catch (error) {
      inactiveBox.replaceChildren(problemBox(error));
    }
  };
  loadInactive();
  try {
    const all = await get('/api/activity/coalitions');
    all.forEach((c) => state.rows.set(c.coalitionId, c));
    draw();
  } catch (error) {
    tableBox.replaceChildren(problemBox(error));
  }
  loadCharts(charts, participation);

  // live: one event per changed coalition; the row is replaced and marked until the next change
  if (typeof EventSource === 'function') {
    const source = new EventSource('/api/activity/stream');
    source.addEventListener('open', () => { live.textContent = t('dashboard.live'); live.dataset.live = 'true'; });
    source.addEventListener('error', () => { live.textContent = t('dashboard.reconnecting'); live.dataset.live = 'false'; });
    source.addEventListener('coalition', (event) => {
      try {
        const c = JSON.parse(event.data);
        state.rows.set(c.coalitionId, c);
        state.changed = new Set([c.coalitionId]);
        live.textContent = t('dashboard.updated', c.name, formatDate(new Date().toISOString()));
        draw();
        loadInactive();
      } catch (error) {
        console.warn('unreadable activity event', error);
      }
    });
    ctx.cleanup = () => source.close();
  }
}

/** The forum's list of inactive coalitions: since when, and which reports are missing. */
function drawInactive(box, inactive) {
  if (!inactive.length) {
    box.replaceChildren(emptyState(t('dashboard.inactive.empty')));
    return;
  }
  box.replaceChildren(h('table', { id: 'inactive-table' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('dashboard.col.name')),
      h('th', { scope: 'col' }, t('dashboard.inactive.since')),
      h('th', { scope: 'col' }, t('dashboard.inactive.missing')))),
    h('tbody', null, inactive.map((c) => h('tr', { 'data-coalition': c.coalitionId },
      h('th', { scope: 'row' }, h('a', { href: `#/coalitions/${encodeURIComponent(c.coalitionId)}`, 'data-focus-key': `coalition-${c.coalitionId}` }, c.name || c.coalitionId)),
      h('td', null, c.since ? formatDate(c.since) : '–'),
      h('td', { 'data-field': 'missing' }, (c.missingReports || []).length
        ? t('dashboard.inactive.reports', c.missingReports.join(', ')) : '–'))))));
}

/** Each coalition's reporting status per cycle, as coalition-service published it: one column per cycle. */
function drawCycles(box, rows) {
  const cycles = [...new Set(rows.flatMap((c) => (c.reportingCycles || []).map((r) => r.cycle)))].sort((a, b) => a - b);
  if (!cycles.length) {
    box.replaceChildren(emptyState(t('dashboard.cycles.empty')));
    return;
  }
  const byName = [...rows].sort((a, b) => String(a.name || '').localeCompare(String(b.name || '')));
  box.replaceChildren(h('table', { id: 'cycles-table' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dashboard.col.name')),
      cycles.map((cycle) => h('th', { scope: 'col', class: 'num' }, String(cycle))))),
    h('tbody', null, byName.map((c) => {
      const statuses = new Map((c.reportingCycles || []).map((r) => [r.cycle, r]));
      return h('tr', { 'data-coalition': c.coalitionId },
        h('th', { scope: 'row' }, c.name || c.coalitionId),
        cycles.map((cycle) => {
          const report = statuses.get(cycle);
          return h('td', { 'data-cycle': String(cycle), class: report ? `reporting-${report.status}` : null },
            report ? label('reporting', report.status) : '–');
        }));
    }))));
}

async function loadCharts(charts, participation) {
  const to = new Date();
  const from = new Date(to.getTime() - 182 * 24 * 3600 * 1000);
  const day = (d) => d.toISOString().slice(0, 10);
  const boxes = [h('div'), h('div'), h('div'), h('div')];
  charts.replaceChildren(...boxes);
  try {
    const timeline = await get(`/api/activity/timeline?from=${day(from)}&to=${day(to)}&granularity=WEEK`);
    boxes[0].replaceChildren(timeChart(t('dashboard.overTime'), (timeline.points || []).map((p) => [p.period, p.events])));
  } catch (error) {
    boxes[0].replaceChildren(h('p', { class: 'muted' }, t('dashboard.chartUnavailable', t('dashboard.overTime'))));
  }
  try {
    const breakdown = await get('/api/activity/breakdown');
    const share = breakdown.members ? Math.round((100 * breakdown.developingCountryMembers) / breakdown.members) : 0;
    participation.textContent = t('dashboard.participation', breakdown.developingCountryMembers ?? 0, breakdown.members ?? 0, share);
    const entries = (map, prefix) => Object.entries(map || {}).map(([k, v]) => [label(prefix, k), v]);
    boxes[1].replaceChildren(barChart(t('dashboard.byStatus'), entries(breakdown.byStatus, 'status')));
    boxes[2].replaceChildren(barChart(t('dashboard.byTheme'), entries(breakdown.byTheme, 'theme')));
    boxes[3].replaceChildren(barChart(t('dashboard.byGroup'), entries(breakdown.byStakeholderGroup, 'group')));
  } catch (error) {
    boxes[1].replaceChildren(h('p', { class: 'muted' }, t('dashboard.chartUnavailable', t('dashboard.breakdown'))));
  }
}
