/**
 * The machinery the three services share (their published language is the separate, Spring-free
 * {@code coalitions-contracts}). {@code outbox} produces through an outbox kept in each aggregate's document;
 * {@code messaging} consumes idempotently with dead-lettering; {@code persistence} retries load-change-save and
 * tells an unreachable store; {@code domain} holds the exceptions domain code throws, {@code web} maps them to
 * problem responses; {@code security} holds the sign-in conventions. Each package configures itself
 * ({@code *Configuration}); {@link org.coalitions.platform.PlatformAutoConfiguration} only imports them.
 */
package org.coalitions.platform;
