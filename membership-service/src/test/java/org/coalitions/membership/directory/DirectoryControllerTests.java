package org.coalitions.membership.directory;

import java.time.Instant;
import java.util.Optional;

import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What this service knows of a coalition is public; a coalition it has not heard of is a 404 problem. */
@ApiSlice(DirectoryController.class)
class DirectoryControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CoalitionDirectory directory;

	@Test
	void anyoneReadsAKnownCoalitionWithoutAToken() throws Exception {
		given(directory.find("c1")).willReturn(Optional.of(new CoalitionEntry("c1", "Coalition on Spam", "SPAM",
				"MODERATED", "PROPOSED", "alice", Instant.now())));
		mvc.perform(get("/api/coalitions/c1/membership-info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.joinPolicy").value("MODERATED"));
	}

	@Test
	void anUnknownCoalitionIsNotFound() throws Exception {
		given(directory.find("nope")).willReturn(Optional.empty());
		mvc.perform(get("/api/coalitions/nope/membership-info")).andExpect(problem(404));
	}
}
