/**
 * Who a thread concerns besides its coalition at large: the members who started it or posted in it, follow it,
 * or are mentioned in a post; and who muted it. Decides who is told personally of a post (a feed entry of their
 * own, a mail for a mention); the feed and the action mails ask it.
 */
package org.coalitions.notification.threads;
