package org.coalitions.platform.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes a bean to topics: the platform ({@link EventSubscriptions}) registers a Kafka listener for the
 * annotated method, so the owner of the handlers declares its consumer and touches no Kafka type.
 * <ul>
 * <li>A record subscription annotates a method without parameters that returns the owner's {@link EventHandlers};
 * each record is decoded and dispatched by them, on Boot's listener container factory.</li>
 * <li>A batch subscription ({@link #batch()}) annotates a method taking {@code List<ReceivedEvent<?>>}, which
 * {@link EventBatches} calls with the decoded events of a poll, on {@link EventBatches#CONTAINER_FACTORY}.</li>
 * </ul>
 * Either way a malformed record is dead-lettered at once and one whose handling fails is retried a bounded number
 * of times, then dead-lettered. The id and the group must never change: a group's committed offsets, and tests
 * and benchmarks that stop a listener by its id, depend on them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventSubscription {

	/** The listener id: its container is found under it in the {@code KafkaListenerEndpointRegistry}. */
	String id();

	/**
	 * Appended with a hyphen to the service's consumer group ({@value EventSubscriptions#GROUP_ID_PROPERTY}), so a
	 * consumer that must read every event whatever the others do has a group of its own; empty for the service's
	 * group itself.
	 */
	String groupSuffix() default "";

	String[] topics();

	/** Whether the method takes a poll's decoded events at once (see {@link EventBatches}). */
	boolean batch() default false;

	/**
	 * Whether every instance of the service must read every event (an in-memory model of its own) rather than share
	 * the partitions with the other instances: the group is then also suffixed with the instance's name
	 * ({@value EventSubscriptions#INSTANCE_PROPERTY}, which must differ between instances), or with a random id
	 * chosen at start when it has none. A new group starts at the topics' ends: the owner loads what came before
	 * from its store.
	 */
	boolean perInstance() default false;
}
