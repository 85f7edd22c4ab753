package org.coalitions.web.proxy;

import org.coalitions.web.FakeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The front door passes the consistency token on by itself: what a command answered with goes, per session, with
 * that session's later requests to any service, merged with what came before and with the client's own header.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionConsistencyIntegrationTests {

	static final String HEADER = "Coalitions-Consistency";

	static final FakeServer COALITION = new FakeServer("coalition");

	static final FakeServer MEMBERSHIP = new FakeServer("membership");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("coalitions.web.coalition-service-url", COALITION::url);
		registry.add("coalitions.web.membership-service-url", MEMBERSHIP::url);
	}

	@AfterAll
	static void stop() {
		COALITION.close();
		MEMBERSHIP.close();
	}

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void reset() {
		COALITION.reset();
		MEMBERSHIP.reset();
	}

	@Test
	void aCommandsTokenGoesWithTheSessionsNextRequestsToAnyServiceKeepingTheHighestOffsets() throws Exception {
		MockHttpSession session = new MockHttpSession();
		COALITION.answer("POST", "/api/coalitions", 201, "{\"id\":\"c1\"}", HEADER, "coalition.events:0:5");
		mvc.perform(post("/api/coalitions").session(session).with(csrf()).contentType("application/json").content("{}"))
			.andExpect(header().string(HEADER, "coalition.events:0:5"));

		mvc.perform(post("/api/coalitions/c1/members").session(session).with(csrf()));
		assertThat(MEMBERSHIP.last().header(HEADER)).isEqualTo("coalition.events:0:5");

		MEMBERSHIP.answer("POST", "/api/coalitions/c1/members", 201, "{}", HEADER,
				"coalition.events:0:3,membership.events:1:2");
		mvc.perform(post("/api/coalitions/c1/members").session(session).with(csrf()));
		mvc.perform(get("/api/coalitions/c1").session(session));
		assertThat(COALITION.last().header(HEADER)).isEqualTo("coalition.events:0:5,membership.events:1:2");

		mvc.perform(get("/api/coalitions/c1").session(new MockHttpSession()));
		assertThat(COALITION.last().header(HEADER)).as("another session's").isNull();
	}

	@Test
	void aClientsOwnTokenIsMergedAndOneThatCannotBeReadGoesThroughForTheServiceToRefuse() throws Exception {
		MockHttpSession session = new MockHttpSession();
		COALITION.answer("POST", "/api/coalitions", 201, "{\"id\":\"c1\"}", HEADER, "coalition.events:0:5");
		mvc.perform(post("/api/coalitions").session(session).with(csrf()).contentType("application/json").content("{}"));

		mvc.perform(get("/api/coalitions/c1/balance").session(session).header(HEADER, "people.events:2:9"));
		assertThat(MEMBERSHIP.last().header(HEADER)).isEqualTo("coalition.events:0:5,people.events:2:9");

		mvc.perform(get("/api/coalitions/c1/balance").session(session).header(HEADER, "not a token"));
		assertThat(MEMBERSHIP.last().header(HEADER)).isEqualTo("not a token");
	}

	@Test
	void withoutASessionOnlyTheClientsOwnTokenGoesOn() throws Exception {
		COALITION.answer("POST", "/api/coalitions", 201, "{\"id\":\"c1\"}", HEADER, "coalition.events:0:5");
		mvc.perform(post("/api/coalitions").with(csrf()).header("Authorization", "Bearer script")
			.contentType("application/json")
			.content("{}")).andExpect(header().string(HEADER, "coalition.events:0:5"));

		mvc.perform(get("/api/coalitions/c1/balance"));
		assertThat(MEMBERSHIP.last().header(HEADER)).isNull();
		mvc.perform(get("/api/coalitions/c1/balance").header(HEADER, "coalition.events:0:5"));
		assertThat(MEMBERSHIP.last().header(HEADER)).isEqualTo("coalition.events:0:5");
	}
}
