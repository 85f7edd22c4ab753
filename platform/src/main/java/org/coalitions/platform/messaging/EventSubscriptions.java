package org.coalitions.platform.messaging;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers a Kafka listener for every {@link EventSubscription} method of the application's beans, its container
 * under the subscription's id: a small adapter of this package receives the records and hands them to the
 * owner's {@link EventHandlers}, or decodes a poll with {@link EventBatches} for a batch subscription. Record
 * listeners use Boot's container factory (and so the platform's {@code CommonErrorHandler}), batch listeners
 * {@link EventBatches#CONTAINER_FACTORY}. A method of the wrong shape fails the start, naming the method.
 */
public class EventSubscriptions implements KafkaListenerConfigurer {

	/** The service's consumer group; every subscription's group is it, or it with a suffix. */
	public static final String GROUP_ID_PROPERTY = "spring.kafka.consumer.group-id";

	private static final Method ON_RECORD = ReflectionUtils.findMethod(RecordSubscriber.class, "onRecord",
			ConsumerRecord.class);

	private static final Method ON_BATCH = ReflectionUtils.findMethod(BatchSubscriber.class, "onBatch", List.class);

	private final ConfigurableListableBeanFactory beans;

	private final Environment environment;

	private final DefaultMessageHandlerMethodFactory adapterMethods = new DefaultMessageHandlerMethodFactory();

	public EventSubscriptions(ConfigurableListableBeanFactory beans, Environment environment) {
		this.beans = beans;
		this.environment = environment;
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
			subscriptions.forEach((method, subscription) -> register(registrar, beans.getBean(name), method,
					subscription));
		}
	}

	private void register(KafkaListenerEndpointRegistrar registrar, Object owner, Method declared,
			EventSubscription subscription) {
		Method method = AopUtils.selectInvocableMethod(declared, owner.getClass());
		ReflectionUtils.makeAccessible(method);
		MethodKafkaListenerEndpoint<String, byte[]> endpoint = new MethodKafkaListenerEndpoint<>();
		String group = groupId(subscription);
		ConsumerPositions positions = beans.getBeanProvider(ConsumerPositions.class).getIfAvailable();
		endpoint.setId(subscription.id());
		endpoint.setGroupId(group);
		endpoint.setTopics(subscription.topics());
		endpoint.setBeanFactory(beans);
		endpoint.setMessageHandlerMethodFactory(adapterMethods);
		if (subscription.batch()) {
			requireBatchShape(declared);
			endpoint.setBean(new BatchSubscriber(events -> ReflectionUtils.invokeMethod(method, owner, events),
					applied(positions, group)));
			endpoint.setMethod(ON_BATCH);
			registrar.registerEndpoint(endpoint,
					beans.getBean(EventBatches.CONTAINER_FACTORY, KafkaListenerContainerFactory.class));
		}
		else {
			requireRecordShape(declared);
			endpoint.setBean(new RecordSubscriber((EventHandlers) ReflectionUtils.invokeMethod(method, owner),
					applied(positions, group)));
			endpoint.setMethod(ON_RECORD);
			registrar.registerEndpoint(endpoint); // the registrar's default: Boot's factory
		}
	}

	/** Tells {@link ConsumerPositions} what this instance has applied, for its fast, in-memory answer. */
	private static Consumer<ConsumerRecord<?, ?>> applied(ConsumerPositions positions, String group) {
		return positions == null ? record -> {
		} : record -> positions.applied(group, record);
	}

	private String groupId(EventSubscription subscription) {
		String group = environment.getRequiredProperty(GROUP_ID_PROPERTY);
		return subscription.groupSuffix().isEmpty() ? group : group + "-" + subscription.groupSuffix();
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

	/** The listener method of a record subscription. */
	record RecordSubscriber(EventHandlers handlers, Consumer<ConsumerRecord<?, ?>> applied) {

		void onRecord(ConsumerRecord<String, byte[]> record) {
			handlers.handle(record);
			applied.accept(record);
		}
	}

	/** The listener method of a batch subscription. */
	record BatchSubscriber(Consumer<List<ReceivedEvent<?>>> apply, Consumer<ConsumerRecord<?, ?>> applied) {

		void onBatch(List<ConsumerRecord<String, byte[]>> records) {
			EventBatches.handle(records, apply);
			records.forEach(applied);
		}
	}
}
