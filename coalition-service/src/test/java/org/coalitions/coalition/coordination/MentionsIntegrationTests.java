package org.coalitions.coalition.coordination;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.ReplyPosted;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread's opening post and a reply name members with {@code @}: their events carry those members' ids from the
 * coalition's roster, and nothing else of them (no names, no addresses).
 */
@ApiIntegrationTest("coalition-service")
class MentionsIntegrationTests {

	ApiClient api;

	@Autowired
	Rosters rosters;

	@Test
	void threadAndReplyEventsCarryTheIdsOfTheMembersTheyMention() {
		String coalition = api.post("/api/coalitions", token("alice"), """
				{"name": "Coalition on Mentions %s", "theme": "MULTILINGUALISM", "summary": "Names.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "Names.", "actionPlan": "Talk.", "contactPersons": ["alice"]}}"""
			.formatted(System.nanoTime())).assertStatus(201).json().get("id").asString();
		try (TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());
				EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS)) {
			events.publish(new MemberJoined(coalition, "bruno-m", "Bruno Souza", "GOVERNMENT", "BR", "MEMBER"), "bruno-m");
			events.publish(new MemberJoined(coalition, "chen-m", "Chen Jing", "CIVIL_SOCIETY", "CN", "MEMBER"), "chen-m");
			Ports.await("both members in the roster", Duration.ofSeconds(30),
					() -> rosters.roleOf(coalition, "chen-m").orElse(null) == Role.MEMBER && rosters.roleOf(coalition, "alice").isPresent()
							&& rosters.roleOf(coalition, "bruno-m").isPresent());
			String base = "/api/coalitions/" + coalition + "/threads";
			String thread = api.post(base, token("alice"),
					"{\"title\": \"Agenda\", \"body\": \"@Bruno Souza and @chen jing, please look; @Nobody.\"}")
				.assertStatus(201).json().get("id").asString();
			api.post(base + "/" + thread + "/replies", token("chen-m"), "{\"body\": \"Me, @Chen Jing? Ask @alice.\"}")
				.assertStatus(201);

			List<ConsumerRecord<String, byte[]>> posted = probe.await(record -> coalition.equals(record.key())
					&& EventProbe.header(record, "ce_type").matches(".*(thread-started|reply-posted).*"), 2,
					Duration.ofSeconds(30));

			assertThat(posted).hasSize(2);
			ThreadStarted started = EventJson.read(posted.get(0).value(), ThreadStarted.class);
			ReplyPosted reply = EventJson.read(posted.get(1).value(), ReplyPosted.class);
			assertThat(started.mentionedIds()).containsExactly("bruno-m", "chen-m");
			assertThat(reply.mentionedIds()).as("the author is never mentioned; the proposer by the name they signed with")
				.containsExactly("alice");
			assertThat(EventProbe.value(posted.get(0))).doesNotContain("Bruno Souza", "chen jing", "example");
		}
	}

	private static String token(String user) {
		return TestTokens.sign(user, user, user + "@coalitions.example", List.of(), Instant.now().plusSeconds(3600));
	}
}
