package org.coalitions.notification.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
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
 * A person's coalitions come from two topics read in no fixed order (a replay reads one ahead of the other):
 * membership-service's word about the proposer beats the proposal's, whichever comes first.
 */
@ApiIntegrationTest("notification-service")
class PeopleOrderIntegrationTests {

	@Autowired
	People people;

	@Autowired
	MongoOperations mongo;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void aProposerWhoLeftIsNoLongerInTheCoalitionWhenTheProposalIsReadAfterTheLeave() {
		String coalition = UUID.randomUUID().toString();
		String person = "p-" + UUID.randomUUID();
		events.publish(new MemberJoined(coalition, person, "Ana", "CIVIL_SOCIETY", "BR", "COORDINATOR"), person);
		awaitApplied(person, events.publish(new MemberLeft(coalition, person, null), person));
		awaitApplied(person, events.publish(proposal(coalition, person), person));

		assertThat(people.find(person).orElseThrow().coalitions()).doesNotContainKey(coalition);
	}

	@Test
	void aProposerCoordinatesAtOnceWhenTheProposalComesFirst() {
		String coalition = UUID.randomUUID().toString();
		String person = "p-" + UUID.randomUUID();
		awaitApplied(person, events.publish(proposal(coalition, person), person));

		assertThat(people.find(person).orElseThrow().coalitions().get(coalition).coordinator()).isTrue();
	}

	private static CoalitionProposed proposal(String coalition, String person) {
		return new CoalitionProposed(coalition, "Coalition on Order", "SPAM", "A summary.", "OPEN", person, "Ana");
	}

	private void awaitApplied(String person, PendingEvent event) {
		Ports.await("event " + event.eventId() + " for " + person, Duration.ofSeconds(30),
				() -> mongo.exists(Query.query(Criteria.where("_id").is(person).and(AppliedEvents.FIELD).is(event.eventId())),
						Person.COLLECTION));
	}
}
