package org.coalitions.coalition.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.Role;
import org.coalitions.infra.Ports;
import org.coalitions.platform.messaging.AppliedEvents;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The roster reads two topics in no fixed order (a replay reads one ahead of the other): membership-service's word
 * about the proposer beats the proposal's, whichever comes first.
 */
@ApiIntegrationTest("coalition-service")
class RosterOrderIntegrationTests {

	@Autowired
	Rosters rosters;

	@Autowired
	MongoOperations mongo;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void aProposerWhoLeftStaysGoneWhenTheProposalIsReadAfterTheLeave() {
		String id = UUID.randomUUID().toString();
		events.publish(new MemberJoined(id, "alice", "Alice", "CIVIL_SOCIETY", "BR", "COORDINATOR"), "alice");
		awaitApplied(id, events.publish(new MemberLeft(id, "alice", null), "alice"));
		awaitApplied(id, events.publish(proposal(id), "alice"));

		assertThat(rosters.roleOf(id, "alice")).isEmpty();
	}

	@Test
	void aProposerCoordinatesAtOnceWhenTheProposalComesFirst() {
		String id = UUID.randomUUID().toString();
		awaitApplied(id, events.publish(proposal(id), "alice"));

		assertThat(rosters.roleOf(id, "alice")).hasValue(Role.COORDINATOR);
		awaitApplied(id, events.publish(new MemberLeft(id, "alice", null), "alice"));
		assertThat(rosters.roleOf(id, "alice")).isEmpty();
	}

	private static CoalitionProposed proposal(String id) {
		return new CoalitionProposed(id, "Coalition on Order", "SPAM", "A summary.", "OPEN", "alice", "Alice");
	}

	private void awaitApplied(String id, PendingEvent event) {
		Ports.await("event " + event.eventId() + " in the roster", Duration.ofSeconds(30),
				() -> mongo.exists(Query.query(Criteria.where("_id").is(id).and(AppliedEvents.FIELD).is(event.eventId())),
						Roster.COLLECTION));
	}
}
