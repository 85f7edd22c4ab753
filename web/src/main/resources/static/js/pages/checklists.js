import { h } from '../dom.js';
import { format, t } from '../i18n.js';
import { section } from '../forms.js';
import { CoalitionStatus } from './common.js';

/**
 * The two checklists coalition-service works out (registry/Principles): what activation waits for, while the
 * coalition is proposed, and the forum's principles. Each line is met or not, with its reason code translated
 * here (`principle.reason.<CODE>`, its parameters by name).
 */
export function checklistsSection(coalition) {
  const card = section(t('checklist.title'));
  card.id = 'checklists';
  if (coalition.status === CoalitionStatus.PROPOSED && Array.isArray(coalition.activation)) {
    card.append(h('h3', null, t('checklist.activation')),
      checklist('activation', coalition.activation.map((c) => ({ name: t(`checklist.condition.${c.condition}`), met: c.met, reason: c.detail, params: c.params }))));
  }
  if (Array.isArray(coalition.principles)) {
    card.append(h('h3', null, t('checklist.principles')),
      checklist('principles', coalition.principles.map((p) => ({ name: t(`principle.${p.principle}`), met: p.met, reason: p.reason, params: p.params }))));
  }
  if (coalition.quiet) card.append(h('p', { class: 'badge risk', id: 'quiet-flag' }, t('checklist.quiet')));
  return card;
}

function checklist(id, items) {
  return h('ul', { class: 'checklist', id: `checklist-${id}` }, items.map((item) => h('li', { class: item.met ? 'met' : 'unmet', 'data-met': String(item.met) },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, item.met ? '✔' : '✘'), ' ',
    h('strong', null, item.name), ' ',
    h('span', { class: 'visually-hidden' }, t(item.met ? 'checklist.met' : 'checklist.unmet')), ' — ',
    h('span', { class: 'reason' }, reasonText(item.reason, item.params || {})))));
}

/** The reason's text, its named parameters put in: {groups}, {members}, {count}, {cycle}, {deadline}, {mailingList}. */
function reasonText(code, params) {
  return format(t(`principle.reason.${code}`), params);
}
