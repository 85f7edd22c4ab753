import { h } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t, label, availableLanguages } from '../i18n.js';
import { field, select, apiForm, value, success, checkbox, section } from '../forms.js';
import { GROUPS, DIGESTS } from './common.js';
import { signInLink, ctx as appContext, switchLanguage, accountDeleted } from '../app.js';
import { actionButton } from '../actions.js';

/**
 * My profile and my mail settings: both are the profile membership-service keeps ({@code /api/me}); notification-service
 * learns of changes from its events.
 */
export async function renderProfile(main, ctx) {
  main.append(h('h1', null, t('profile.title')));
  if (!ctx.session.signedIn) {
    main.append(h('p', null, t('profile.signIn')), signInLink());
    return;
  }
  const profileCard = section(t('profile.about'));
  const mailCard = section(t('mail.title'));
  const calendarCard = section(t('calendar.personalTitle'));
  calendarCard.id = 'personal-calendar';
  const dataCard = section(t('mydata.title'));
  dataCard.id = 'my-data';
  const eraseCard = section(t('erase.title'));
  eraseCard.id = 'delete-account';
  main.append(profileCard, mailCard, calendarCard, dataCard, eraseCard);
  personalCalendar(calendarCard);
  myData(dataCard);
  deleteAccount(eraseCard);
  let profile;
  try {
    profile = await get('/api/me');
  } catch (error) {
    profileCard.append(problemBox(error));
    return;
  }
  // both forms save the whole profile (PUT /api/me), each with its own fields changed
  const save = (changes) => send('PUT', '/api/me', {
    displayName: profile.displayName,
    stakeholderGroup: profile.stakeholderGroup,
    country: profile.country,
    organisation: profile.organisation,
    timeZone: profile.timeZone,
    digest: profile.digest,
    actionMails: profile.actionMails,
    emailVisibleToCoordinators: profile.emailVisibleToCoordinators,
    language: profile.language,
    ...changes,
  });
  const saved = (message) => ({ data }, result) => {
    profile = data;
    appContext.me = data;
    success(result, message);
  };
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
      field(t('profile.language'), select('language', [['', t('profile.languageBrowser')], ...Object.entries(availableLanguages())], profile.language || '')),
    ],
    submit: (form) => save({
      displayName: value(form, 'displayName'),
      stakeholderGroup: value(form, 'stakeholderGroup'),
      country: (value(form, 'country') || '').toUpperCase() || null,
      organisation: value(form, 'organisation'),
      timeZone: value(form, 'timeZone'),
      emailVisibleToCoordinators: value(form, 'emailVisibleToCoordinators'),
      language: value(form, 'language') || null,
    }),
    done: (response, result) => {
      const before = profile.language || null;
      saved(t('profile.saved'))(response, result);
      // the pages follow a new language at once (they are drawn again in it)
      if ((profile.language || null) !== before) switchLanguage(profile.language || null);
    },
  }));
  mailCard.append(h('p', { class: 'muted' }, t('mail.intro')), apiForm({
    name: 'mail-settings',
    submitLabel: t('mail.save'),
    fields: [
      field(t('mail.digest'), select('digest', [['', t('mail.digestByRole', label('digest', profile.effectiveDigest))], ...DIGESTS.map((d) => [d, label('digest', d)])], profile.digest || ''), t('mail.digestHint')),
      checkbox(t('mail.actionMails'), 'actionMails', profile.actionMails),
    ],
    submit: (form) => save({ digest: value(form, 'digest'), actionMails: value(form, 'actionMails') }),
    done: saved(t('mail.saved')),
  }));
  coalitionDigests(mailCard);
}

/**
 * The digest of each of the person's coalitions, overriding their own digest there (`/api/me/digests`): a labelled
 * select per coalition, saved together with one button (a select that saved on every change would call the API at
 * each arrow key).
 */
