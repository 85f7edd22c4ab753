package org.coalitions.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coalitions.platform.time.HistoryProperties;
import org.coalitions.platform.time.OccurredAt;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests run at the instant they name, and which are refused with a 400 problem. */
class OccurredAtFilterTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	final Clock system = Clock.fixed(NOW, ZoneOffset.UTC);

	final MockHttpServletResponse response = new MockHttpServletResponse();

	/** What the request's handler found on its thread. */
	final AtomicReference<Object> seen = new AtomicReference<>("not called");

	final MockFilterChain chain = new MockFilterChain(new HttpServlet() {
		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) {
			seen.set(OccurredAt.current().orElse(null));
		}
	});

	@Test
	void withImportOnTheRequestRunsAtItsInstantAndTheThreadForgetsItAfterwards() throws Exception {
		filter(true).doFilter(request("2009-11-15T09:00:00Z"), response, chain);

		assertThat(seen.get()).isEqualTo(Instant.parse("2009-11-15T09:00:00Z"));
		assertThat(OccurredAt.current()).isEmpty();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void aRequestWithoutTheHeaderGoesOnAsItCame() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/coalitions");

		filter(true).doFilter(request, response, chain);

		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(seen.get()).isNull();
	}

	@Test
	void withImportOffTheHeaderIsRefused() throws Exception {
		filter(false).doFilter(request("2009-11-15T09:00:00Z"), response, chain);

		assertRefused("History import is off");
	}

	@Test
	void aValueThatIsNoInstantIsRefused() throws Exception {
		filter(true).doFilter(request("15 November 2009"), response, chain);

		assertRefused("ISO-8601 instant");
	}

	@Test
	void anInstantInTheFutureIsRefused() throws Exception {
		filter(true).doFilter(request(NOW.plusSeconds(1).toString()), response, chain);

		assertRefused("may not be in the future");
	}

	private void assertRefused(String detail) throws Exception {
		assertThat(seen.get()).as("the request was not passed on").isEqualTo("not called");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":400").contains(detail);
	}

	private OccurredAtFilter filter(boolean importEnabled) {
		return new OccurredAtFilter(new HistoryProperties(importEnabled), system);
	}

	private static MockHttpServletRequest request(String occurredAt) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/coalitions");
		request.addHeader(OccurredAt.HEADER, occurredAt);
		return request;
	}
}
