package org.coalitions.notification.privacy;

import java.time.Instant;
import java.util.UUID;

import org.coalitions.contracts.InvitationSent;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download my data", notification-service's part, over HTTP against the real broker, store and mail server: the
 * person's record, their feed as they may see it with read marks, and the mails queued or sent to them (by their id
 * and, for an invitation, by their address), and nothing of another person.
 */
class MyDataIntegrationTests extends NotificationIntegrationTests {

	@Test
	void holdsWhatConcernsThePersonAndNothingOfAnotherPerson() {
		String carla = person("carla", "Africa/Nairobi", null, true);
		String mia = person("mia", "Europe/Paris", "DAILY", true);
		String x = coalition(START, "Coalition on Exports", carla, mia);
		events.publish(new JoinRequested(x, "req-" + x, unique("rita"), "Rita", "GOVERNMENT", "BR",
				"Please let me in."), "rita");
		events.publish(new InvitationSent(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				"Coalition on Imports", address(mia), "Name of " + carla, "Come to imports.",
				Instant.parse("2026-03-23T20:00:00Z"), "/#/invitations/x?token=abc"), carla);
		awaitMails(address(carla), 1);
		awaitMails(address(mia), 1);
		Ports.await("mia's feed", WAIT,
				() -> json(get("/api/feed/me/data", token(mia))).path("feed").size() > 0);
		String entry = json(get("/api/feed/me/data", token(mia))).path("feed").get(0).path("id").asString();
		assertThat(post("/api/feed/" + entry + "/read", token(mia), null, "").statusCode()).isEqualTo(204);

		ApiResponse mias = get("/api/feed/me/data", token(mia));
		assertThat(mias.statusCode()).as(mias.body()).isEqualTo(200);
		JsonNode data = json(mias);
		assertThat(data.path("service").asString()).isEqualTo("notification-service");
		assertThat(data.path("generatedAt").asString()).isNotBlank();
		assertThat(data.path("personId").asString()).isEqualTo(mia);
		JsonNode person = data.path("person");
		assertThat(person.path("email").asString()).isEqualTo(address(mia));
		assertThat(person.path("timeZone").asString()).isEqualTo("Europe/Paris");
		assertThat(person.path("digest").asString()).isEqualTo("DAILY");
		assertThat(person.path("coalitions").path(x).path("role").asString()).isEqualTo("MEMBER");
		assertThat(person.path("readIds").valueStream().map(JsonNode::asString)).contains(entry);
		assertThat(data.path("feed").valueStream().filter(item -> item.path("id").asString().equals(entry)))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.path("read").asBoolean()).isTrue();
				assertThat(item.path("coalitionName").asString()).isEqualTo("Coalition on Exports");
				assertThat(item.path("title").asString()).isNotBlank();
			});
		assertThat(data.path("feed").valueStream().map(item -> item.path("type").asString()))
			.as("join requests are for coordinators")
			.doesNotContain("join-requested");
		assertThat(data.path("mails").valueStream().filter(mail -> mail.path("purpose").asString().equals("invitation")))
			.singleElement()
			.satisfies(mail -> {
				assertThat(mail.path("toAddress").asString()).isEqualTo(address(mia));
				assertThat(mail.path("subject").asString()).contains("Coalition on Imports");
				assertThat(mail.path("text").asString()).contains("Come to imports.");
				assertThat(mail.path("queuedAt").asString()).isNotBlank();
			});
		assertThat(mias.body()).doesNotContain(address(carla)).doesNotContain("Please let me in.");

		ApiResponse carlas = get("/api/feed/me/data", token(carla));
		JsonNode hers = json(carlas);
		assertThat(hers.path("person").path("coalitions").path(x).path("role").asString()).isEqualTo("COORDINATOR");
		assertThat(hers.path("feed").valueStream().map(item -> item.path("type").asString()))
			.contains("join-requested");
		assertThat(hers.path("mails").valueStream().filter(mail -> mail.path("purpose").asString().equals("join-request")))
			.singleElement()
			.satisfies(mail -> {
				assertThat(mail.path("subject").asString()).contains("Rita");
				assertThat(mail.path("text").asString()).contains("Please let me in.");
			});
		assertThat(carlas.body()).doesNotContain(address(mia)).doesNotContain("Come to imports.");
	}

	@Test
	void onlyASignedInPersonDownloadsAndAnUnknownOneGetsAnEmptyPart() {
		assertThat(get("/api/feed/me/data", null).statusCode()).isEqualTo(401);
		String nobody = unique("nobody");
		JsonNode data = json(get("/api/feed/me/data", token(nobody)));
		assertThat(data.path("personId").asString()).isEqualTo(nobody);
		assertThat(data.path("feed")).isEmpty();
		assertThat(data.path("mails")).isEmpty();
	}
}
