/**
 * What happened in each coalition, as entries people read in their feed and in their digests. Entries are
 * stored once per event; whose feed shows an entry is decided when it is read, from the people directory.
 */
package org.coalitions.notification.feed;
