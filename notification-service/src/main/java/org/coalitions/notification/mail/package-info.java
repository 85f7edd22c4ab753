/**
 * Mail out: a queue of rendered mails, each with an id that says what it is for (so the same mail is never
 * queued twice), delivered by a sender that retries with back-off while the SMTP server is away; action mails
 * made from events; signed unsubscribe links that work without sign-in.
 */
package org.coalitions.notification.mail;
