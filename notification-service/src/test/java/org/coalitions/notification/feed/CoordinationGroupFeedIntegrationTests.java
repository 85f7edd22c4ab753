package org.coalitions.notification.feed;

import java.util.List;

import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordination group's members, as coalition-service publishes them, see the group's threads in their feed
 * like those of one of their coalitions, named "Coordination group"; whoever leaves the list stops seeing them,
 * even when an older list is delivered again.
 */
class CoordinationGroupFeedIntegrationTests extends NotificationIntegrationTests {

	@Test
	void groupMembersSeeTheGroupsThreadsWhileTheyAreInIt() {
		String ana = unique("ana");
		String ben = unique("ben");
		String outsider = unique("olu");
		coalition(START, "Coalition on Community Connectivity", ana, ben, outsider);
		PendingEvent both = publishAt(START.plusSeconds(60),
				new CoordinationGroupChanged(CoordinationGroup.ID, List.of(ana, ben)), ana);
		publishAt(START.plusSeconds(120),
				new ThreadStarted(CoordinationGroup.ID, "g1", "Overlaps on connectivity", ana, "Name of " + ana), ana);
		Ports.await("the group's thread in Ben's feed", WAIT, () -> groupTitles(ben).size() == 1);

		JsonNode entry = groupEntries(ana).get(0);
		assertThat(entry.path("title").asString()).isEqualTo("Name of " + ana
				+ " started the thread \u201cOverlaps on connectivity\u201d");
		assertThat(entry.path("coalitionName").asString()).isEqualTo(CoordinationGroupName.NAME);
		assertThat(groupTitles(outsider)).as("not in the group").isEmpty();

		publishAt(START.plusSeconds(180), new CoordinationGroupChanged(CoordinationGroup.ID, List.of(ana)), ana);
		events.publish(both); // an older list delivered again changes nothing
		publishAt(START.plusSeconds(240),
				new ThreadStarted(CoordinationGroup.ID, "g2", "Next monthly call", ana, "Name of " + ana), ana);
		Ports.await("the second thread in Ana's feed", WAIT, () -> groupTitles(ana).size() == 2);
		Ports.await("Ben out of the group", WAIT, () -> groupTitles(ben).isEmpty());
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		assertThat(groupTitles(ben)).as("the older list delivered again did not bring Ben back").isEmpty();
	}

	private List<JsonNode> groupEntries(String personId) {
		return json(get("/api/feed?size=100", token(personId))).path("items")
			.valueStream()
			.filter(item -> CoordinationGroup.ID.equals(item.path("coalitionId").asString()))
			// the group's threads; the changes of its membership have entries of their own
			.filter(item -> "thread-started".equals(item.path("type").asString()))
			.toList();
	}

	private List<String> groupTitles(String personId) {
		return groupEntries(personId).stream().map(item -> item.path("title").asString()).toList();
	}
}
