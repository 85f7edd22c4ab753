import { h, uid } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t } from '../i18n.js';
import { apiForm, section } from '../forms.js';
import { CoalitionStatus } from './common.js';

/**
 * For a coalition's coordinators: who represents it in the coordination group. They choose up to two members;
 * choosing none leaves it to the coordinators. The service checks the choice (and answers a problem).
 */
export function representativesSection(base, coalition, members) {
  const card = section(t('representatives.title'));
  card.id = 'representatives';
  const body = h('div', null, h('p', { class: 'muted' }, t('app.loading')));
  card.append(body);
  const load = () => get(`${base}/representatives`).then((current) => {
    const names = current.representatives.map((r) => r.name || r.id).join(', ');
    const now = coalition.status !== CoalitionStatus.ACTIVE ? t('representatives.notActive')
      : t('representatives.now', names || '—');
    const choices = (members || []).map((m) => {
      const id = uid('rep');
      return h('div', { class: 'field check' },
        h('input', { type: 'checkbox', id, name: 'representative', value: m.memberId, checked: current.named.includes(m.memberId) }),
        h('label', { for: id }, m.displayName));
    });
    body.replaceChildren(
      h('p', { id: 'representatives-now' }, now, current.named.length ? '' : ` ${t('representatives.byDefault')}`),
      h('p', { class: 'hint' }, t('representatives.hint')),
      apiForm({
        name: 'representatives',
        submitLabel: t('representatives.save'),
        fields: [h('fieldset', null, h('legend', null, t('representatives.choose')), choices)],
        submit: (form) => send('PUT', `${base}/representatives`, {
          representativeIds: [...form.querySelectorAll('input[name=representative]:checked')].map((input) => input.value),
        }),
        done: load,
      }));
  }).catch((error) => body.replaceChildren(problemBox(error)));
  load();
  return card;
}
