/**
 * Time: the service's one {@link java.time.Clock}, and history. A command may carry the instant it happened
 * ({@link org.coalitions.platform.time.OccurredAt#HEADER}, checked by {@code web.OccurredAtFilter}); a consumer
 * handling an event notes the event's time ({@code messaging.EventMapper}); with
 * {@code coalitions.history.import-enabled} the {@link org.coalitions.platform.time.HistoryClock} answers that instant
 * as "now", so demo data with a past goes through the same commands, events and rules as live use.
 */
package org.coalitions.platform.time;
