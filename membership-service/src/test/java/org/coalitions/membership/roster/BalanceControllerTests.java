package org.coalitions.membership.roster;

import java.util.Map;

import org.coalitions.platform.domain.NotFoundException;
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

/** A coalition's balance is public: no token needed; an unknown coalition is a 404 problem. */
@ApiSlice(BalanceController.class)
class BalanceControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Rosters rosters;

	@Test
	void anyoneReadsTheBalanceWithoutAToken() throws Exception {
		given(rosters.balance("c1")).willReturn(new BalanceView("c1", 3, Map.of("GOVERNMENT", 2, "CIVIL_SOCIETY", 1),
				Map.of("AFRICAN_STATES", 3), 3, true, 2, 3, false));
		mvc.perform(get("/api/coalitions/c1/balance"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members").value(3))
			.andExpect(jsonPath("$.ruleMet").value(false));
	}

	@Test
	void anUnknownCoalitionIsNotFound() throws Exception {
		given(rosters.balance("nope")).willThrow(new NotFoundException("No coalition nope"));
		mvc.perform(get("/api/coalitions/nope/balance")).andExpect(problem(404));
	}
}
