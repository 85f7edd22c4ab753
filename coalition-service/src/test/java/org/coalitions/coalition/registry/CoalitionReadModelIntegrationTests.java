package org.coalitions.coalition.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.TopicPartition;
import org.coalitions.coalition.CoalitionServiceApplication;
import org.coalitions.contracts.ConsistencyToken;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.MongoStore;
import org.coalitions.infra.Ports;
import org.coalitions.platform.security.DevelopmentSecrets;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of coalition-service on one store and broker, each serving the list and the page from its own read
 * model: each reads every event in a group of its own, sees at once what it wrote itself, learns from events what
 * the other wrote, answers a request naming positions only with them applied, and tells an unchanged answer by its
 * ETag. The sweep is set to an hour here, so that what shows up came by the other ways.
 */
class CoalitionReadModelIntegrationTests {

	static final String ALICE = TestTokens.of("alice", "Alice");

	static final String SECRETARIAT = TestTokens.of("sam", "Sam", "secretariat");

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void eachInstanceServesFromItsOwnModelWhatEitherChanged() {
		String group = "coalition-readmodel-" + UUID.randomUUID().toString().substring(0, 8);
		String mongo = MongoStore.newDatabaseUri("coalition-readmodel");
		instances.add(start(group, mongo));
		instances.add(start(group, mongo));
		ApiClient first = client(instances.get(0));
		ApiClient second = client(instances.get(1));
		Ports.await("both read models to read every partition", Duration.ofSeconds(60),
				() -> instances.stream().allMatch(instance -> readModelPartitions(instance).size() == 12));
		assertThat(readModelGroup(instances.get(0))).as("a group of each instance's own")
			.isNotEqualTo(readModelGroup(instances.get(1)));

		String word = "w" + UUID.randomUUID().toString().substring(0, 8);
		String list = "/api/coalitions?q=" + word;
		assertThat(second.get(list).assertStatus(200).json().get("total").asLong()).isZero();
		String emptyTag = second.get(list).header("ETag").orElseThrow();
		assertThat(second.get(list, null, "If-None-Match", emptyTag).statusCode()).as("nothing changed").isEqualTo(304);

		ApiResponse proposed = first.post("/api/coalitions", ALICE, """
				{"name": "Coalition on %s", "theme": "OPEN_STANDARDS", "summary": "Kept in memory.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["Alice"]},
				 "joinPolicy": "OPEN"}""".formatted(word)).assertStatus(201);
		String id = proposed.json().get("id").asString();
		assertThat(first.get(list).json().get("items").findValuesAsString("id"))
			.as("the writing instance, at once").containsExactly(id);

		Ports.await("the other instance to learn of the proposal from its event", Duration.ofSeconds(30),
				() -> second.get(list).json().get("total").asLong() == 1);
		ApiResponse listed = second.get(list, null, "If-None-Match", emptyTag).assertStatus(200);
		String listedTag = listed.header("ETag").orElseThrow();
		assertThat(listedTag).as("a new answer, a new ETag").isNotEqualTo(emptyTag);
		assertThat(listed.header("Cache-Control")).hasValue("no-cache");
		assertThat(listed.json().get("items").get(0).get("status").asString()).isEqualTo("PROPOSED");
		assertThat(first.get(list).header("ETag")).as("the same answer on either instance").hasValue(listedTag);

		ApiResponse page = second.get("/api/coalitions/" + id).assertStatus(200);
		String pageTag = page.header("ETag").orElseThrow();
		assertThat(pageTag).startsWith("\"1-");
		assertThat(first.get("/api/coalitions/" + id, null, "If-None-Match", pageTag).statusCode()).isEqualTo(304);

		ApiResponse reviewed = first.post("/api/coalitions/" + id + "/review", SECRETARIAT,
				"{\"decision\": \"CHANGES_REQUESTED\", \"message\": \"Name a second contact.\"}").assertStatus(200);
		JsonNode seen = second.get("/api/coalitions/" + id, null, ConsistencyToken.HEADER,
				reviewed.header(ConsistencyToken.HEADER).orElseThrow(), "If-None-Match", pageTag)
			.assertStatus(200)
			.json();
		assertThat(seen.get("review").get("state").asString()).as("with the token, at once")
			.isEqualTo("CHANGES_REQUESTED");

		ApiResponse closed = first.post("/api/coalitions/" + id + "/close", SECRETARIAT,
				"{\"reason\": \"Merged into another.\"}").assertStatus(200);
		String token = closed.header(ConsistencyToken.HEADER).orElseThrow();
		ApiResponse closedList = second.get(list + "&status=CLOSED", null, ConsistencyToken.HEADER, token).assertStatus(200);
		assertThat(closedList.json().get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(second.get(list + "&status=PROPOSED", null, ConsistencyToken.HEADER, token).json().get("total").asLong())
			.isZero();
		assertThat(second.get(list, null, "If-None-Match", listedTag).statusCode()).isEqualTo(200);

		// a write without an event of its own (as the last activity's), made by neither model's instance
		Instant later = Instant.parse("2031-01-02T03:04:05Z");
		instances.get(0).getBean(MongoOperations.class).updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("lastActivityAt", later).inc("version", 1), Coalition.class);
		assertThat(second.get("/api/coalitions/" + id, null, ConsistencyToken.HEADER, token)
			.json()
			.get("lastActivityAt")
			.asString()).as("a read naming positions catches up with the store first").isEqualTo(later.toString());
	}

	private static ApiClient client(ConfigurableApplicationContext instance) {
		return ApiClient.onLocalPort(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
	}

	private static MessageListenerContainer readModel(ConfigurableApplicationContext instance) {
		return instance.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("coalition-read-model");
	}

	private static String readModelGroup(ConfigurableApplicationContext instance) {
		return readModel(instance).getGroupId();
	}

	private static Set<TopicPartition> readModelPartitions(ConfigurableApplicationContext instance) {
		Collection<TopicPartition> owned = readModel(instance).getAssignedPartitions();
		Set<TopicPartition> partitions = owned == null ? new HashSet<>() : new HashSet<>(owned);
		partitions.removeIf(partition -> !Set.of(Topics.COALITION_EVENTS, Topics.MEMBERSHIP_EVENTS)
			.contains(partition.topic()));
		return partitions;
	}

	private static ConfigurableApplicationContext start(String group, String mongoUri) {
		Map<String, Object> properties = Map.ofEntries(Map.entry("server.port", 0),
				Map.entry("spring.kafka.bootstrap-servers", TestInfra.sharedBroker().bootstrapServers()),
				Map.entry("spring.mongodb.uri", mongoUri),
				Map.entry("spring.mongodb.database", mongoUri.substring(mongoUri.lastIndexOf('/') + 1)),
				Map.entry("spring.kafka.consumer.group-id", group),
				Map.entry("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER),
				Map.entry("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation()),
				Map.entry("coalitions.outbox.poll-interval", "100ms"),
				Map.entry("coalitions.read-model.sweep-interval", "1h"),
				// bounds for a context that has just started on a busy machine (see ReadYourWritesIntegrationTests)
				Map.entry("coalitions.consistency.relay-wait", "20s"),
				Map.entry("coalitions.consistency.apply-wait", "30s"));
		// command-line arguments outrank application.yml, as they would for a real second instance
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CoalitionServiceApplication.class).profiles(DevelopmentSecrets.LOCAL_PROFILE)
			.run(args);
	}
}
