package org.coalitions.notification.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationIntegrationTests;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.contracts.CoordinationGroupChanged;
import org.coalitions.contracts.ProposalResubmitted;
import org.coalitions.contracts.ProposalReviewed;
import org.coalitions.contracts.QuietnessChanged;
import org.coalitions.contracts.ReportingReminderDue;
import org.coalitions.contracts.RepresentativesNamed;
import org.coalitions.contracts.StatementRevised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's process in feeds, from events on the real broker: review steps for the coalition's members,
 * reminders and quietness for its coordinators only, proposals to review for the secretariat.
 */
class ProcessFeedIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	MongoOperations mongo;

	@Test
	void reviewStepsAreForMembersAndRemindersAndQuietnessForCoordinators() {
		String carla = unique("carla");
		String mo = unique("mo");
		String x = coalition(START, "Coalition on Process", carla, mo);
		publishAt(START.plusSeconds(10), new ProposalReviewed(x, "CHANGES_REQUESTED", "Add an action plan", 1), "sam");
		publishAt(START.plusSeconds(20), new StatementRevised(x, 2), carla);
		publishAt(START.plusSeconds(30), new ProposalResubmitted(x, 2), carla);
		publishAt(START.plusSeconds(40), new ProposalReviewed(x, "APPROVED", null, 2), "sam");
		publishAt(START.plusSeconds(50), new RepresentativesNamed(x, List.of(carla, mo)), carla);
		publishAt(START.plusSeconds(60), new ReportingReminderDue(x, 2026, "OVERDUE", LocalDate.of(2027, 3, 31)),
				"coalition-service");
		publishAt(START.plusSeconds(70), new QuietnessChanged(x, true, Instant.parse("2025-09-01T10:00:00Z")),
				"coalition-service");
		awaitFeed(carla, 10);

		assertThat(titles(carla)).startsWith(
				"The coalition is quiet: no activity since 1 September 2025",
				"The annual report for 2026 was due on 31 March 2027 and is overdue: until it is filed the coalition "
						+ "is on the forum's list of inactive coalitions",
				"Name of " + carla + " and Name of " + mo + " represent the coalition in the coordination group",
				"The secretariat approved the proposal",
				"The revised proposal (statement version 2) was sent back to the secretariat for review",
				"The formation statement was revised (version 2)",
				"The secretariat asked for changes to the proposal: Add an action plan");
		assertThat(titles(mo)).as("a member sees the review steps, not the reminders or the risk flag")
			.contains("The secretariat approved the proposal",
					"The secretariat asked for changes to the proposal: Add an action plan")
			.noneMatch(title -> title.contains("annual report") || title.contains("quiet"));
	}

	@Test
	void theSecretariatSeesProposalsToReviewAndNothingElseOfCoalitionsItIsNotIn() {
		String carla = unique("carla");
		String x = coalition(START, "Coalition awaiting review", carla);
		publishAt(START.plusSeconds(10), new ProposalReviewed(x, "CHANGES_REQUESTED", "More groups", 1), "sam");
		publishAt(START.plusSeconds(20), new ProposalResubmitted(x, 2), carla);
		awaitFeed(carla, 4);
		String sam = unique("sam");
		String secretariat = token(sam, "secretariat");

		Ports.await("the proposals in the secretariat's feed", WAIT,
				() -> itemsOf(secretariat, x).size() == 2);
		assertThat(itemsOf(secretariat, x)).containsExactly(
				"The revised proposal (statement version 2) was sent back to the secretariat for review",
				"Name of " + carla + " proposed the coalition \u201cCoalition awaiting review\u201d");
		assertThat(itemsOf(token(unique("olu")), x)).as("not for anyone else").isEmpty();
	}

	@Test
	void theCoordinationGroupsChangesAreItsOwnEntries() {
		publishAt(START.plusSeconds(10), new CoordinationGroupChanged(CoordinationGroup.ID, List.of("a", "b", "c")),
				"coalition-service");
		Ports.await("the group's entry", WAIT, () -> mongo.exists(
				org.springframework.data.mongodb.core.query.Query.query(org.springframework.data.mongodb.core.query.Criteria
					.where("coalitionId")
					.is(CoordinationGroup.ID)
					.and("title")
					.is("The coordination group now has 3 representatives of coalitions, with the secretariat")),
				FeedEntry.class));
		assertThat(feed.coalitionName(CoordinationGroup.ID)).hasValue(CoordinationGroupName.NAME);
	}

	/**
	 * The titles of the coalition's entries in the feed, newest first, from every page: the secretariat's feed holds
	 * the proposals of every test of this JVM (each context reads the broker's topics from the beginning), many of
	 * them newer than this test's.
	 */
	private List<String> itemsOf(String token, String coalitionId) {
		List<String> titles = new java.util.ArrayList<>();
		for (int page = 0; page < 100; page++) {
			var items = json(get("/api/feed?size=100&page=" + page, token)).path("items");
			if (items.isEmpty()) {
				break;
			}
			items.valueStream()
				.filter(item -> coalitionId.equals(item.path("coalitionId").asString()))
				.forEach(item -> titles.add(item.path("title").asString()));
		}
		return titles;
	}

	private void awaitFeed(String personId, int count) {
		Ports.await(count + " entries in the feed of " + personId, WAIT,
				() -> json(get("/api/feed?size=100", token(personId))).path("total").asLong() >= count);
	}

	private List<String> titles(String personId) {
		return json(get("/api/feed?size=100", token(personId))).path("items")
			.valueStream()
			.map(item -> item.path("title").asString())
			.toList();
	}
}
