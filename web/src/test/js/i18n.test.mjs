// The pages' formatter (static/js/i18n.js) with the real texts of each language: counts take the language's
// plural forms, so no text reads "1 members". Run by I18nScriptTests (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const resources = new URL('../../main/resources/', import.meta.url);
const source = readFileSync(new URL('static/js/i18n.js', resources), 'utf8');
// the script is a browser module; imported from its text, as node would not take a .js file outside a package
const { format, t, useMessages } = await import(`data:text/javascript,${encodeURIComponent(source)}`);

/** A messages file as the server reads it: key=value lines, # comments. */
function texts(language) {
  const file = language === 'en' ? 'messages.properties' : `messages_${language}.properties`;
  const entries = readFileSync(new URL(file, resources), 'utf8').split('\n')
    .filter((line) => line.includes('=') && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return Object.fromEntries(entries);
}

test('English says one for 1 only', () => {
  useMessages('en', texts('en'));
  assert.equal(t('coalitions.count', 1), '1 coalition found');
  assert.equal(t('coalitions.count', 0), '0 coalitions found');
  assert.equal(t('coalitions.count', 2), '2 coalitions found');
  assert.equal(t('coalition.replies', 1), '(1 reply)');
  assert.equal(t('coalition.balanceNotMet', 1, 1, 3),
    'The multistakeholder rule is not met yet: 1 member from 1 stakeholder group (at least 3 needed).');
  assert.equal(t('coalition.balanceMet', 4, 3, 3),
    'The multistakeholder rule is met: 4 members from 3 stakeholder groups (at least 3 needed).');
  assert.equal(t('dashboard.tableCaption', 1, 1), 'Showing 1 of 1 coalition. Select a column heading to sort.');
});

test('French says one for 0 and 1', () => {
  useMessages('fr', texts('fr'));
  assert.equal(t('coalitions.count', 0), '0 coalition trouvée');
  assert.equal(t('coalitions.count', 1), '1 coalition trouvée');
  assert.equal(t('coalitions.count', 2), '2 coalitions trouvées');
  assert.equal(t('coalition.developingCountries', 1, 3), '1 membre sur 3 vient de pays en développement.');
  assert.equal(t('coalition.developingCountries', 2, 3), '2 membres sur 3 viennent de pays en développement.');
});

test('Spanish, and a count written the language\'s way', () => {
  useMessages('es', texts('es'));
  assert.equal(t('coalitions.count', 1), '1 coalición encontrada');
  assert.equal(t('coalitions.count', 1500), '1500 coaliciones encontradas'.replace('1500', new Intl.NumberFormat('es').format(1500)));
  assert.equal(t('coalition.replies', 3), '(3 respuestas)');
});

test('Russian takes one, few and many; Chinese has one form', () => {
  useMessages('ru', texts('ru'));
  assert.equal(t('coalitions.count', 1), 'Найдена 1 коалиция');
  assert.equal(t('coalitions.count', 3), 'Найдено 3 коалиции');
  assert.equal(t('coalitions.count', 5), 'Найдено 5 коалиций');
  assert.equal(t('coalitions.count', 21), 'Найдена 21 коалиция');
  assert.equal(t('coalition.replies', 11), '(11 ответов)');
  useMessages('zh', texts('zh'));
  assert.equal(t('coalitions.count', 1), '找到 1 个联盟');
  assert.equal(t('coalitions.count', 3), '找到 3 个联盟');
});

test('Arabic takes all six forms: zero, one, two, few, many, other', () => {
  useMessages('ar', texts('ar'));
  const count = (n) => t('coalitions.count', n);
  assert.equal(count(0), 'لم يُعثر على أي ائتلاف');
  assert.equal(count(1), 'عُثر على ائتلاف واحد');
  assert.equal(count(2), 'عُثر على ائتلافين');
  assert.match(count(3), /ائتلافات$/);
  assert.match(count(11), /ائتلافًا$/);
  assert.match(count(100), /ائتلاف$/);
  assert.equal(new Set([0, 1, 2, 3, 11, 100].map(count)).size, 6);
});

test('named arguments, as the principles\' reasons have them', () => {
  useMessages('en', texts('en'));
  assert.equal(format(t('principle.reason.GROUPS_MISSING'), { groups: 1, members: 1 }),
    'only 1 stakeholder group among 1 member');
  assert.equal(format(t('principle.reason.CONTACTS_NAMED'), { count: 2 }), '2 contact persons named');
});

test('an exact choice wins, a missing argument stays as written, plain arguments are put in', () => {
  assert.equal(format('{0, plural, =0 {nobody} one {# person} other {# people}}', [0], 'en'), 'nobody');
  assert.equal(format('{0, plural, one {# person} other {# people}}', [], 'en'), '{0, plural, one {# person} other {# people}}');
  assert.equal(format('{0} and {name}', { 0: 'a', name: 'b' }, 'en'), 'a and b');
  assert.equal(format('{0, plural, one {# of {1}} other {# of {1}s}}', [2, 'item'], 'en'), '2 of items');
});

test('no text of any language reads "1 members" (or the like) when its counts are 1', () => {
  for (const language of ['en', 'fr', 'es']) {
    useMessages(language, texts(language));
    for (const [key, text] of Object.entries(texts(language))) {
      const once = format(text, [1, 1, 1], language);
      const named = format(once, { groups: 1, members: 1, count: 1 }, language);
      assert.doesNotMatch(named, /\b1 (members|membres|miembros|coalitions|coaliciones|replies|réponses|respuestas|groups|groupes|grupos)\b/, `${language} ${key}: ${named}`);
    }
  }
});
