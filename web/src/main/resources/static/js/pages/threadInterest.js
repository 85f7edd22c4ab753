import { h } from '../dom.js';
import { get, send, problemBox } from '../api.js';
import { t } from '../i18n.js';
import { whileBusy } from '../actions.js';

/**
 * Follow / mute for one thread (notification-service keeps the choice): the state says what the member chose, and
 * the buttons change it. Loads when the thread is first opened, not for every thread on the page.
 */
export function interestControls(base, threadId, details) {
  const path = `${base}/threads/${encodeURIComponent(threadId)}/interest`;
  const state = h('span', { class: 'muted', role: 'status' });
  const follow = h('button', { type: 'button', class: 'secondary', 'data-action': 'follow-thread' });
  const mute = h('button', { type: 'button', class: 'secondary', 'data-action': 'mute-thread' });
  const problem = h('div');
  const box = h('div', { class: 'thread-interest', role: 'group', 'aria-label': t('threadInterest.label') }, follow, ' ', mute, ' ', state, problem);
  let current = null;
  const show = (answer) => {
    current = answer.interest;
    follow.textContent = t(current === 'FOLLOWING' ? 'threadInterest.unfollow' : 'threadInterest.follow');
    mute.textContent = t(current === 'MUTED' ? 'threadInterest.unmute' : 'threadInterest.mute');
    follow.setAttribute('aria-pressed', String(current === 'FOLLOWING'));
    mute.setAttribute('aria-pressed', String(current === 'MUTED'));
    state.textContent = current === 'FOLLOWING' ? t('threadInterest.following')
      : current === 'MUTED' ? t('threadInterest.muted')
        : answer.participating ? t('threadInterest.participating') : '';
  };
  // busy, not disabled, while the call runs (actions.js): the button keeps the keyboard focus
  const change = (wanted, button) => whileBusy(button, async () => {
    problem.replaceChildren();
    try {
      show((await send('PUT', path, { interest: current === wanted ? 'NONE' : wanted })).data);
    } catch (error) {
      problem.replaceChildren(problemBox(error));
    }
  });
  // labelled and disabled until the member's choice is known
  show({ interest: 'NONE', participating: false });
  follow.disabled = true;
  mute.disabled = true;
  follow.addEventListener('click', () => change('FOLLOWING', follow));
  mute.addEventListener('click', () => change('MUTED', mute));
  let loaded = false;
  const load = () => {
    if (loaded || !details.open) return;
    loaded = true;
    get(path).then((answer) => {
      show(answer);
      follow.disabled = false;
      mute.disabled = false;
    }).catch((error) => problem.replaceChildren(problemBox(error)));
  };
  details.addEventListener('toggle', load);
  load();
  return box;
}
