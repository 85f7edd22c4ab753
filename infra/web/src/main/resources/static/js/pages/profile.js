import { h } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { field, select, apiForm, value, success, checkbox, section } from '../forms.js';
import { GROUPS, DIGESTS } from './common.js';
import { signInLink, ctx as appContext } from '../app.js';

/** My profile (membership-service) and my mail settings (notification-service). */
export async function renderProfile(main, ctx) {
  main.append(h('h1', null, t('profile.title')));
  if (!ctx.session.signedIn) {
    main.append(h('p', null, t('profile.signIn')), signInLink());
    return;
  }
  const profileCard = section(t('profile.about'));
  const mailCard = section(t('mail.title'));
  main.append(profileCard, mailCard);
  try {
    const profile = await get('/api/me');
    if (!profile.complete) profileCard.append(h('p', { class: 'alert info' }, t('profile.incomplete')));
    profileCard.append(apiForm({
      name: 'profile',
      submitLabel: t('profile.save'),
      fields: [
        field(t('profile.displayName'), h('input', { name: 'displayName', value: profile.displayName || '', maxlength: 120 })),
        h('p', { class: 'muted' }, t('profile.email', profile.email || '')),
        field(t('profile.group'), select('stakeholderGroup', [['', t('profile.chooseGroup')], ...GROUPS.map((g) => [g, label('group', g)])], profile.stakeholderGroup || '')),
        field(t('profile.country'), h('input', { name: 'country', value: profile.country || '', maxlength: 2, autocomplete: 'country', size: 3 }), t('profile.countryHint')),
        field(t('profile.organisation'), h('input', { name: 'organisation', value: profile.organisation || '', maxlength: 200 })),
        field(t('profile.timeZone'), h('input', { name: 'timeZone', value: profile.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', maxlength: 64 }), t('profile.timeZoneHint')),
        checkbox(t('profile.emailVisible'), 'emailVisibleToCoordinators', profile.emailVisibleToCoordinators),
      ],
      submit: (form) => send('PUT', '/api/me', {
        displayName: value(form, 'displayName'),
        stakeholderGroup: value(form, 'stakeholderGroup'),
        country: (value(form, 'country') || '').toUpperCase() || null,
        organisation: value(form, 'organisation'),
        timeZone: value(form, 'timeZone'),
        digest: profile.digest,
        actionMails: profile.actionMails,
        emailVisibleToCoordinators: value(form, 'emailVisibleToCoordinators'),
      }),
      done: ({ data }, result) => {
        appContext.me = data;
        success(result, t('profile.saved'));
      },
    }));
  } catch (error) {
    profileCard.append(problemBox(error));
  }
  try {
    const settings = await get('/api/mail-settings');
    mailCard.append(apiForm({
      name: 'mail-settings',
      submitLabel: t('mail.save'),
      fields: [
        field(t('mail.digest'), select('digest', DIGESTS.map((d) => [d, label('digest', d)]), settings.digest || 'WEEKLY')),
        checkbox(t('mail.actionMails'), 'actionMails', settings.actionMails),
        field(t('mail.timeZone'), h('input', { name: 'timeZone', value: settings.timeZone || 'UTC', maxlength: 64 })),
        field(t('mail.digestHour'), h('input', { name: 'digestHour', type: 'number', min: 0, max: 23, value: settings.digestHour ?? 7 }), t('mail.digestHourHint')),
      ],
      submit: (form) => send('PUT', '/api/mail-settings', {
        digest: value(form, 'digest'),
        actionMails: value(form, 'actionMails'),
        timeZone: value(form, 'timeZone'),
        digestHour: Number(value(form, 'digestHour')),
      }),
      done: (answer, result) => success(result, t('mail.saved')),
    }));
  } catch (error) {
    mailCard.append(error.status === 404 ? h('p', { class: 'muted' }, t('mail.unavailable')) : problemBox(error));
  }
}
