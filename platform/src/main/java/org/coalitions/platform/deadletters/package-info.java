/**
 * Dead letters, for operators: the records a service's consumer groups gave up on (malformed, or failing after the
 * bounded retries of {@code messaging.MessagingConfiguration}) lie in the dead-letter twins of their topics, with
 * Spring Kafka's headers saying where from, which group and why. {@link org.coalitions.platform.deadletters.DeadLetters}
 * lists and inspects a service's own, re-drives one through the same subscription's handlers, or discards it; what
 * became of each is kept in the service's {@code dead_letters} collection. The API is {@code
 * /api/operations/<service>/dead-letters}; {@code infra/dead-letters} calls it.
 */
package org.coalitions.platform.deadletters;
