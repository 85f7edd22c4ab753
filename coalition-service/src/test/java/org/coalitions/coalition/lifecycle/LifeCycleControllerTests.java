package org.coalitions.coalition.lifecycle;

import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Callers.secretariat;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Running the life-cycle check now: the secretariat's alone, and it runs the one check. */
@ApiSlice(LifeCycleController.class)
class LifeCycleControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LifeCycle lifeCycle;

	@Test
	void theSecretariatRunsTheCheckAndGetsAnAnswerWhenItIsDone() throws Exception {
		mvc.perform(post("/api/lifecycle/check").with(secretariat("sam"))).andExpect(status().isNoContent());
		verify(lifeCycle).check();
	}

	@Test
	void anyoneElseIsForbiddenAndNothingRuns() throws Exception {
		mvc.perform(post("/api/lifecycle/check").with(person("alice"))).andExpect(problem(403));
		verify(lifeCycle, never()).check();
	}

	@Test
	void itNeedsASignedInPerson() throws Exception {
		mvc.perform(post("/api/lifecycle/check")).andExpect(status().isUnauthorized());
		verify(lifeCycle, never()).check();
	}
}
