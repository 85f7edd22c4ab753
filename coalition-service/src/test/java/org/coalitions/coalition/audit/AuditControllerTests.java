package org.coalitions.coalition.audit;

import java.util.List;

import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Callers.secretariat;
import static org.coalitions.platform.test.Problems.invalid;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail's HTTP rules: signed-in callers only, the secretariat's rule answered as 403, paging checked. */
@ApiSlice(AuditController.class)
class AuditControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditTrail trail;

	@Test
	void theTrailNeedsASignedInPerson() throws Exception {
		mvc.perform(get("/api/coalitions/c1/audit")).andExpect(status().isUnauthorized());
		verify(trail, never()).read(any(), anyInt(), anyInt(), any());
	}

	@Test
	void theSecretariatReadsItAsTheSecretariat() throws Exception {
		given(trail.read(eq("c1"), eq(0), eq(20), any())).willReturn(new AuditPage(List.of(), 0, 20, 0));
		mvc.perform(get("/api/coalitions/c1/audit").with(secretariat("sam")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		verify(trail).read("c1", 0, 20, new CurrentUser("sam", "Name of sam", "sam@coalitions.example", true));
	}

	@Test
	void othersAreForbidden() throws Exception {
		given(trail.read(any(), anyInt(), anyInt(), any())).willThrow(new ForbiddenException("For the secretariat only"));
		mvc.perform(get("/api/coalitions/c1/audit").with(person("alice"))).andExpect(problem(403));
	}

	@Test
	void pagingOutOfBoundsIsNamed() throws Exception {
		mvc.perform(get("/api/coalitions/c1/audit").param("size", "101").with(secretariat("sam"))).andExpect(invalid("size"));
		mvc.perform(get("/api/coalitions/c1/audit").param("page", "-1").with(secretariat("sam"))).andExpect(invalid("page"));
		mvc.perform(get("/api/coalitions/c1/audit").param("size", "many").with(secretariat("sam"))).andExpect(problem(400));
		verify(trail, never()).read(any(), anyInt(), anyInt(), any());
	}
}
