package org.coalitions.platform.web;

import java.util.Optional;

import org.coalitions.platform.domain.NotKnownYetException;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A thing a service learns from a topic and has not found is a 404 only once the service has caught up on it. */
class NotKnownYetProblemTests {

	final ConsumerPositions consumed = mock(ConsumerPositions.class);

	final MockMvc mvc;

	NotKnownYetProblemTests() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("consumerPositions", consumed);
		mvc = MockMvcBuilders.standaloneSetup(new Lookup())
			.setControllerAdvice(new ApiProblems(beans.getBeanProvider(ConsumerPositions.class)))
			.build();
	}

	static volatile boolean appliedMeanwhile;

	@RestController
	static class Lookup {

		@GetMapping("/coalitions/c-1")
		String find() {
			throw new NotKnownYetException("No coalition with id c-1", "coalition.events", () -> appliedMeanwhile);
		}
	}

	@Test
	void caughtUpOnTheTopicItIsA404() throws Exception {
		when(consumed.caughtUp("coalition.events")).thenReturn(Optional.of(true));

		mvc.perform(get("/coalitions/c-1"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("No coalition with id c-1"));
	}

	@Test
	void behindOnTheTopicItIsA503WithRetryAfter() throws Exception {
		when(consumed.caughtUp("coalition.events")).thenReturn(Optional.of(false));

		mvc.perform(get("/coalitions/c-1"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("coalition.events")));
	}

	@Test
	void appliedBetweenTheLookupAndTheCatchingUpItIsA503NotA404() throws Exception {
		when(consumed.caughtUp("coalition.events")).thenReturn(Optional.of(true));
		appliedMeanwhile = true;
		try {
			mvc.perform(get("/coalitions/c-1")).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "1"));
		}
		finally {
			appliedMeanwhile = false;
		}
	}

	@Test
	void whenTheBrokerCannotSayItIsA503TooNeverA404() throws Exception {
		when(consumed.caughtUp("coalition.events")).thenReturn(Optional.empty());

		mvc.perform(get("/coalitions/c-1")).andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"));
	}
}
