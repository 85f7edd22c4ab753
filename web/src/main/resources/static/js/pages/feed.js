import { h, formatDate } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { emptyState, pager } from '../forms.js';
import { signInLink, refreshUnread } from '../app.js';
import { whileBusy } from '../actions.js';

const PAGE_SIZE = 20;

/** My feed: what happened in my coalitions, newest first, with the unread ones marked. */
export async function renderFeed(main, ctx) {
  main.append(h('h1', null, t('feed.title')));
  if (!ctx.session.signedIn) {
    main.append(h('p', null, t('feed.signIn')), signInLink());
    return;
  }
  const body = h('div', { id: 'feed' });
  main.append(body);
  let page = 0;
  const load = async () => {
    try {
      const feed = await get(`/api/feed?page=${page}&size=${PAGE_SIZE}`);
      const items = feed.items || [];
      const header = h('div', { class: 'actions' },
        h('p', { id: 'feed-unread' }, t('feed.unread', feed.unread || 0)),
        feed.unread ? h('button', { type: 'button', class: 'secondary', onclick: (event) => act(event.currentTarget, () => send('POST', '/api/feed/read-all')) }, t('feed.readAll')) : null);
      if (!items.length) {
        body.replaceChildren(emptyState(t('feed.empty'), h('a', { href: '#/', class: 'button' }, t('feed.findCoalitions'))));
        return;
      }
      const pages = pager(page, PAGE_SIZE, feed.total || 0, (shown) => { page = shown; load(); });
      body.replaceChildren(header, h('ul', { class: 'rows feed' }, items.map((item) => h('li', { class: item.read ? 'read' : 'unread', 'data-entry': item.id },
        item.read ? null : h('span', { class: 'badge' }, t('feed.new')), ' ',
        h('strong', null, item.title), ' ',
        h('span', { class: 'muted' }, [item.coalitionName, label('feedType', item.type), formatDate(item.occurredAt)].filter(Boolean).join(' · ')), ' ',
        item.coalitionId ? h('a', { href: `#/coalitions/${encodeURIComponent(item.coalitionId)}` }, t('feed.open')) : null, ' ',
        item.read ? null : h('button', { type: 'button', class: 'secondary small', onclick: (event) => act(event.currentTarget, () => send('POST', `/api/feed/${encodeURIComponent(item.id)}/read`)) }, t('feed.markRead'))))), pages);
    } catch (error) {
      body.replaceChildren(problemBox(error));
    }
  };
  const act = async (button, call) => {
    try {
      await whileBusy(button, call);
      await load();
      refreshUnread();
    } catch (error) {
      body.prepend(problemBox(error));
    }
  };
  await load();
}
