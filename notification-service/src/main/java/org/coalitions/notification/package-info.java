/**
 * notification-service: turns events into what people see: feeds, action mails, digests, and the
 * secretariat's activity data. One package per feature.
 */
package org.coalitions.notification;
