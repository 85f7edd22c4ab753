/**
 * Daily and weekly email digests: due at a local hour in each person's time zone, grouped by coalition and
 * ordered by importance, queued at most once per person and period.
 */
package org.coalitions.notification.digest;
