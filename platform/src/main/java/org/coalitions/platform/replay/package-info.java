/**
 * Rebuilding a service's projections from the topics: each service declares its {@link
 * org.coalitions.platform.replay.Projections}; started with {@code coalitions.replay.enabled=true} (the command
 * is {@code infra/stack replay <service> [--swap]}) it runs only their consumers, in fresh groups, into a scratch
 * database, compares the result with the live collections and exits ({@link
 * org.coalitions.platform.replay.Replay}).
 */
package org.coalitions.platform.replay;
