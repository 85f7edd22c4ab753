package org.coalitions.notification.feed;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.OutcomeDocumentAdded;
import org.coalitions.contracts.PlatformEvent;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.messaging.ReceivedEvent;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds over HTTP, from events on the real broker: who sees what, read marks, redelivery; and batches given to
 * the projection as the batch listener gives them.
 */
class FeedIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	FeedProjection projection;

	@Autowired
	MongoOperations mongo;

	@Test
	void eachPersonSeesWhatTheyMay() {
		String coordinator = unique("carla");
		String member = unique("mo");
		String outsider = unique("olu");
		String requester = unique("rita");
		String x = coalition(START, "Coalition on Spam", coordinator, member);
		coalition(START, "Coalition on Privacy", outsider);

		PendingEvent thread = publishAt(START.plusSeconds(60), new ThreadStarted(x, "t1", "Spam traps <b>now</b>",
				member, "Name of " + member), member);
		publishAt(START.plusSeconds(120), new JoinRequested(x, "r1-" + x, requester, "Name of " + requester,
				"ACADEMIC_COMMUNITY", "NG", "Please let me in"), requester);
		publishAt(START.plusSeconds(180), new JoinRequestDecided(x, "r1-" + x, requester, false, coordinator, "Not now"),
				coordinator);
		awaitFeed(coordinator, 6);

		assertThat(titles(coordinator)).containsExactly(
				"The request of Name of " + requester + " to join was declined",
				"Name of " + requester + " asked to join",
				"Name of " + member + " started the thread \u201cSpam traps <b>now</b>\u201d",
				"Name of " + member + " joined as Member", "Name of " + coordinator + " joined as Coordinator",
				"Name of " + coordinator + " proposed the coalition \u201cCoalition on Spam\u201d");
		assertThat(titles(member)).as("members see no join requests, and nothing from before they joined")
			.containsExactly("Name of " + member + " started the thread \u201cSpam traps <b>now</b>\u201d",
					"Name of " + member + " joined as Member");
		assertThat(titles(requester)).as("the requester sees their own request and its decision, nothing else")
			.containsExactly("The request of Name of " + requester + " to join was declined",
					"Name of " + requester + " asked to join");
		assertThat(titles(outsider)).as("nothing of a coalition one is not in")
			.noneMatch(title -> title.contains("Spam"));

		JsonNode item = json(get("/api/feed?size=1&page=1", token(member))).path("items").get(0);
		assertThat(item.path("coalitionName").asString()).isEqualTo("Coalition on Spam");
		assertThat(item.path("link").asString()).isEqualTo("/#/coalitions/" + x);
		assertThat(json(get("/api/feed", token(member))).path("items").get(0).path("id").asString())
			.isEqualTo(thread.eventId());
	}

	@Test
	void aLaterMemberSeesWhatHappenedSinceTheyJoined() {
		String coordinator = unique("carla");
		String x = coalition(START, "Coalition on Open Standards", coordinator);
		publishAt(START.plusSeconds(60), new ThreadStarted(x, "t1", "Before", coordinator, "Name of " + coordinator),
				coordinator);
		String late = unique("lee");
		publishAt(START.plusSeconds(120), new MemberJoined(x, late, "Name of " + late, "GOVERNMENT", "BR", "MEMBER"),
				late);
		publishAt(START.plusSeconds(180), new ThreadStarted(x, "t2", "After", coordinator, "Name of " + coordinator),
				coordinator);
		awaitFeed(coordinator, 4);

		assertThat(titles(late)).containsExactly("Name of " + coordinator + " started the thread \u201cAfter\u201d",
				"Name of " + late + " joined as Member");
	}

	@Test
	void readMarksAndTheUnreadCount() {
		String coordinator = unique("carla");
		String member = unique("mo");
		String x = coalition(START, "Coalition on Child Online Safety", coordinator, member);
		PendingEvent first = publishAt(START.plusSeconds(60),
				new ThreadStarted(x, "t1", "One", coordinator, "Name of " + coordinator), coordinator);
		publishAt(START.plusSeconds(61), new ThreadStarted(x, "t2", "Two", coordinator, "Name of " + coordinator),
				coordinator);
		awaitFeed(member, 3);
		assertThat(unread(member)).as("everything since joining is unread at first").isEqualTo(3);

		assertThat(post("/api/feed/" + first.eventId() + "/read", token(member), null, "").statusCode()).isEqualTo(204);
		assertThat(unread(member)).isEqualTo(2);
		JsonNode items = json(get("/api/feed", token(member))).path("items");
		assertThat(items.get(1).path("id").asString()).isEqualTo(first.eventId());
		assertThat(items.get(1).path("read").asBoolean()).isTrue();
		assertThat(items.get(0).path("read").asBoolean()).isFalse();

		assertThat(post("/api/feed/not-mine/read", token(member), null, "").statusCode()).isEqualTo(404);
		clock.advance(Duration.ofMinutes(10));
		assertThat(post("/api/feed/read-all", token(member), null, "").statusCode()).isEqualTo(204);
		assertThat(unread(member)).isZero();
		assertThat(get("/api/feed", null).statusCode()).isEqualTo(401);
	}

	@Test
	void aRedeliveredEventMakesOneEntry() {
		String coordinator = unique("carla");
		String x = coalition(START, "Coalition on Gender", coordinator);
		PendingEvent thread = publishAt(START.plusSeconds(60),
				new ThreadStarted(x, "t1", "Once", coordinator, "Name of " + coordinator), coordinator);
		events.publish(thread);
		events.publish(thread);
		awaitFeed(coordinator, 3);
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		assertThat(titles(coordinator)).filteredOn(title -> title.contains("Once")).hasSize(1);
	}

	@Test
	void badPagingIsAProblem() {
		assertThat(get("/api/feed?size=1000", token(unique("ada"))).statusCode()).isEqualTo(400);
		assertThat(get("/api/feed?page=-1", token(unique("ada"))).statusCode()).isEqualTo(400);
		assertThat(get("/api/feed?page=x", token(unique("ada"))).statusCode()).isEqualTo(400);
	}

	@Test
	void aJoinRequestAndItsDecisionInOneBatch() {
		String x = UUID.randomUUID().toString();
		ReceivedEvent<?> request = received(new JoinRequested(x, "r1-" + x, "rita", "Rita Batch", "ACADEMIC_COMMUNITY",
				"NG", "Please"), 1);
		ReceivedEvent<?> decision = received(new JoinRequestDecided(x, "r1-" + x, "rita", true, "carla", null), 2);
		ReceivedEvent<?> thread = received(new ThreadStarted(x, "t1", "After", "carla", "Carla"), 3);

		projection.apply(List.of(request, decision, thread));

		assertThat(mongo.findById(request.id(), FeedEntry.class).pending())
			.as("the decision marks the request of the same batch decided").isFalse();
		assertThat(mongo.findById(decision.id(), FeedEntry.class).title())
			.as("and names the requester as the request did").isEqualTo("The request of Rita Batch to join was approved");
		assertThat(mongo.findById(thread.id(), FeedEntry.class)).isNotNull();
	}

	@Test
	void aBatchWithRedeliveredEventsWritesEachEntryOnce() {
		String x = UUID.randomUUID().toString();
		ReceivedEvent<?> first = received(new ThreadStarted(x, "t1", "One", "carla", "Carla"), 1);
		ReceivedEvent<?> second = received(new ThreadStarted(x, "t2", "Two", "carla", "Carla"), 2);
		projection.apply(List.of(first, second, redelivered(second, 3)));

		ReceivedEvent<?> third = received(new ThreadStarted(x, "t3", "Three", "carla", "Carla"), 5);
		ReceivedEvent<?> fourth = received(new ThreadStarted(x, "t4", "Four", "carla", "Carla"), 7);
		projection.apply(List.of(redelivered(first, 4), third, redelivered(second, 6), fourth));

		List<FeedEntry> entries = mongo.find(Query.query(Criteria.where("coalitionId").is(x)), FeedEntry.class);
		assertThat(entries).extracting(FeedEntry::title)
			.containsExactlyInAnyOrder("Carla started the thread \u201cOne\u201d", "Carla started the thread \u201cTwo\u201d",
					"Carla started the thread \u201cThree\u201d", "Carla started the thread \u201cFour\u201d");
	}

	@Test
	void aFileAddedToAnOutcomeIsAnOutcomesLineForTheMembers() {
		String x = UUID.randomUUID().toString();
		ReceivedEvent<?> added = received(new OutcomeDocumentAdded(x, "o1", "d1", "Informe técnico.pdf",
				"application/pdf", 1234), 1);
		projection.apply(List.of(added));

		FeedEntry entry = mongo.findById(added.id(), FeedEntry.class);
		assertThat(entry.title()).isEqualTo("File \u201cInforme técnico.pdf\u201d added to an outcome");
		assertThat(entry.category()).isEqualTo(FeedEntry.Category.OUTCOMES);
		assertThat(entry.audience()).isEqualTo(FeedEntry.MEMBERS);
		assertThat(entry.ref()).isEqualTo("o1");
	}

	private static ReceivedEvent<?> received(PlatformEvent data, long offset) {
		return new ReceivedEvent<>(UUID.randomUUID().toString(), "test", "/test", START, "carla",
				Topics.MEMBERSHIP_EVENTS, 0, offset, data);
	}

	/** The same event (same id) at another offset, as the at-least-once relay may send it again. */
	private static ReceivedEvent<?> redelivered(ReceivedEvent<?> event, long offset) {
		return new ReceivedEvent<>(event.id(), event.type(), event.source(), event.time(), event.actor(), event.topic(),
				event.partition(), offset, event.data());
	}

	private void awaitFeed(String personId, int count) {
		Ports.await(count + " entries in the feed of " + personId, WAIT,
				() -> json(get("/api/feed?size=100", token(personId))).path("total").asLong() >= count);
	}

	private long unread(String personId) {
		return json(get("/api/feed/unread-count", token(personId))).path("unread").asLong();
	}

	private List<String> titles(String personId) {
		return json(get("/api/feed?size=100", token(personId))).path("items")
			.valueStream()
			.map(item -> item.path("title").asString())
			.toList();
	}
}
