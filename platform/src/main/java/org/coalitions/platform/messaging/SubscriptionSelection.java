package org.coalitions.platform.messaging;

/**
 * Which {@link EventSubscription}s get a listener, by id, and which of those start with the application. Without
 * such a bean every one does; a service started to rebuild its projections ({@code platform/replay}) runs only
 * theirs, never a consumer of its aggregates, and starts some only once others have caught up.
 */
@FunctionalInterface
public interface SubscriptionSelection {

	boolean runs(String subscriptionId);

	/** False for a listener that someone starts later, by its id in the {@code KafkaListenerEndpointRegistry}. */
	default boolean startsWithTheApplication(String subscriptionId) {
		return true;
	}
}
