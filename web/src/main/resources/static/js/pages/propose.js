import { h } from '../dom.js';
import { send } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, apiForm, value } from '../forms.js';
import { THEMES, JOIN_POLICIES, JoinPolicy } from './common.js';
import { signInLink } from '../app.js';
import { statementFields, statementOf } from './statement.js';

/** Propose a coalition; its proposer becomes its first coordinator. */
export function renderPropose(main, ctx) {
  main.append(h('h1', null, t('propose.title')));
  if (!ctx.session.signedIn) {
    main.append(h('p', null, t('propose.signIn')), signInLink());
    return;
  }
  main.append(h('p', { class: 'lead' }, t('propose.intro')));
  const form = apiForm({
    name: 'propose',
    submitLabel: t('propose.submit'),
    fields: [
      field(t('propose.name'), h('input', { name: 'name', required: true, minlength: 3, maxlength: 120 })),
      field(t('propose.theme'), select('theme', [['', t('propose.chooseTheme')], ...THEMES.map((v) => [v, label('theme', v)])], '', { required: true })),
      field(t('propose.summary'), h('textarea', { name: 'summary', required: true, maxlength: 1000, rows: 3 }), t('propose.summaryHint')),
      field(t('propose.charter'), h('textarea', { name: 'charter', maxlength: 20000, rows: 6 })),
      field(t('propose.joinPolicy'), select('joinPolicy', JOIN_POLICIES.map((p) => [p, label('joinPolicy', p)]), JoinPolicy.OPEN)),
      field(t('propose.mailingList'), h('input', { name: 'mailingList', type: 'text', maxlength: 500 }), t('propose.linkHint')),
      field(t('propose.website'), h('input', { name: 'website', type: 'url', maxlength: 500 })),
      ...statementFields(),
    ],
    submit: (form) => send('POST', '/api/coalitions', {
      name: value(form, 'name'),
      theme: value(form, 'theme'),
      summary: value(form, 'summary'),
      charter: value(form, 'charter'),
      joinPolicy: value(form, 'joinPolicy'),
      links: { mailingList: value(form, 'mailingList'), website: value(form, 'website'), archive: null },
      statement: statementOf(form),
    }),
    done: ({ data }) => {
      location.hash = `#/coalitions/${encodeURIComponent(data.id)}`;
    },
  });
  main.append(form);
}
