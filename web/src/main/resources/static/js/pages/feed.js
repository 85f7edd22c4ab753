import { h, formatDate } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t, label } from '../i18n.js';
import { emptyState } from '../forms.js';
import { signInLink, refreshUnread } from '../app.js';

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
      const feed = await get(`/api/feed?page=${page}&size=20`);
      const items = feed.items || [];
      const header = h('div', { class: 'actions' },
        h('p', { id: 'feed-unread' }, t('feed.unread', feed.unread || 0)),
        feed.unread ? h('button', { type: 'button', class: 'secondary', onclick: () => act(() => send('POST', '/api/feed/read-all')) }, t('feed.readAll')) : null);
      if (!items.length) {
        body.replaceChildren(emptyState(t('feed.empty'), h('a', { href: '#/', class: 'button' }, t('feed.findCoalitions'))));
        return;
      }
      const pager = h('div', { class: 'pager' });
      if (page > 0) pager.append(h('button', { type: 'button', onclick: () => { page -= 1; load(); } }, t('search.previous')));
      if ((page + 1) * 20 < (feed.total || 0)) pager.append(h('button', { type: 'button', onclick: () => { page += 1; load(); } }, t('search.next')));
      body.replaceChildren(header, h('ul', { class: 'rows feed' }, items.map((item) => h('li', { class: item.read ? 'read' : 'unread', 'data-entry': item.id },
        item.read ? null : h('span', { class: 'badge' }, t('feed.new')), ' ',
        h('strong', null, item.title), ' ',
        h('span', { class: 'muted' }, [item.coalitionName, label('feedType', item.type), formatDate(item.occurredAt)].filter(Boolean).join(' · ')), ' ',
        item.coalitionId ? h('a', { href: `#/coalitions/${encodeURIComponent(item.coalitionId)}` }, t('feed.open')) : null, ' ',
        item.read ? null : h('button', { type: 'button', class: 'secondary small', onclick: () => act(() => send('POST', `/api/feed/${encodeURIComponent(item.id)}/read`)) }, t('feed.markRead'))))), pager);
    } catch (error) {
      body.replaceChildren(problemBox(error));
    }
  };
  const act = async (call) => {
    try {
      await call();
      await load();
      refreshUnread();
    } catch (error) {
      body.prepend(problemBox(error));
    }
  };
  await load();
}
