import { h } from '../dom.js';
import { get, problemBox, ApiError } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, section } from '../forms.js';

// "As of a date": a coalition's members, balance, status and reporting status on a past day, worked out by
// notification-service from the coalition's events (GET /api/coalitions/{id}/state?at=yyyy-MM-dd, public). On a
// coalition's page for that coalition; on the secretariat's dashboard for a coalition chosen from the list.

const today = () => new Date().toISOString().slice(0, 10);

/** The state as the answer gives it: status, reporting, balance, members (names, groups, countries, roles). */
function stateView(state, date) {
  const balance = state.balance;
  const reporting = state.reporting;
  return h('div', { class: 'state-on-date', 'data-date': date },
    h('h3', null, t('history.asOf', date)),
    h('p', { id: 'state-status' }, t('history.status'), ' ',
      h('span', { class: `badge status-${state.status}` }, label('status', state.status))),
    h('p', { id: 'state-reporting' }, reporting
      ? t('history.reporting', reporting.cycle, label('reporting', reporting.status), reporting.deadline)
      : t('history.noReporting')),
    h('p', { id: 'state-balance' }, balance
      ? [t(balance.ruleMet ? 'history.balanceMet' : 'history.balanceNotMet', balance.members, balance.distinctStakeholderGroups),
        ' ', t('coalition.developingCountries', balance.developingCountryMembers, balance.members)]
      : t('history.noBalance')),
    state.members.length
      ? h('ul', { class: 'rows', id: 'state-members' }, state.members.map((m) => h('li', { 'data-member': m.memberId },
        h('strong', null, m.displayName), ' ',
        h('span', { class: 'tag' }, label('role', m.role)), ' ',
        h('span', { class: 'muted' }, [label('group', m.stakeholderGroup), m.country].filter(Boolean).join(', ')))))
      : h('p', { class: 'muted' }, t('history.noMembers')));
}

/** Asks for the state and shows it; a day before the coalition existed is said so, not shown as an error. */
async function show(result, coalitionId, date) {
  result.replaceChildren(h('p', { class: 'muted' }, t('app.loading')));
  try {
    const state = await get(`/api/coalitions/${encodeURIComponent(coalitionId)}/state?at=${encodeURIComponent(date)}`);
    result.replaceChildren(stateView(state, date));
  } catch (error) {
    result.replaceChildren(error instanceof ApiError && error.status === 404
      ? h('p', { class: 'muted', id: 'state-none' }, t('history.notYet', date))
      : problemBox(error));
  }
}

function dateForm(name, controls, onDate) {
  const date = h('input', { type: 'date', name: 'at', required: true, max: today() });
  const form = h('form', { class: 'search', 'data-form': name },
    controls, field(t('history.date'), date), h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('history.show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (date.value) onDate(date.value);
  });
  return form;
}

/** The coalition page's section: pick a date, see the coalition as it was then. */
export function stateOnADateSection(coalitionId) {
  const card = section(t('history.title'));
  card.id = 'state-on-date';
  const result = h('div', { id: 'state-result', 'aria-live': 'polite' });
  card.append(h('p', { class: 'muted' }, t('history.intro')), dateForm('state-on-date', null, (date) => show(result, coalitionId, date)), result);
  return card;
}

/** The dashboard's section: the same question for a coalition chosen from the secretariat's list. */
export function dashboardStateSection() {
  const card = section(t('history.dashboardTitle'));
  card.id = 'dashboard-state-on-date';
  const result = h('div', { id: 'state-result', 'aria-live': 'polite' });
  const choice = select('coalition', [], '');
  get('/api/activity/coalitions').then((coalitions) => {
    choice.replaceChildren(...coalitions.map((c) => h('option', { value: c.coalitionId }, c.name)));
  }).catch((error) => result.replaceChildren(problemBox(error)));
  card.append(h('p', { class: 'muted' }, t('history.dashboardIntro')),
    dateForm('dashboard-state-on-date', field(t('history.coalition'), choice), (date) => show(result, choice.value, date)), result);
  return card;
}
