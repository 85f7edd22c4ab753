package org.coalitions.notification.feed;

import java.time.Duration;
import java.util.List;

import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationIntegrationTest;
import org.coalitions.platform.events.JoinRequestDecided;
import org.coalitions.platform.events.JoinRequested;
import org.coalitions.platform.events.MemberJoined;
import org.coalitions.platform.events.ThreadStarted;
import org.coalitions.platform.outbox.PendingEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds over HTTP, from events on the real broker: who sees what, read marks, redelivery. */
class FeedIntegrationTests extends NotificationIntegrationTest {

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
