package org.coalitions.notification.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.CaughtUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coalition's state on a date through the API, from events that came through the real broker into the journal
 * in the real store, each dated by its own time: public, 404 before the coalition existed, 400 for a bad date,
 * and a redelivered event journaled once.
 */
class StateApiIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	MongoOperations mongo;

	@Autowired
	ConsumerPositions positions;

	@Test
	void theStateOnADateIsWhatTheEventsUpToThatDaySaid() {
		String id = UUID.randomUUID().toString();
		List<PendingEvent> history = List.of(
				publishAt(new CoalitionProposed(id, "Coalition on Net Neutrality", "NET_NEUTRALITY", "s", "OPEN", "ana",
						"Ana"), "2014-05-02T10:00:00Z"),
				publishAt(new MemberJoined(id, "ana", "Ana", "CIVIL_SOCIETY", "BR", "COORDINATOR"), "2014-05-02T10:00:00Z"),
				publishAt(new ReportingStatusChanged(id, 2014, "DUE", LocalDate.of(2015, 3, 31)), "2014-05-02T10:00:00Z"),
				publishAt(new MemberJoined(id, "bo", "Bo", "GOVERNMENT", "KE", "MEMBER"), "2015-06-01T08:00:00Z"),
				publishAt(new BalanceChanged(id, 2, Map.of("CIVIL_SOCIETY", 1, "GOVERNMENT", 1),
						Map.of("AFRICAN_STATES", 1, "LATIN_AMERICAN_AND_CARIBBEAN_STATES", 1), 2, 2, false),
						"2015-06-01T08:00:00Z"),
				publishAt(new CoalitionStatusChanged(id, "PROPOSED", "CLOSED", "merged"), "2017-01-10T12:00:00Z"),
				publishAt(new MemberLeft(id, "bo", null), "2017-02-01T12:00:00Z"));
		events.publish(history.get(3)); // a redelivery
		awaitJournaled(id, history.size());

		assertThat(api.get("/api/coalitions/" + id + "/state?at=2014-05-01").assertStatus(404).json().get("detail")
			.asString()).contains("did not exist on 2014-05-01");

		JsonNode first = api.get("/api/coalitions/" + id + "/state?at=2014-05-02").assertStatus(200).json();
		assertThat(first.get("name").asString()).isEqualTo("Coalition on Net Neutrality");
		assertThat(first.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(first.get("members")).hasSize(1);
		assertThat(first.get("reporting").get("status").asString()).isEqualTo("DUE");

		JsonNode later = api.get("/api/coalitions/" + id + "/state?at=2016-12-31").assertStatus(200).json();
		assertThat(later.get("members")).hasSize(2);
		JsonNode bo = later.get("members").get(1);
		assertThat(bo.get("displayName").asString()).isEqualTo("Bo");
		assertThat(bo.get("stakeholderGroup").asString()).isEqualTo("GOVERNMENT");
		assertThat(bo.get("country").asString()).isEqualTo("KE");
		assertThat(bo.get("role").asString()).isEqualTo("MEMBER");
		assertThat(bo.has("email")).as("never addresses").isFalse();
		assertThat(later.get("balance").get("members").asInt()).isEqualTo(2);
		assertThat(later.get("status").asString()).isEqualTo("PROPOSED");

		JsonNode closed = api.get("/api/coalitions/" + id + "/state?at=2017-03-01").assertStatus(200).json();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("members")).hasSize(1);
	}

	@Test
	void aDateThatIsNoDateIsA400NamingAtAndAnUnknownCoalitionA404() {
		JsonNode bad = api.get("/api/coalitions/any/state?at=1%20June").assertStatus(400).json();
		assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("at");

		api.get("/api/coalitions/" + UUID.randomUUID() + "/state?at=2020-01-01").assertStatus(404);
	}

	private PendingEvent publishAt(PlatformEvent event, String time) {
		PendingEvent pending = PendingEvent.of(event, "ana", Instant.parse(time));
		events.publish(pending);
		return pending;
	}

	/** Waits until every group has applied everything, the redelivery included; then counts. */
	private void awaitJournaled(String coalitionId, int count) {
		CaughtUp.await(positions, java.time.Duration.ofSeconds(90));
		assertThat(mongo.count(Query.query(Criteria.where("coalitionId").is(coalitionId)), CoalitionJournal.COLLECTION))
			.as("one entry per event, the redelivery none")
			.isEqualTo(count);
	}
}
