package org.coalitions.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchAcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which listener containers the registrar creates for annotated beans: under the subscription's id, in the
 * service's group or its suffixed one, on the subscription's topics, record or batch; and that their records reach
 * the owner's handlers, malformed ones failing as the error handler expects.
 */
class EventSubscriptionsTests {

	final GenericApplicationContext context = new GenericApplicationContext();

	final KafkaListenerEndpointRegistry registry = new KafkaListenerEndpointRegistry();

	final ConcurrentKafkaListenerContainerFactory<String, byte[]> recordFactory = factory(false);

	final ConcurrentKafkaListenerContainerFactory<String, byte[]> batchFactory = factory(true);

	EventSubscriptions subscriptions;

	@AfterEach
	void close() {
		registry.destroy();
		context.close();
	}

	@Test
	void aRecordSubscriptionIsAListenerInTheSuffixedGroupThatDispatchesToTheOwnersHandlers() {
		RecordOwner owner = new RecordOwner();
		register(owner);

		MessageListenerContainer container = registry.getListenerContainer("test-records");

		assertThat(container).isNotNull();
		assertThat(container.getGroupId()).isEqualTo("svc-audit");
		assertThat(container.getContainerProperties().getTopics())
			.containsExactly(Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS);
		recordListener(container).onMessage(event("t1"), null, null);
		assertThat(owner.threads).containsExactly("t1");
	}

	@Test
	void aMalformedRecordFailsWithTheMalformedEventSoItIsNotRetried() {
		register(new RecordOwner());

		assertThatThrownBy(() -> recordListener(registry.getListenerContainer("test-records"))
			.onMessage(malformed(), null, null)).hasRootCauseInstanceOf(MalformedEventException.class);
	}

	@Test
	void aBatchSubscriptionIsABatchListenerInTheServicesGroupFedTheDecodedEvents() {
		BatchOwner owner = new BatchOwner();
		register(owner);

		MessageListenerContainer container = registry.getListenerContainer("test-batches");

		assertThat(container.getGroupId()).as("no suffix: the service's group itself").isEqualTo("svc");
		assertThat(container.getContainerProperties().getTopics()).containsExactly(Topics.PEOPLE_EVENTS);
		batchListener(container).onMessage(List.of(event("a"), event("b")), null, null);
		assertThat(owner.batches).containsExactly(List.of("a", "b"));
	}

