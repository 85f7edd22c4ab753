/**
 * The transactional outbox without transactions. MongoDB here (the embedded wire-protocol server) has no
 * multi-document transactions, so an aggregate keeps its not-yet-published events inside its own document:
 * the state change and its events are one single-document write, atomic on any MongoDB. The {@link
 * org.coalitions.platform.outbox.OutboxRelay} sends them to Kafka in order and removes them only once the
 * broker has acknowledged them. Delivery is at least once; consumers are idempotent.
 */
package org.coalitions.platform.outbox;
