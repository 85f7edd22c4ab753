package org.coalitions.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.util.ReflectionUtils;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/** Lag and "applied yet" as the broker tells them, for a group that has read nothing, then everything. */
class ConsumerPositionsTests {

	final String bootstrap = TestInfra.sharedBroker().bootstrapServers();

	final String topic = "positions-" + UUID.randomUUID();

	final KafkaListenerEndpointRegistry registry = new KafkaListenerEndpointRegistry();

	final List<String> received = new CopyOnWriteArrayList<>();

	ConsumerPositions positions;

	@AfterEach
	void close() throws Exception {
		registry.destroy();
		if (positions != null) {
			positions.destroy();
		}
	}

	@Test
	void aGroupLagsByWhatItHasNotCommittedAndHasAppliedWhatItCommittedPast() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			for (int i = 0; i < 5; i++) {
				producer.send(new ProducerRecord<>(topic, "k", "v" + i)).get();
			}
		}
		String group = "positions-" + UUID.randomUUID();
		registerListener(group);
		positions = new ConsumerPositions(new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
				registry);
		TopicPartition partition = new TopicPartition(topic, 0);

		assertThat(positions.groupsByTopic()).containsEntry(topic, java.util.Set.of(group));
		assertThat(positions.lag()).hasValueSatisfying(lag -> assertThat(lag.get(group)).containsEntry(partition, 5L));
		assertThat(positions.caughtUp(topic)).hasValue(false);
		assertThat(positions.applied(partition, 0)).hasValue(false);

		registry.start();
		Ports.await("five records read", Duration.ofSeconds(30), () -> received.size() == 5);
		Ports.await("the group caught up", Duration.ofSeconds(30),
				() -> positions.caughtUp(topic).orElse(false));
		assertThat(positions.lag()).hasValueSatisfying(lag -> assertThat(lag.get(group)).containsEntry(partition, 0L));
		assertThat(positions.applied(partition, 4)).hasValue(true);
		assertThat(positions.applied(partition, 5)).as("not written yet").hasValue(false);
		assertThat(positions.applied(new TopicPartition("read-by-nobody", 0), 7)).hasValue(true);
	}

	@Test
	void whatThisInstanceAppliedIsKnownWithoutAskingTheBroker() throws Exception {
		String group = "positions-" + UUID.randomUUID();
		registerListener(group); // registered, never started: the broker knows of no commit by this group
		positions = new ConsumerPositions(new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
				registry);
		TopicPartition partition = new TopicPartition(topic, 0);

		positions.applied(group, new org.apache.kafka.clients.consumer.ConsumerRecord<>(topic, 0, 2, "k", "v"));

		assertThat(positions.applied(partition, 2)).hasValue(true);
		assertThat(positions.applied(partition, 1)).hasValue(true);
		assertThat(positions.applied(partition, 3)).as("neither applied here nor committed").hasValue(false);
		assertThat(positions.applied(new TopicPartition(topic, 1), 0)).hasValue(false);
	}

	private void registerListener(String group) {
		ConcurrentKafkaListenerContainerFactory<String, String> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrap, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)));
		DefaultMessageHandlerMethodFactory methods = new DefaultMessageHandlerMethodFactory();
		methods.afterPropertiesSet();
		MethodKafkaListenerEndpoint<String, String> endpoint = new MethodKafkaListenerEndpoint<>();
		endpoint.setId("positions");
		endpoint.setGroupId(group);
		endpoint.setTopics(topic);
		endpoint.setBean(new Receiver());
		endpoint.setMethod(ReflectionUtils.findMethod(Receiver.class, "receive", String.class));
		endpoint.setMessageHandlerMethodFactory(methods);
		registry.registerListenerContainer(endpoint, factory, false);
	}

	public class Receiver {

		public void receive(String value) {
			received.add(value);
		}
	}
}