function coalitionDigests(card) {
  const box = h('div', { id: 'coalition-digests' }, h('h3', null, t('mail.perCoalition')));
  card.append(box);
  get('/api/me/digests').then((coalitions) => {
    if (!coalitions.length) {
      box.append(h('p', { class: 'muted' }, t('mail.perCoalitionNone')));
      return;
    }
    const chosen = Object.fromEntries(coalitions.map((c) => [c.coalitionId, c.digest || '']));
    const name = (c) => `digest-${c.coalitionId}`;
    box.append(h('p', { class: 'muted' }, t('mail.perCoalitionIntro')), apiForm({
      name: 'coalition-digests',
      submitLabel: t('mail.perCoalitionSave'),
      fields: coalitions.map((c) => field(c.name, select(name(c),
        [['', t('mail.perCoalitionDefault')], ...DIGESTS.map((d) => [d, label('digest', d)])], c.digest || ''))),
      submit: async (form) => {
        for (const c of coalitions) {
          const wanted = value(form, name(c)) || '';
          if (wanted !== chosen[c.coalitionId]) {
            await send('PUT', `/api/me/digests/${encodeURIComponent(c.coalitionId)}`, { digest: wanted || null });
            chosen[c.coalitionId] = wanted;
          }
        }
      },
      done: (_, result) => success(result, t('mail.saved')),
    }));
  }).catch((error) => box.append(problemBox(error)));
}

/** The private address of the person's calendar (every meeting of their coalitions), for calendar applications. */
function personalCalendar(card) {
  get('/api/people/me/calendar').then(({ url }) => {
    card.append(h('p', null, t('calendar.personalIntro')),
      h('input', { id: 'personal-calendar-url', type: 'text', readonly: true, value: url, size: 60, 'aria-label': t('calendar.personalTitle') }),
      h('p', { class: 'alert info' }, t('calendar.personalPrivate')));
  }).catch((error) => card.append(problemBox(error)));
}

/**
 * "Download my data": the front door assembles the file (GET /my-data); it is saved only when whole, else the
 * problem is shown (a service that did not answer is named in it).
 */
function myData(card) {
  const result = h('div', { 'aria-live': 'polite' });
  card.append(h('p', null, t('mydata.intro')), actionButton({
    text: t('mydata.download'),
    name: 'download-my-data',
    id: 'download-my-data',
    result,
    action: async () => {
      const file = await get('/my-data');
      const day = String(file.generatedAt || new Date().toISOString()).slice(0, 10);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const link = h('a', { href: url, download: `coalitions-my-data-${day}.json`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      success(result, t('mydata.downloaded'));
    },
  }), result);
}

/**
 * "Delete my account": says what happens, asks the person to type DELETE, and sends it (DELETE /api/me, which
 * membership-service checks too); once it is done the session ends and a page says the account is gone.
 */
function deleteAccount(card) {
  const result = h('div', { 'aria-live': 'polite' });
  const typed = h('input', { name: 'confirm-delete', autocomplete: 'off', spellcheck: 'false', size: 10 });
  card.append(
    h('p', null, t('erase.intro')),
    h('ul', null, ['erase.whatProfile', 'erase.whatPosts', 'erase.whatMails', 'erase.whatAccount']
      .map((key) => h('li', null, t(key)))),
    h('p', { class: 'alert info' }, t('erase.final')),
    field(t('erase.typeLabel'), typed, t('erase.typeHint')),
    actionButton({
      text: t('erase.button'),
      name: 'delete-account',
      id: 'delete-account-button',
      className: 'danger',
      result,
      action: async () => {
        if (typed.value.trim() !== 'DELETE') {
          result.replaceChildren(h('p', { class: 'alert', role: 'alert' }, t('erase.typeFirst')));
          typed.focus();
          return;
        }
        await send('DELETE', '/api/me', { confirm: 'DELETE' });
        accountDeleted();
      },
    }),
    result,
  );
}
