package org.coalitions.platform.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Marks the one method of a {@code *Listener} that consumes events: a {@link KafkaListener} that must name its
 * listener id, topics and consumer group, since a group's committed offsets (and tests that find a listener
 * by id) depend on them never changing. A record listener hands each record to {@link EventHandlers} or {@link
 * EventMapper}; a batch listener names {@link EventBatches#CONTAINER_FACTORY} and hands the poll to {@link
 * EventBatches}. Either way the platform's error handler dead-letters malformed records at once and retries
 * the others a bounded number of times.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@KafkaListener
public @interface ConsumesEvents {

	@AliasFor(annotation = KafkaListener.class)
	String id();

	@AliasFor(annotation = KafkaListener.class)
	String[] topics();

	@AliasFor(annotation = KafkaListener.class)
	String groupId();

	/** Empty for a record listener (Boot's factory); {@link EventBatches#CONTAINER_FACTORY} for a batch one. */
	@AliasFor(annotation = KafkaListener.class)
	String containerFactory() default "";
}
