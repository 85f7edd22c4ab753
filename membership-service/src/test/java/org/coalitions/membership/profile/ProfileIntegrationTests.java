package org.coalitions.membership.profile;

import java.time.Duration;
import java.util.List;

import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.infra.Ports;
import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/me} over HTTP with signed tokens. */
class ProfileIntegrationTests extends MembershipIntegrationTests {

	@Test
	void theFirstVisitMakesAProfileFromTheToken() {
		String ada = unique("ada");

		ApiResponse first = get("/api/me", token(ada));

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode profile = json(first);
		assertThat(profile.path("id").asString()).isEqualTo(ada);
		assertThat(profile.path("displayName").asString()).isEqualTo("Name of " + ada);
		assertThat(profile.path("email").asString()).isEqualTo(ada + "@coalitions.example");
		assertThat(profile.path("complete").asBoolean()).isFalse();
		assertThat(profile.path("digest").isNull()).isTrue();
		assertThat(profile.path("effectiveDigest").asString()).isEqualTo("WEEKLY");
		assertThat(profile.path("emailVisibleToCoordinators").asBoolean()).isFalse();
		assertThat(profile.path("actionMails").asBoolean()).isTrue();
		assertThat(profile.path("timeZone").asString()).isEqualTo("UTC");
		assertThat(json(get("/api/me", token(ada))).path("createdAt").asString())
			.isEqualTo(profile.path("createdAt").asString());
	}

	@Test
	void theEditableFieldsAreSavedAndKept() {
		String ada = unique("ada");
		ApiResponse saved = put("/api/me", token(ada), """
				{"displayName": "Ada Okafor", "stakeholderGroup": "ACADEMIC_COMMUNITY", "country": "ng",
				 "organisation": "University of Lagos", "timeZone": "Africa/Lagos", "digest": "DAILY",
				 "actionMails": false, "emailVisibleToCoordinators": true}
				""");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode profile = json(get("/api/me", token(ada)));
		assertThat(profile.path("displayName").asString()).isEqualTo("Ada Okafor");
		assertThat(profile.path("stakeholderGroup").asString()).isEqualTo("ACADEMIC_COMMUNITY");
		assertThat(profile.path("country").asString()).isEqualTo("NG");
		assertThat(profile.path("organisation").asString()).isEqualTo("University of Lagos");
		assertThat(profile.path("timeZone").asString()).isEqualTo("Africa/Lagos");
		assertThat(profile.path("digest").asString()).isEqualTo("DAILY");
		assertThat(profile.path("actionMails").asBoolean()).isFalse();
		assertThat(profile.path("emailVisibleToCoordinators").asBoolean()).isTrue();
		assertThat(profile.path("complete").asBoolean()).isTrue();
		assertThat(profile.path("email").asString()).as("the email comes from the token")
			.isEqualTo(ada + "@coalitions.example");
	}