	@Test
	void aMalformedRecordInABatchIsReportedByItsIndexAndNotRetried() {
		register(new BatchOwner());

		assertThatThrownBy(() -> batchListener(registry.getListenerContainer("test-batches"))
			.onMessage(List.of(event("a"), malformed()), null, null))
			.as("the error handler finds the failed record's index in the cause chain")
			.cause()
			.isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
				assertThat(failed.getIndex()).isEqualTo(1);
				assertThat(failed.getCause()).isInstanceOf(MalformedEventException.class);
			});
	}

	@Test
	void aRecordIsHandedAgainOnlyToTheSubscriptionOfItsGroupThatReadsItsTopic() {
		RecordOwner owner = new RecordOwner();
		register(owner);

		assertThat(subscriptions.topicsByGroup())
			.containsExactly(Map.entry("svc-audit", Set.of(Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS)));
		assertThat(subscriptions.handleAgain("svc-audit", event("t1"))).isTrue();
		assertThat(subscriptions.handleAgain("svc", event("t2"))).as("no subscription in that group").isFalse();
		assertThat(subscriptions.handleAgain("svc-audit", on(Topics.PEOPLE_EVENTS, event("t3"))))
			.as("the group does not read that topic").isFalse();
		assertThat(owner.threads).containsExactly("t1");
	}

	@Test
	void aBatchSubscriptionIsHandedARecordAgainAsABatchOfOneAndItsFailureUnwrapped() {
		BatchOwner owner = new BatchOwner();
		register(owner);

		assertThat(subscriptions.handleAgain("svc", on(Topics.PEOPLE_EVENTS, event("a")))).isTrue();
		assertThat(owner.batches).containsExactly(List.of("a"));
		assertThatThrownBy(() -> subscriptions.handleAgain("svc", on(Topics.PEOPLE_EVENTS, malformed())))
			.isInstanceOf(MalformedEventException.class);
	}

	@Test
	void aSelectionLeavesTheSubscriptionsItDoesNotRunWithoutAListener() {
		register(new RecordOwner(), id -> !id.equals("test-records"));

		assertThat(registry.getListenerContainerIds()).isEmpty();
	}

	@Test
	void aSubscriptionTheSelectionStartsLaterDoesNotStartWithTheApplication() {
		register(new RecordOwner(), new SubscriptionSelection() {

			@Override
			public boolean runs(String subscriptionId) {
				return true;
			}

			@Override
			public boolean startsWithTheApplication(String subscriptionId) {
				return false;
			}
		});

		assertThat(registry.getListenerContainer("test-records").isAutoStartup()).isFalse();
	}

	@Test
	void beansWithoutSubscriptionsRegisterNothing() {
		register("just a bean");

		assertThat(registry.getListenerContainerIds()).isEmpty();
	}

	@Test
	void aRecordSubscriptionThatDoesNotReturnHandlersFailsTheStartNamingTheMethod() {
		assertThatThrownBy(() -> register(new MisshapenOwner())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("MisshapenOwner.handlers()")
			.hasMessageContaining("returns the owner's EventHandlers");
	}

	@Test
	void aPerInstanceSubscriptionHasAGroupOfThisInstanceThatStartsAtTheTopicsEnds() {
		register(new PerInstanceOwner(), id -> true, "coalition-service-2");

		MessageListenerContainer container = registry.getListenerContainer("test-per-instance");

		assertThat(container.getGroupId()).isEqualTo("svc-model-coalition-service-2");
		assertThat(container.getContainerProperties().getKafkaConsumerProperties()
			.getProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)).isEqualTo("latest");
	}

	@Test
	void aPerInstanceSubscriptionOfAnInstanceWithoutANameHasARandomGroupOfItsOwn() {
		register(new PerInstanceOwner());
		String first = registry.getListenerContainer("test-per-instance").getGroupId();
		EventSubscriptions another = new EventSubscriptions(context.getBeanFactory(),
				new MockEnvironment().withProperty(EventSubscriptions.GROUP_ID_PROPERTY, "svc"), id -> true);
		KafkaListenerEndpointRegistry otherRegistry = new KafkaListenerEndpointRegistry();
		try {
			configure(another, otherRegistry);
			String second = otherRegistry.getListenerContainer("test-per-instance").getGroupId();

			assertThat(first).startsWith("svc-model-").isNotEqualTo("svc-model-");
			assertThat(second).startsWith("svc-model-").isNotEqualTo(first);
		}
		finally {
			otherRegistry.destroy();
		}
	}

	private void register(Object owner) {
		register(owner, id -> true);
	}

	private void register(Object owner, SubscriptionSelection selection) {
		register(owner, selection, "");
	}

	private void register(Object owner, SubscriptionSelection selection, String instance) {
		context.registerBean("owner", Object.class, () -> owner);
		context.registerBean(EventBatches.CONTAINER_FACTORY, ConcurrentKafkaListenerContainerFactory.class,
				() -> batchFactory);
		context.refresh();
		subscriptions = new EventSubscriptions(context.getBeanFactory(),
				new MockEnvironment().withProperty(EventSubscriptions.GROUP_ID_PROPERTY, "svc")
					.withProperty(EventSubscriptions.INSTANCE_PROPERTY, instance),
				selection);
		configure(subscriptions, registry);
	}

	private void configure(EventSubscriptions subscriptions, KafkaListenerEndpointRegistry registry) {
		KafkaListenerEndpointRegistrar registrar = new KafkaListenerEndpointRegistrar();
		registrar.setBeanFactory(context.getBeanFactory());
		registrar.setEndpointRegistry(registry);
		registrar.setContainerFactory(recordFactory);
		subscriptions.configureKafkaListeners(registrar);
		registrar.afterPropertiesSet();
	}

	@SuppressWarnings("unchecked")
	private static AcknowledgingConsumerAwareMessageListener<String, byte[]> recordListener(
			MessageListenerContainer container) {
		return (AcknowledgingConsumerAwareMessageListener<String, byte[]>) container.getContainerProperties()
			.getMessageListener();
	}

	@SuppressWarnings("unchecked")
	private static BatchAcknowledgingConsumerAwareMessageListener<String, byte[]> batchListener(
			MessageListenerContainer container) {
		return (BatchAcknowledgingConsumerAwareMessageListener<String, byte[]>) container.getContainerProperties()
			.getMessageListener();
	}

	private static ConcurrentKafkaListenerContainerFactory<String, byte[]> factory(boolean batch) {
		ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(Map.of()));
		factory.setBatchListener(batch);
		return factory;
	}

	static class RecordOwner {

		final List<String> threads = new ArrayList<>();

		private final EventHandlers handlers = EventHandlers.builder()
			.on(ThreadStarted.class, event -> threads.add(event.data().threadId()))
			.build();

		@EventSubscription(id = "test-records", groupSuffix = "audit",
				topics = { Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS })
		EventHandlers handlers() {
			return handlers;
		}
	}

	static class BatchOwner {

		final List<List<String>> batches = new ArrayList<>();

		@EventSubscription(id = "test-batches", topics = Topics.PEOPLE_EVENTS, batch = true)
		void apply(List<ReceivedEvent<?>> events) {
			batches.add(events.stream().map(event -> ((ThreadStarted) event.data()).threadId()).toList());
		}
	}

	static class PerInstanceOwner {

		@EventSubscription(id = "test-per-instance", groupSuffix = "model", topics = Topics.COALITION_EVENTS,
				batch = true, perInstance = true)
		void apply(List<ReceivedEvent<?>> events) {
		}
	}

	static class MisshapenOwner {

		@EventSubscription(id = "test-misshapen", topics = Topics.PEOPLE_EVENTS)
		void handlers() {
		}
	}

	/** A ThreadStarted whose thread id is the given name, so the test can tell the events apart. */
	private static ConsumerRecord<String, byte[]> event(String name) {
		PendingEvent pending = PendingEvent.of(new ThreadStarted("c1", name, "Title", "u", "U"), "u", Instant.now());
		return consumed(EventRecords.toProducerRecord(pending, "/test"));
	}

	private static ConsumerRecord<String, byte[]> malformed() {
		return consumed(new ProducerRecord<>(Topics.COALITION_EVENTS, "c1",
				"not an event".getBytes(StandardCharsets.UTF_8)));
	}

	/** The same record as read from another topic. */
	private static ConsumerRecord<String, byte[]> on(String topic, ConsumerRecord<String, byte[]> record) {
		return new ConsumerRecord<>(topic, 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, record.key(), record.value(),
				record.headers(), Optional.empty());
	}

	private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
		return new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(),
				sent.value(), new RecordHeaders(sent.headers().toArray()), Optional.empty());
	}
}
