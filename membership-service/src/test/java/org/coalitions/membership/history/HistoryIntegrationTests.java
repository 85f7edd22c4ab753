package org.coalitions.membership.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.coalitions.contracts.CloudEvents;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.time.OccurredAt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History through the same commands and events as live use, with {@code coalitions.history.import-enabled}: a
 * command that says when it happened happens then, and so does the reaction to an event from the past (the
 * proposer of a coalition proposed in 2009 has coordinated it since 2009), each with its events dated alike.
 */
@ApiIntegrationTest(value = "membership-service", properties = "coalitions.history.import-enabled=true")
class HistoryIntegrationTests extends MembershipIntegrationTests {

	static final Instant PROPOSED = Instant.parse("2009-11-15T09:00:00Z");

	static final Instant JOINED = Instant.parse("2010-02-01T10:30:00Z");

	@Test
	void aReactionToAnEventFromThePastHappensWhenItsCauseDid() {
		String pat = unique("pat");
		String id = UUID.randomUUID().toString();
		coalitionEvents().publish(PendingEvent.of(new CoalitionProposed(id, "Coalition " + id, "SPAM",
				"Working together.", "OPEN", pat, "Name of " + pat), pat, PROPOSED));
		awaitMember(id, pat, "COORDINATOR");

		assertThat(joinedAt(id, pat)).isEqualTo(PROPOSED);
		assertThat(memberJoinedTimes(id, pat)).containsExactly(PROPOSED.toString());
	}

	@Test
	void aCommandThatSaysWhenItHappenedHappensThen() {
		String id = proposed(unique("pat"), "OPEN");
		String ana = unique("ana");
		profile(ana, "GOVERNMENT", "BR", false);

		ApiResponse joined = api.post(members(id), token(ana), "{}", OccurredAt.HEADER, JOINED.toString());

		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		assertThat(joinedAt(id, ana)).isEqualTo(JOINED);
		assertThat(memberJoinedTimes(id, ana)).containsExactly(JOINED.toString());
	}

	@Test
	void aCommandDatedInTheFutureIsRefusedAndChangesNothing() {
		String id = proposed(unique("pat"), "OPEN");
		String ana = unique("ana");
		profile(ana, "GOVERNMENT", "BR", false);

		ApiResponse refused = api.post(members(id), token(ana), "{}", OccurredAt.HEADER,
				Instant.now().plusSeconds(3600).toString());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(member(json(get(members(id), token(ana))), ana)).as("not joined").isNull();
	}

	private Instant joinedAt(String coalitionId, String memberId) {
		return Instant.parse(member(json(get(members(coalitionId), token(memberId))), memberId).path("joinedAt")
			.asString());
	}

	/** The {@code ce_time} of each MemberJoined of the person in the coalition, as the other services read it. */
	private List<String> memberJoinedTimes(String coalitionId, String memberId) {
		String type = EventCatalog.of(MemberJoined.class).name();
		return probe().await(record -> coalitionId.equals(record.key())
				&& type.equals(EventProbe.header(record, CloudEvents.TYPE))
				&& EventProbe.value(record).contains(memberId), 1, WAIT)
			.stream()
			.map(record -> EventProbe.header(record, CloudEvents.TIME))
			.toList();
	}

	private static String members(String coalitionId) {
		return "/api/coalitions/" + coalitionId + "/members";
	}

}
