/**
 * Consuming events: a consumer is one {@link org.coalitions.platform.messaging.EventSubscription} method on the
 * owner of its handlers, for which {@link org.coalitions.platform.messaging.EventSubscriptions} registers the
 * Kafka listener, so no class outside this package touches Kafka to consume. Records are read as plain bytes (a
 * deserialiser that cannot fail, so no record can jam the poll loop), decoded by {@link
 * org.coalitions.platform.messaging.EventRecords}, dispatched by type by {@link
 * org.coalitions.platform.messaging.EventHandlers} (or {@link org.coalitions.platform.messaging.EventMapper}, whose
 * handlers return values to write together); a record that cannot be decoded goes straight to the topic's
 * dead-letter twin, one whose handler keeps failing goes there after bounded retries, and the consumer goes on. A
 * batch subscription is handed a whole poll, decoded by {@link org.coalitions.platform.messaging.EventBatches},
 * which keeps each record's fate as a record listener would and reports a failing record by its index. Effects
 * are applied once per event id ({@link org.coalitions.platform.messaging.AppliedEvents}).
 */
package org.coalitions.platform.messaging;
