package org.coalitions.platform.web;

import java.util.function.Supplier;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coalitions.platform.test.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A store that cannot be reached answers 503 with {@code Retry-After}, as a problem that does not show the driver's
 * message (it names the store's hosts); other store failures are not turned into 503.
 */
class StoreUnavailableProblemTests {

	/** What the driver says when it gives up finding the store, host and port included. */
	static final String DRIVER_MESSAGE = "Timed out while waiting for a server that matches ReadPreferenceServerSelector"
			+ "{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=store.internal:27017, "
			+ "type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}}]";

	@RestController
	static class Failing {

		static Supplier<RuntimeException> failure;

		@GetMapping("/fails")
		String fails() {
			throw failure.get();
		}
	}

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(
			new ApiProblems(new StaticListableBeanFactory().getBeanProvider(ConsumerPositions.class))).build();

	@Test
	void aStoreThatTimesOutIsA503WithRetryAfterThatHidesTheDriversMessage() throws Exception {
		// as Spring Data translates it
		Failing.failure = () -> new DataAccessResourceFailureException(DRIVER_MESSAGE,
				new MongoTimeoutException(DRIVER_MESSAGE));

		mvc.perform(get("/fails"))
			.andExpect(problem(503))
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.title").value("Store unavailable"))
			.andExpect(jsonPath("$.detail").value(containsString("Try again")))
			.andExpect(content().string(not(containsString("store.internal"))))
			.andExpect(content().string(not(containsString("27017"))));
	}

	@Test
	void theDriversOwnExceptionIsA503TooForCodeThatUsesTheDriverDirectly() throws Exception {
		Failing.failure = () -> new MongoSocketOpenException("Exception opening socket",
				new ServerAddress("store.internal", 27017));

		mvc.perform(get("/fails"))
			.andExpect(problem(503))
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().string(not(containsString("store.internal"))));
	}

	/** As {@code ConcurrentSaves} gives up when the writers of a document ahead of this one do not finish. */
	@Test
	void noTurnToChangeADocumentInTimeIsA503WithRetryAfterNotAConflict() throws Exception {
		Failing.failure = () -> new CannotAcquireLockException("No turn within 5000 ms to change rosters/c-1");

		mvc.perform(get("/fails"))
			.andExpect(problem(503))
			.andExpect(header().string("Retry-After", "5"));
	}

	@Test
	void aStoreFailureThatIsNotAnAbsentStoreIsLeftToTheDefaultHandling() {
		Failing.failure = () -> new InvalidDataAccessApiUsageException("a bug in a query");

		assertThatThrownBy(() -> mvc.perform(get("/fails")))
			.hasRootCauseInstanceOf(InvalidDataAccessApiUsageException.class);
	}
}
