package org.coalitions.membership.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.Topics;
import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete my account", where it starts, against the real broker and store and a stand-in of Keycloak's admin API:
 * the account goes, the person leaves the rosters as a departure would, {@code PersonErased} goes out on {@code
 * people.events}, and no collection of the database holds their name or address any more, also where other people
 * wrote it; only they, for themselves, and only when they confirm.
 */
class ErasureIntegrationTests extends MembershipIntegrationTests {

	static final String CONFIRM = "{\"confirm\": \"DELETE\"}";

	@Autowired
	MongoTemplate mongo;

	@AfterEach
	void keycloakBack() {
		KeycloakStandIn.get().down(false);
	}

	@Test
	void theAccountGoesThePersonLeavesAndNoCollectionHoldsTheirNameOrAddress() {
		String alice = unique("alice");
		String id = proposed(alice, "MODERATED");
		String bob = unique("bob");
		String bobsName = "Name of " + bob;
		String bobsAddress = bob.toLowerCase(Locale.ROOT) + "@coalitions.example";
		profile(bob, "CIVIL_SOCIETY", "KE", true);
		String request = json(post("/api/coalitions/" + id + "/members", token(bob),
				"{\"message\": \"I am " + bobsName + ", write to " + bobsAddress + ".\"}")).path("requestId").asString();
		assertThat(post("/api/coalitions/" + id + "/join-requests/" + request + "/decision", token(alice),
				"{\"approve\": true, \"message\": \"Welcome.\"}").statusCode()).isEqualTo(200);
		String carol = unique("carol");
		profile(carol, "GOVERNMENT", "BR", false);
		assertThat(post("/api/coalitions/" + id + "/members", token(carol),
				"{\"message\": \"" + bobsName + " told me about it.\"}").statusCode()).isEqualTo(202);
		assertThat(post("/api/coalitions/" + id + "/invitations", token(alice),
				"{\"emails\": [\"" + bobsAddress + "\"], \"message\": \"For you, " + bobsName + ".\"}").statusCode())
			.isEqualTo(201);
		assertThat(everything()).contains(bobsName).containsIgnoringCase(bobsAddress);

		try (EventProbe people = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			ApiResponse erased = api.send("DELETE", "/api/me", token(bob), CONFIRM);

			assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);
			assertThat(KeycloakStandIn.get().removals()).contains(bob);
			assertThat(people.await(record -> bob.equals(record.key()) && EventCatalog.of(PersonErased.class)
				.name()
				.equals(EventProbe.header(record, CloudEvents.TYPE)), 1, WAIT))
				.singleElement()
				.satisfies(record -> assertThat(EventJson.read(record.value(), PersonErased.class))
					.isEqualTo(new PersonErased(bob)));
		}
		assertThat(awaitEvents(id, MemberLeft.class, 1)).contains(new MemberLeft(id, bob, null));
		assertThat(member(json(get("/api/coalitions/" + id + "/members", token(alice))), bob)).isNull();
		assertThat(everything()).doesNotContain(bobsName).doesNotContainIgnoringCase(bobsAddress);
		assertThat(everything()).as("others' data stays").contains("Name of " + alice, "Name of " + carol,
				"a former member told me about it.");
		assertThat(get("/api/me", token(bob)).statusCode()).as("a token from before the erasure").isEqualTo(403);

		ApiResponse again = api.send("DELETE", "/api/me", token(bob), CONFIRM);
		assertThat(again.statusCode()).as("safe to repeat: " + again.body()).isEqualTo(204);
	}

	@Test
	void withoutTheConfirmationNothingHappensAndTheProblemSaysWhatToSend() {
		String dora = unique("dora");
		profile(dora, "CIVIL_SOCIETY", "KE", false);

		for (String body : new String[] { null, "{}", "{\"confirm\": \"delete\"}", "{\"confirm\": \"yes\"}" }) {
			ApiResponse refused = api.send("DELETE", "/api/me", token(dora), body);
			assertThat(refused.statusCode()).as(String.valueOf(body)).isEqualTo(400);
			assertThat(refused.body()).as(String.valueOf(body)).contains("confirm").contains("DELETE");
			refused.assertProblem(400);
		}
		assertThat(api.send("DELETE", "/api/me", null, CONFIRM).statusCode()).isEqualTo(401);
		assertThat(KeycloakStandIn.get().removals()).doesNotContain(dora);
		assertThat(get("/api/me", token(dora)).statusCode()).isEqualTo(200);
	}

	@Test
	void keycloakUnreachableIsAFast503AndNothingIsErased() {
		String erin = unique("erin");
		profile(erin, "ACADEMIC_COMMUNITY", "DE", false);
		KeycloakStandIn.get().down(true);

		long started = System.nanoTime();
		ApiResponse refused = api.send("DELETE", "/api/me", token(erin), CONFIRM);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		refused.assertProblem(503);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(json(get("/api/me", token(erin))).path("displayName").asString()).isEqualTo("Name of " + erin);
		assertThat(KeycloakStandIn.get().removals()).doesNotContain(erin);
	}

	/** Every document of every collection of this service's database, as JSON. */
	private String everything() {
		List<String> all = new ArrayList<>();
		for (String collection : mongo.getDb().listCollectionNames()) {
			mongo.getDb().getCollection(collection).find().forEach((Document document) -> all.add(document.toJson()));
		}
		return String.join("\n", all);
	}
}
