package org.coalitions.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.coalitions.infra.Ports;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Delete my account" on the local stack, through the front door with real Keycloak tokens: a fresh person joins a
 * coalition, starts a thread and replies, mentions alice and is mentioned by her, comments on an outcome and takes a
 * position, and is mailed; then deletes their account. Keycloak no longer signs them in; within a minute no
 * collection of the three databases (every one, outboxes included) holds their display name or their address; their
 * thread still reads, their posts as "a former member"'s; alice's data stays.
 * <p>
 * The topics are not searched: {@code coalition.events} and {@code membership.events} still carry names and
 * {@code people.events} is not compacted yet (docs/architecture.md, "Delete my account", Kafka: not yet).
 * <p>
 * It changes the shared stack for good: until names leave the events, a replay rebuilds the erased person's name
 * from the topics into projections that the erasure scrubbed, so {@code ReplaySystemTests} would find them
 * different. It therefore runs after every class of the default order, before the fault suite and the scale-out.
 */
@ExtendWith(SharedLocalStack.class)
@Order(SharedLocalStack.LAST - 2)
class ErasureSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	static final List<String> DATABASES = List.of("coalition-service", "membership-service", "notification-service");

	final LocalStack stack;

	ErasureSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void anErasedPersonIsInNoCollectionOfTheThreeDatabasesAndTheirThreadStillReads() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String username = "erin-" + run;
		String name = "Erin Eraser" + run;
		String address = username + "@coalitions.example";
		createUser(username, "Erin", "Eraser" + run, address);
		String erin = stack.token(username);
		String alice = stack.token("alice");
		assertThat(stack.get(web("/api/me"), erin).statusCode()).isEqualTo(200);
		wantsActionMails(erin);

		String coalitionName = "Coalition on Forgetting " + run;
		HttpResponse<String> proposed = stack.post(web("/api/coalitions"), alice, """
				{"name": "%s", "theme": "OPEN_STANDARDS", "summary": "Data that can be forgotten.",
				 "joinPolicy": "OPEN", "statement": {"rationale": "People leave.", "actionPlan": "A yearly review.",
				 "contactPersons": ["Alice"]}}""".formatted(coalitionName));
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = LocalStack.json(proposed.body()).get("id").asString();
		String base = "/api/coalitions/" + id;
		Ports.await("erin joins", EVENTUALLY, () -> stack.post(web(base + "/members"), erin, "{}").statusCode() == 201);
		String title = "Retention " + run;
		HttpResponse<String> started = stack.post(web(base + "/threads"), erin,
				"{\"title\": \"" + title + "\", \"body\": \"Thirty days, says " + name + ".\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String thread = LocalStack.json(started.body()).get("id").asString();
		reply(base, thread, alice, "Thanks @" + name + ", agreed.");
		reply(base, thread, erin, "And @Alice Wanjiru keeps the minutes.");
		String outcomeTitle = "Retention rules " + run;
		HttpResponse<String> drafted = stack.post(web(base + "/outcomes"), alice,
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"" + outcomeTitle + "\", \"body\": \"We forget.\"}");
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String round = base + "/outcomes/" + LocalStack.json(drafted.body()).get("id").asString();
		assertThat(stack.post(web(round + "/comment-window"), alice,
				"{\"closesAt\": \"" + Instant.now().plus(Duration.ofDays(10)) + "\"}").statusCode()).isEqualTo(200);
		assertThat(stack.post(web(round + "/comments"), erin, "{\"text\": \"Add a date, " + name + " asks.\"}")
			.statusCode()).isEqualTo(201);
		assertThat(stack.request("PUT", web(round + "/position"), erin,
				"{\"position\": \"SUPPORT\", \"anonymous\": false}", Map.of()).statusCode()).isEqualTo(200);
		new Mailboxes(stack).awaitMail(address, subject -> subject.contains(outcomeTitle), EVENTUALLY);
		Ports.await("erin in each database", EVENTUALLY,
				() -> DATABASES.stream().allMatch(database -> !holding(database, name, address).isEmpty()));

		HttpResponse<String> wrong = stack.request("DELETE", web("/api/me"), erin, "{\"confirm\": \"yes\"}", Map.of());
		assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
		HttpResponse<String> erased = stack.request("DELETE", web("/api/me"), erin, "{\"confirm\": \"DELETE\"}",
				Map.of());
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

		assertThatThrownBy(() -> stack.token(username)).as("Keycloak no longer signs erin in")
			.hasMessageContaining("no token");
		Ports.await("no collection of the three databases holding erin's name or address", Duration.ofSeconds(60),
				() -> DATABASES.stream().allMatch(database -> holding(database, name, address).isEmpty()));
		for (String database : DATABASES) {
			assertThat(holding(database, name, address)).as(database).isEmpty();
		}
		JsonNode read = LocalStack.json(stack.get(web(base + "/threads/" + thread), alice).body());
		assertThat(read.path("title").asString()).isEqualTo(title);
		assertThat(read.path("opening").path("authorName").asString()).isEqualTo("a former member");
		assertThat(read.path("opening").path("body").asString()).isEqualTo("Thirty days, says a former member.");
		assertThat(read.path("replies").valueStream().map(reply -> reply.path("body").asString()))
			.containsExactly("Thanks a former member, agreed.", "And @Alice Wanjiru keeps the minutes.");
		assertThat(read.path("replies").get(0).path("authorName").asString()).isEqualTo("Alice Wanjiru");
		assertThat(holding("membership-service", "Alice Wanjiru", "alice@coalitions.example"))
			.as("alice's data stays").isNotEmpty();
		assertThat(stack.get(web("/api/me"), alice).statusCode()).isEqualTo(200);
	}

	/** The collections of the database, one line each, whose documents hold the name or the address (any case). */
	private List<String> holding(String database, String name, String address) {
		List<String> found = new ArrayList<>();
		try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + stack.env.get("MONGO_PORT"))) {
			MongoDatabase db = mongo.getDatabase(database);
			for (String collection : db.listCollectionNames()) {
				for (Document document : db.getCollection(collection).find()) {
					String json = document.toJson().toLowerCase();
					if (json.contains(name.toLowerCase()) || json.contains(address.toLowerCase())) {
						found.add(database + "." + collection + ": " + document.get("_id"));
					}
				}
			}
		}
		return found;
	}

	private void reply(String base, String thread, String token, String body) {
		HttpResponse<String> replied = stack.post(web(base + "/threads/" + thread + "/replies"), token,
				"{\"body\": \"" + body + "\"}");
		assertThat(replied.statusCode()).as(replied.body()).isEqualTo(201);
	}

	/** Action mails on (the comment window's mail is one). */
	private void wantsActionMails(String token) {
		JsonNode me = LocalStack.json(stack.get(web("/api/me"), token).body());
		tools.jackson.databind.node.ObjectNode profile = LocalStack.JSON.createObjectNode();
		for (String field : List.of("displayName", "stakeholderGroup", "country", "organisation", "timeZone", "digest",
				"emailVisibleToCoordinators", "language")) {
			profile.set(field, me.get(field));
		}
		profile.put("actionMails", true);
		profile.put("organisation", "Forgetting Org " + UUID.randomUUID().toString().substring(0, 4));
		HttpResponse<String> saved = stack.request("PUT", web("/api/me"), token, profile.toString(), Map.of());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
	}

	private void createUser(String username, String firstName, String lastName, String email) {
		String body = """
				{"username": "%s", "enabled": true, "emailVerified": true, "firstName": "%s", "lastName": "%s",
				 "email": "%s", "attributes": {"stakeholderGroup": ["CIVIL_SOCIETY"], "country": ["KE"]},
				 "credentials": [{"type": "password", "value": "demo", "temporary": false}]}"""
			.formatted(username, firstName, lastName, email);
		HttpResponse<String> created = stack.post(keycloak("/admin/realms/coalitions/users"), keycloakAdminToken(), body);
		assertThat(created.statusCode()).as(username + ": " + created.body()).isEqualTo(201);
	}

	private String keycloakAdminToken() {
		HttpResponse<String> response = stack.send(HttpRequest
			.newBuilder(URI.create(keycloak("/realms/master/protocol/openid-connect/token")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
			.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return LocalStack.json(response.body()).get("access_token").asString();
	}

	private String keycloak(String path) {
		return "http://localhost:" + stack.env.get("KEYCLOAK_PORT") + path;
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}
}
