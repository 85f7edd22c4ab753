package org.coalitions.platform.messaging;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.coalitions.contracts.CloudEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers a Kafka listener for every {@link EventSubscription} method of the application's beans, its container
 * under the subscription's id: a small adapter of this package receives the records and hands them to the
 * owner's {@link EventHandlers}, or decodes a poll with {@link EventBatches} for a batch subscription. Record
 * listeners use Boot's container factory (and so the platform's {@code CommonErrorHandler}), batch listeners
 * {@link EventBatches#CONTAINER_FACTORY}. A method of the wrong shape fails the start, naming the method. It keeps
 * each subscription's listener by consumer group, so that a dead-lettered record can be handed to the same handlers
 * again ({@link #handleAgain}).
 */
public class EventSubscriptions implements KafkaListenerConfigurer {

	/** The service's consumer group; every subscription's group is it, or it with a suffix. */
	public static final String GROUP_ID_PROPERTY = "spring.kafka.consumer.group-id";

	/**
	 * Optional: this instance's name where a service runs as several ({@code COALITIONS_MESSAGING_INSTANCE}; a pod's
	 * name, {@code coalition-service-2}). It starts its consumers' client ids, so a group's members, as the broker
	 * lists them, say which instance owns which partitions.
	 */
	public static final String INSTANCE_PROPERTY = "coalitions.messaging.instance";

	private static final Method ON_RECORD = ReflectionUtils.findMethod(RecordSubscriber.class, "onDelivery",
			ConsumerRecord.class);

	private static final Method ON_BATCH = ReflectionUtils.findMethod(BatchSubscriber.class, "onDelivery", List.class);

	private final ConfigurableListableBeanFactory beans;

	private final Environment environment;

	private final DefaultMessageHandlerMethodFactory adapterMethods = new DefaultMessageHandlerMethodFactory();

	private final Map<String, Subscribed> byGroup = new ConcurrentHashMap<>();

	private final SubscriptionSelection selection;

	/** Names this instance's groups of {@link EventSubscription#perInstance()} subscriptions when it has no name. */
	private final String randomInstance = UUID.randomUUID().toString().substring(0, 8);

	public EventSubscriptions(ConfigurableListableBeanFactory beans, Environment environment,
			SubscriptionSelection selection) {
		this.beans = beans;
		this.environment = environment;
		this.selection = selection;
		this.adapterMethods.setBeanFactory(beans);
		this.adapterMethods.afterPropertiesSet();
	}

	@Override
	public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
		// Called once every singleton exists, so looking the owners up instantiates nothing early.
		for (String name : beans.getBeanNamesForType(Object.class, false, false)) {
			Class<?> type = beans.getType(name, false);
			if (type == null) {
				continue;
			}
			Map<Method, EventSubscription> subscriptions = MethodIntrospector.selectMethods(
					ClassUtils.getUserClass(type),
					(MethodIntrospector.MetadataLookup<EventSubscription>) method -> AnnotatedElementUtils
						.findMergedAnnotation(method, EventSubscription.class));
			subscriptions.entrySet().stream()
				.filter(subscription -> selection.runs(subscription.getValue().id()))
				.forEach(subscription -> register(registrar, beans.getBean(name), subscription.getKey(),
						subscription.getValue()));
		}
	}

	private void register(KafkaListenerEndpointRegistrar registrar, Object owner, Method declared,
			EventSubscription subscription) {
		Method method = AopUtils.selectInvocableMethod(declared, owner.getClass());
		ReflectionUtils.makeAccessible(method);
		MethodKafkaListenerEndpoint<String, byte[]> endpoint = new MethodKafkaListenerEndpoint<>();
		String group = groupId(subscription);
		ConsumerPositions positions = beans.getBeanProvider(ConsumerPositions.class).getIfAvailable();
		ConsumerMetrics.Timing timing = beans.getBeanProvider(ConsumerMetrics.class)
			.stream()
			.findFirst()
			.map(metrics -> metrics.timing(group))
			.orElse(ConsumerMetrics.Timing.NONE);
		endpoint.setId(subscription.id());
		endpoint.setAutoStartup(selection.startsWithTheApplication(subscription.id()));
		endpoint.setGroupId(group);
		String instance = environment.getProperty(INSTANCE_PROPERTY, "");
		if (!instance.isBlank()) {
			// unique in the process too (a client id names the consumer's metrics): one subscription, one prefix
			endpoint.setClientIdPrefix(instance + "-" + subscription.id());
		}
		endpoint.setTopics(subscription.topics());
		if (subscription.perInstance()) {
			Properties latest = new Properties();
			latest.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
			endpoint.setConsumerProperties(latest);
		}
		endpoint.setBeanFactory(beans);
		endpoint.setMessageHandlerMethodFactory(adapterMethods);
		if (subscription.batch()) {
			requireBatchShape(declared);
			BatchSubscriber subscriber = new BatchSubscriber(
					events -> ReflectionUtils.invokeMethod(method, owner, events), applied(positions, group), timing);
			byGroup.put(group, new Subscribed(Set.of(subscription.topics()), record -> subscriber.onBatch(List.of(record))));
			endpoint.setBean(subscriber);
			endpoint.setMethod(ON_BATCH);
			registrar.registerEndpoint(endpoint,
					beans.getBean(EventBatches.CONTAINER_FACTORY, KafkaListenerContainerFactory.class));
		}
		else {
			requireRecordShape(declared);
			RecordSubscriber subscriber = new RecordSubscriber(
					(EventHandlers) ReflectionUtils.invokeMethod(method, owner), applied(positions, group), timing);
			byGroup.put(group, new Subscribed(Set.of(subscription.topics()), subscriber::onRecord));
			endpoint.setBean(subscriber);
			endpoint.setMethod(ON_RECORD);
			registrar.registerEndpoint(endpoint); // the registrar's default: Boot's factory
		}
	}

	/** The consumer groups of the service's subscriptions, each with the topics it reads. */
	public Map<String, Set<String>> topicsByGroup() {
		Map<String, Set<String>> topics = new TreeMap<>();
		byGroup.forEach((group, subscribed) -> topics.put(group, new TreeSet<>(subscribed.topics())));
		return topics;
	}

	/**
	 * Hands a record to the handlers of the subscription in that group again, on the calling thread, as its listener
	 * would (a batch subscription gets a batch of this one record): for a dead-lettered record whose cause has been
	 * mended. The handlers apply each event id once, so a record applied before changes nothing.
	 * @return false if no subscription of this service in that group reads the record's topic; true once the
	 * handlers are done
	 * @throws RuntimeException what the handlers threw ({@link MalformedEventException} for a record that is not an
	 * event), unwrapped from a batch listener's report
	 */
	public boolean handleAgain(String group, ConsumerRecord<String, byte[]> record) {
		Subscribed subscribed = byGroup.get(group);
		if (subscribed == null || !subscribed.topics().contains(record.topic())) {
			return false;
		}
		try {
			subscribed.listener().accept(record);
		}
		catch (BatchListenerFailedException failed) {
			throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
		}
		return true;
	}

	/** Tells {@link ConsumerPositions} what this instance has applied, for its fast, in-memory answer. */
	private static Consumer<ConsumerRecord<?, ?>> applied(ConsumerPositions positions, String group) {
		return positions == null ? record -> {
		} : record -> positions.applied(group, record);
	}

	private String groupId(EventSubscription subscription) {
		String group = environment.getRequiredProperty(GROUP_ID_PROPERTY);
		String suffixed = subscription.groupSuffix().isEmpty() ? group : group + "-" + subscription.groupSuffix();
		if (!subscription.perInstance()) {
			return suffixed;
		}
		String instance = environment.getProperty(INSTANCE_PROPERTY, "");
		return suffixed + "-" + (instance.isBlank() ? randomInstance : instance.strip());
	}

	private static void requireRecordShape(Method method) {
		if (method.getParameterCount() != 0 || method.getReturnType() != EventHandlers.class) {
			throw new IllegalStateException("@EventSubscription " + method
					+ ": a record subscription takes nothing and returns the owner's EventHandlers");
		}
	}

	private static void requireBatchShape(Method method) {
		Type[] parameters = method.getGenericParameterTypes();
		boolean eventList = parameters.length == 1 && parameters[0] instanceof ParameterizedType list
				&& list.getRawType() == List.class && list.getActualTypeArguments()[0] instanceof ParameterizedType element
				&& element.getRawType() == ReceivedEvent.class;
		if (!eventList) {
			throw new IllegalStateException("@EventSubscription(batch = true) " + method
					+ ": a batch subscription takes a List<ReceivedEvent<?>>");
		}
	}

	/** A registered subscription: what it reads and how one of its records is handled. */
	private record Subscribed(Set<String> topics, Consumer<ConsumerRecord<String, byte[]>> listener) {
	}

	/**
	 * The listener method of a record subscription. Its line per record handled carries the trace id of the command
	 * that recorded the event (the listener's observation continues the trace from the record's headers), so one
	 * command's effects can be followed across the services' logs; it names the event, never its data.
	 */
	record RecordSubscriber(EventHandlers handlers, Consumer<ConsumerRecord<?, ?>> applied,
			ConsumerMetrics.Timing timing) {

		private static final Logger log = LoggerFactory.getLogger(EventSubscriptions.class);

		/** The listener's method: a record from the broker, timed (a dead letter re-driven is not). */
		void onDelivery(ConsumerRecord<String, byte[]> record) {
			long started = System.nanoTime();
			timing.received(record);
			onRecord(record);
			timing.applied(started);
		}

		void onRecord(ConsumerRecord<String, byte[]> record) {
			handlers.handle(record);
			applied.accept(record);
			if (log.isInfoEnabled()) {
				log.info("Handled {} {} from {}-{}@{} in group {}", header(record, CloudEvents.TYPE),
						header(record, CloudEvents.ID), record.topic(), record.partition(), record.offset(),
						KafkaUtils.getConsumerGroupId());
			}
		}

		private static String header(ConsumerRecord<String, byte[]> record, String name) {
			Header header = record.headers().lastHeader(name);
			return header == null || header.value() == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
		}
	}

	/** The listener method of a batch subscription. */
	record BatchSubscriber(Consumer<List<ReceivedEvent<?>>> apply, Consumer<ConsumerRecord<?, ?>> applied,
			ConsumerMetrics.Timing timing) {

		/** The listener's method: a poll's records from the broker, timed (a dead letter re-driven is not). */
		void onDelivery(List<ConsumerRecord<String, byte[]>> records) {
			long started = System.nanoTime();
			records.forEach(timing::received);
			onBatch(records);
			timing.applied(started);
		}

		void onBatch(List<ConsumerRecord<String, byte[]>> records) {
			EventBatches.handle(records, apply);
			records.forEach(applied);
		}
	}
}
