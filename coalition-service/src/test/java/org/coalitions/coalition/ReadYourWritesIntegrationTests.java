package org.coalitions.coalition;

import org.coalitions.contracts.ConsistencyToken;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real broker and store: a command's answer names where its events landed, and a read given that token
 * finds them applied by the service's own projections (here the audit trail, which reads coalition.events).
 */
@ApiIntegrationTest("coalition-service")
// bounds for a context that has just started on a busy machine: its first send also starts the producer, and its
// consumer groups are still joining (the bounds themselves are ConsistencyFilterTests')
@TestPropertySource(properties = { "coalitions.consistency.relay-wait=20s", "coalitions.consistency.apply-wait=30s" })
class ReadYourWritesIntegrationTests {

	static final String SECRETARIAT = TestTokens.of("sam", "Sam", "secretariat");

	ApiClient api;

	@Test
	void aProposalsTokenMakesTheAuditTrailShowItAtOnce() {
		var proposed = api.post("/api/coalitions", TestTokens.of("alice", "Alice"), """
				{"name": "Coalition on Prompt Reads", "theme": "OPEN_STANDARDS", "summary": "Read at once.",
				 "statement": {"rationale": "Needed.", "actionPlan": "Meet.", "contactPersons": ["Alice"]},
				 "joinPolicy": "OPEN"}""").assertStatus(201);
		String id = proposed.json().get("id").asString();
		String token = proposed.header(ConsistencyToken.HEADER).orElseThrow();
		assertThat(ConsistencyToken.parse(token).positions()).isNotEmpty()
			.allSatisfy(position -> assertThat(position.topic()).isEqualTo("coalition.events"));

		var trail = api.get("/api/coalitions/" + id + "/audit", SECRETARIAT, ConsistencyToken.HEADER, token)
			.assertStatus(200)
			.json();
		assertThat(trail.get("total").asLong()).as("the proposal, applied before the answer").isGreaterThanOrEqualTo(1);
	}

	@Test
	void aMalformedTokenIsA400ProblemNamingTheHeader() {
		var problem = api.get("/api/coalitions", null, ConsistencyToken.HEADER, "coalition.events:first:1")
			.assertProblem(400);
		assertThat(problem.get("detail").asString()).contains(ConsistencyToken.HEADER);
	}
}
