/**
 * What the three services share. {@code events}: the contracts that cross service boundaries (event types,
 * topics, the CloudEvents envelope). {@code outbox} and {@code messaging}: the event backbone, producing through
 * a transactional outbox and consuming idempotently with dead-lettering. {@code security} and {@code web}: the
 * sign-in and error conventions.
 */
package org.coalitions.platform;
