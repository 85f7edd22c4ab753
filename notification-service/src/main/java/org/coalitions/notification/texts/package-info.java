/**
 * How this service writes for people beyond its message texts: days and times in the reader's language, for
 * mails, digests and feed lines alike (a feature of its own, so the feed and the mails both use it).
 */
package org.coalitions.notification.texts;
