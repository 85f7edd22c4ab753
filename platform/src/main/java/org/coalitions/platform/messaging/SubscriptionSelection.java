package org.coalitions.platform.messaging;

/**
 * Which {@link EventSubscription}s get a listener, by id. Without such a bean every one does; a service started
 * to rebuild its projections ({@code platform/replay}) runs only theirs, never a consumer of its aggregates.
 */
@FunctionalInterface
public interface SubscriptionSelection {

	boolean runs(String subscriptionId);
}
