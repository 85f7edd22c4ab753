/**
 * Seeing inside: the trace context an event carries from the command that recorded it to every consumer
 * ({@link org.coalitions.platform.observability.TraceParent}), and gauges that read the store or the broker without
 * holding up a scrape ({@link org.coalitions.platform.observability.RecentValue}). The metrics themselves are
 * declared beside what they measure (outbox, messaging, and each service's own); their names and meanings are listed
 * in docs/architecture.md ("Metrics").
 */
package org.coalitions.platform.observability;