	@Test
	void theLanguageSwitchIsRememberedAndTheProfileFormKeepsOrClearsIt() {
		String ada = unique("ada");
		assertThat(json(get("/api/me", token(ada))).path("language").isNull()).as("the browser's, at first").isTrue();

		ApiResponse chosen = put("/api/me/language", token(ada), "{\"language\": \"ar\"}");
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
		assertThat(json(get("/api/me", token(ada))).path("language").asString()).isEqualTo("ar");

		ApiResponse unknown = put("/api/me/language", token(ada), "{\"language\": \"de\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("language").contains("ar, en, es, fr, ru, zh");
		assertThat(json(get("/api/me", token(ada))).path("language").asString()).as("kept").isEqualTo("ar");
		assertThat(put("/api/me/language", token(ada), "{\"language\": null}").statusCode()).isEqualTo(200);
		assertThat(json(get("/api/me", token(ada))).path("language").isNull()).as("the browser's again").isTrue();

		// the profile form sends the whole profile: its language, or none for the browser's
		put("/api/me", token(ada), """
				{"displayName": "Ada Okafor", "stakeholderGroup": "ACADEMIC_COMMUNITY", "country": "NG",
				 "timeZone": "Africa/Lagos", "actionMails": true, "emailVisibleToCoordinators": false, "language": "zh"}
				""");
		assertThat(json(get("/api/me", token(ada))).path("language").asString()).isEqualTo("zh");
		put("/api/me", token(ada), """
				{"displayName": "Ada Okafor", "stakeholderGroup": "ACADEMIC_COMMUNITY", "country": "NG",
				 "timeZone": "Africa/Lagos", "actionMails": true, "emailVisibleToCoordinators": false}
				""");
		assertThat(json(get("/api/me", token(ada))).path("language").isNull()).isTrue();
	}

	@Test
	void whatMailingNeedsIsPublishedWhenTheProfileIsMadeAndWhenItChanges() {
		String ada = unique("ada");
		try (EventProbe people = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			get("/api/me", token(ada));
			get("/api/me", token(ada));
			put("/api/me", token(ada), """
					{"displayName": "Ada Okafor", "stakeholderGroup": "ACADEMIC_COMMUNITY", "country": "NG",
					 "timeZone": "Africa/Lagos", "digest": "DAILY", "actionMails": false,
					 "emailVisibleToCoordinators": false}
					""");
			put("/api/me", token(ada), """
					{"displayName": "Ada Okafor", "stakeholderGroup": "CIVIL_SOCIETY", "country": "NG",
					 "timeZone": "Africa/Lagos", "digest": "DAILY", "actionMails": false,
					 "emailVisibleToCoordinators": true}
					""");

			List<MemberProfileUpdated> published = people
				.settle(record -> ada.equals(record.key()), Duration.ofSeconds(3))
				.stream()
				.filter(onceById())
				.map(record -> EventJson.read(record.value(), MemberProfileUpdated.class))
				.toList();

			assertThat(published).as("one when made, one when mail details changed; none for the second visit "
					+ "or for a change of group and consent only")
				.containsExactly(
						new MemberProfileUpdated(ada, "Name of " + ada, ada + "@coalitions.example", "UTC", null, true, null),
						new MemberProfileUpdated(ada, "Ada Okafor", ada + "@coalitions.example", "Africa/Lagos",
								"DAILY", false, null));
		}
	}

	@Test
	void theMailLanguageIsPublishedTheChosenOneElseTheBrowsersTheProfileWasMadeFrom() {
		String ada = unique("ada");
		try (EventProbe people = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			api.get("/api/me", token(ada), "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
			put("/api/me/language", token(ada), "{\"language\": \"ru\"}");
			api.get("/api/me", token(ada), "Accept-Language", "es");
			put("/api/me/language", token(ada), "{\"language\": null}");

			List<String> languages = people.settle(record -> ada.equals(record.key()), Duration.ofSeconds(3))
				.stream()
				.filter(onceById())
				.map(record -> EventJson.read(record.value(), MemberProfileUpdated.class).language())
				.toList();

			assertThat(languages).as("the first browser's, the chosen one, then the first browser's again: another "
					+ "browser later changes nothing").containsExactly("fr", "ru", "fr");
		}
	}

	@Test
	void anUnsubscribeFollowedAtTheMailsTurnsThatMailOffInTheProfileOnce() {
		String ada = unique("ada");
		get("/api/me", token(ada));

		coalitionEvents().publish(new MailOptedOut(ada, MailOptedOut.DIGEST), ada);
		coalitionEvents().publish(new MailOptedOut(ada, MailOptedOut.DIGEST), ada);
		coalitionEvents().publish(new MailOptedOut(ada, MailOptedOut.ACTION), ada);

		Ports.await("both mails off in the profile", WAIT, () -> {
			JsonNode profile = json(get("/api/me", token(ada)));
			return "OFF".equals(profile.path("digest").asString()) && !profile.path("actionMails").asBoolean();
		});
		try (EventProbe people = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			List<String> published = people.settle(record -> ada.equals(record.key()), Duration.ofSeconds(3))
				.stream()
				.filter(onceById())
				.filter(record -> "org.coalitions.people.profile-updated.v1"
					.equals(EventProbe.header(record, CloudEvents.TYPE)))
				.map(record -> EventJson.read(record.value(), MemberProfileUpdated.class))
				.map(update -> update.digest() + "/" + update.actionMails())
				.toList();
			assertThat(published).as("made, digest off, action mails off; the repeated opt-out changed nothing")
				.containsExactly("null/true", "OFF/true", "OFF/false");
		}
	}

	@Test
	void aMemberChoosesTheDigestOfOneOfTheirCoalitionsAndOnlyOfTheirs() {
		String ada = unique("ada");
		String theirs = proposed(ada, "OPEN");
		String notTheirs = proposed(unique("bo"), "OPEN");
		try (EventProbe people = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.PEOPLE_EVENTS)) {
			ApiResponse chosen = put("/api/me/digests/" + theirs, token(ada), "{\"digest\": \"WEEKLY\"}");

			assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
			assertThat(json(chosen).path("coalitionDigests").path(theirs).asString()).isEqualTo("WEEKLY");
			assertThat(json(chosen).path("effectiveDigest").asString()).as("a coordinator's default stays").isEqualTo(
					"DAILY");
			awaitDirectory(theirs, "name", "Coalition " + theirs);
			JsonNode listed = json(get("/api/me/digests", token(ada)));
			assertThat(listed.size()).as("ada's one coalition").isEqualTo(1);
			assertThat(listed.get(0).path("coalitionId").asString()).isEqualTo(theirs);
			assertThat(listed.get(0).path("name").asString()).isEqualTo("Coalition " + theirs);
			assertThat(listed.get(0).path("digest").asString()).isEqualTo("WEEKLY");
			ApiResponse outsider = put("/api/me/digests/" + notTheirs, token(ada), "{\"digest\": \"DAILY\"}");
			assertThat(outsider.statusCode()).isEqualTo(403);
			assertThat(contentType(outsider)).isEqualTo("application/problem+json");
			ApiResponse nonsense = put("/api/me/digests/" + theirs, token(ada), "{\"digest\": \"HOURLY\"}");
			assertThat(nonsense.statusCode()).isEqualTo(400);
			assertThat(json(nonsense).path("errors").findValuesAsString("field")).containsExactly("digest");
			assertThat(put("/api/me/digests/" + theirs, null, "{\"digest\": \"DAILY\"}").statusCode()).isEqualTo(401);
			assertThat(json(put("/api/me/digests/" + theirs, token(ada), "{\"digest\": null}"))
				.path("coalitionDigests")
				.isEmpty()).as("back to the default").isTrue();

			List<java.util.Map<String, String>> published = people
				.settle(record -> ada.equals(record.key()), Duration.ofSeconds(3))
				.stream()
				.filter(onceById())
				.map(record -> EventJson.read(record.value(), MemberProfileUpdated.class).coalitionDigests())
				.toList();
			assertThat(published).as("the choice and its undoing reach notification-service")
				.endsWith(java.util.Map.of(theirs, "WEEKLY"), java.util.Map.of());
		}
	}

	@Test
	void invalidFieldsAreAProblemNamingEachOfThem() {
		ApiResponse invalid = put("/api/me", token(unique("ada")), """
				{"displayName": "%s", "stakeholderGroup": "ALIENS", "country": "XX", "organisation": "%s",
				 "timeZone": "Mars/Olympus_Mons", "digest": "HOURLY", "actionMails": true}
				""".formatted("n".repeat(121), "o".repeat(201)));

		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(contentType(invalid)).isEqualTo("application/problem+json");
		assertThat(json(invalid).path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("displayName",
				"stakeholderGroup", "country", "organisation", "timeZone", "digest", "emailVisibleToCoordinators");
	}

	@Test
	void anonymousVisitorsHaveNoProfile() {
		assertThat(get("/api/me", null).statusCode()).isEqualTo(401);
		assertThat(put("/api/me", null, "{}").statusCode()).isEqualTo(401);
	}

	/**
	 * Each event once, by its id: delivery is at least once, and a relayed event can be sent again (a profile
	 * saved from a read taken before the relay removed the event puts it back; consumers apply each id once).
	 */
	private static java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> onceById() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return record -> seen.add(EventProbe.header(record, CloudEvents.ID));
	}
}
