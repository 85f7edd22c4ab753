package org.coalitions.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.TopicPartition;
import org.coalitions.contracts.ConsistencyToken;
import org.coalitions.contracts.ConsistencyToken.Position;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.outbox.RelayedPositions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Both halves of reading your own writes, with the filter's real collaborators on this side: a command that saved
 * events answers with their positions once the relay reports them; a request naming positions waits until they are
 * applied, or is refused after the bound.
 */
class ConsistencyFilterTests {

	static final ConsistencyProperties BOUNDS = new ConsistencyProperties(Duration.ofMillis(500),
			Duration.ofMillis(400));

	final RelayedPositions relayed = new RelayedPositions();

	/** Offsets applied so far, by partition; what the mocked broker-side view answers from. */
	final Map<TopicPartition, Long> appliedUpTo = new ConcurrentHashMap<>();

	final ConsumerPositions consumed = mock(ConsumerPositions.class);

	final ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor();

	final MockMvc mvc;

	ConsistencyFilterTests() {
		when(consumed.groupsByTopic()).thenReturn(Map.of("coalition.events", Set.of("readers")));
		when(consumed.applied(any(), anyLong())).thenAnswer(call -> Optional
			.of(appliedUpTo.getOrDefault(call.getArgument(0, TopicPartition.class), -1L) >= call.getArgument(1, Long.class)));
		mvc = MockMvcBuilders.standaloneSetup(new Commands())
			.addFilters(new ConsistencyFilter(BOUNDS, consumed, relayed))
			.build();
	}

	@AfterEach
	void stop() {
		relay.shutdownNow();
	}

	@RestController
	class Commands {

		/** Saves the named events, which "the relay" sends 100 ms later to partition 1, from offset 40. */
		@PostMapping("/commands/{events}")
		ResponseEntity<String> command(@PathVariable int events) {
			for (int i = 0; i < events; i++) {
				String id = "event-" + i;
				relayed.saved(java.util.List.of(id));
				long offset = 40 + i;
				relay.schedule(() -> relayed.relayed(id, new Position("coalition.events", 1, offset)), 100,
						TimeUnit.MILLISECONDS);
			}
			return ResponseEntity.status(HttpStatus.CREATED).body("{\"done\":true}");
		}

		/** Saves an event the relay never reports. */
		@PostMapping("/stuck")
		String stuck() {
			relayed.saved(java.util.List.of("never-sent"));
			return "saved";
		}

		@GetMapping("/coalitions")
		String read() {
			return "[]";
		}
	}

	@Test
	void aCommandAnswersWithThePositionsOfItsEventsOnceRelayedAndItsBodyIntact() throws Exception {
		mvc.perform(post("/commands/2"))
			.andExpect(status().isCreated())
			.andExpect(header().string(ConsistencyToken.HEADER, "coalition.events:1:41"))
			.andExpect(content().string("{\"done\":true}"));
	}

	@Test
	void aCommandThatSavedNothingOrWhoseEventsWereNotRelayedInTimeAnswersWithoutAToken() throws Exception {
		mvc.perform(post("/commands/0")).andExpect(status().isCreated())
			.andExpect(header().doesNotExist(ConsistencyToken.HEADER));

		long started = System.nanoTime();
		mvc.perform(post("/stuck")).andExpect(status().isOk())
			.andExpect(header().doesNotExist(ConsistencyToken.HEADER))
			.andExpect(content().string("saved"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(BOUNDS.relayWait(), Duration.ofSeconds(3));
	}

	@Test
	void aRequestNamingAPositionWaitsUntilItIsApplied() throws Exception {
		long started = System.nanoTime(); // before the clock of the schedule starts, so the wait cannot look shorter
		relay.schedule(() -> appliedUpTo.put(new TopicPartition("coalition.events", 3), 17L), 150,
				TimeUnit.MILLISECONDS);

		mvc.perform(get("/coalitions").header(ConsistencyToken.HEADER, "coalition.events:3:17"))
			.andExpect(status().isOk());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
	}

	@Test
	void positionsInTopicsTheServiceDoesNotReadAreNotWaitedFor() throws Exception {
		mvc.perform(get("/coalitions").header(ConsistencyToken.HEADER, "people.events:0:999999"))
			.andExpect(status().isOk());
	}

	@Test
	void aPositionNotAppliedWithinTheBoundIsA503ProblemWithRetryAfter() throws Exception {
		appliedUpTo.put(new TopicPartition("coalition.events", 0), 5L);

		long started = System.nanoTime();
		mvc.perform(get("/coalitions").header(ConsistencyToken.HEADER, "coalition.events:0:5,coalition.events:1:8"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(503));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(BOUNDS.applyWait(), Duration.ofSeconds(3));
	}

	@Test
	void aMalformedTokenIsA400ProblemNamingTheHeader() throws Exception {
		mvc.perform(get("/coalitions").header(ConsistencyToken.HEADER, "coalition.events:zero:1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.title").value(containsString(ConsistencyToken.HEADER)))
			.andExpect(jsonPath("$.detail").value(containsString(ConsistencyToken.HEADER)));
	}
}
