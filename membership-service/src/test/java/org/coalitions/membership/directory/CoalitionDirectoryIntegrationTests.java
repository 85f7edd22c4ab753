package org.coalitions.membership.directory;

import java.time.Duration;
import java.util.UUID;

import org.coalitions.infra.Ports;
import org.coalitions.membership.MembershipIntegrationTests;
import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** coalition-service's events, from the real broker, build membership-service's coalition directory. */
class CoalitionDirectoryIntegrationTests extends MembershipIntegrationTests {

	@Autowired
	CoalitionDirectory directory;

	@Test
	void aProposedCoalitionEntersTheDirectoryWithItsJoinPolicy() throws Exception {
		String id = UUID.randomUUID().toString();
		try (TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers())) {
			events.publish(new CoalitionProposed(id, "Coalition on Rural Access", "ACCESS_FOR_RURAL_COMMUNITIES",
					"Connecting the unconnected.", "MODERATED", "emeka", "Emeka"), "emeka");
		}
		Ports.await("the directory entry", Duration.ofSeconds(30), () -> directory.find(id).isPresent());

		ApiResponse entry = get("/api/coalitions/" + id + "/membership-info", null);
		assertThat(entry.statusCode()).isEqualTo(200);
		assertThat(entry.body()).contains("\"joinPolicy\":\"MODERATED\"")
			.contains("\"status\":\"PROPOSED\"")
			.contains("\"name\":\"Coalition on Rural Access\"");
	}

	@Test
	void theDirectoryFollowsStatusChangesAndCharterEdits() {
		String id = UUID.randomUUID().toString();
		publishProposal(id, unique("pat"), "OPEN");
		awaitDirectory(id, "status", "PROPOSED");

		coalitionEvents().publish(new CharterEdited(id, "Now moderated.", "MODERATED", 2), "pat");
		coalitionEvents().publish(new CoalitionStatusChanged(id, "PROPOSED", "ACTIVE", "rule met"), null);
		awaitDirectory(id, "joinPolicy", "MODERATED");
		awaitDirectory(id, "status", "ACTIVE");

		coalitionEvents().publish(new CoalitionStatusChanged(id, "ACTIVE", "CLOSED", "closed by a coordinator"), "pat");
		awaitDirectory(id, "status", "CLOSED");
		assertThat(directory.find(id)).get().extracting(CoalitionEntry::joinPolicy).isEqualTo("MODERATED");
	}
}
