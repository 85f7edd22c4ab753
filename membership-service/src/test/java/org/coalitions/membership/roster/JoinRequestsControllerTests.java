package org.coalitions.membership.roster;

import java.time.Instant;
import java.util.List;

import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Problems.invalid;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Join requests over HTTP: for signed-in coordinators (checked by the roster), a status filter, a decision. */
@ApiSlice(JoinRequestsController.class)
class JoinRequestsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Rosters rosters;

	final JoinRequest pending = JoinRequest.of("r1", new Applicant("bruno", "Bruno", StakeholderGroup.GOVERNMENT, "BR"),
			"Let me in", Instant.now());

	@Test
	void requestsNeedASignedInPerson() throws Exception {
		mvc.perform(get("/api/coalitions/c1/join-requests")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/coalitions/c1/join-requests/r1/decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": true}")).andExpect(status().isUnauthorized());
		verify(rosters, never()).joinRequests(any(), any(), any());
	}

	@Test
	void pendingRequestsByDefaultAllOnRequest() throws Exception {
		given(rosters.joinRequests(eq("c1"), eq(JoinRequestStatus.PENDING), any())).willReturn(List.of(pending));
		mvc.perform(get("/api/coalitions/c1/join-requests").with(person("dana")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].requestId").value("r1"));
		mvc.perform(get("/api/coalitions/c1/join-requests").param("status", "ALL").with(person("dana")))
			.andExpect(status().isOk());
		verify(rosters).joinRequests(eq("c1"), isNull(), any());
		mvc.perform(get("/api/coalitions/c1/join-requests").param("status", "MAYBE").with(person("dana")))
			.andExpect(problem(400));
	}

	@Test
	void aRejectionNeedsAReasonAnApprovalDoesNot() throws Exception {
		for (String withoutReason : new String[] { "{\"approve\": false}", "{\"approve\": false, \"message\": \" \"}" }) {
			mvc.perform(post("/api/coalitions/c1/join-requests/r1/decision").with(person("dana"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(withoutReason)).andExpect(invalid("message"));
		}
		verify(rosters, never()).decide(any(), any(), anyBoolean(), any(), any());
		given(rosters.decide(eq("c1"), eq("r1"), eq(false), eq("Not about spam"), any()))
			.willReturn(pending.decided(false, "dana", "Not about spam", Instant.now()));
		mvc.perform(post("/api/coalitions/c1/join-requests/r1/decision").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": false, \"message\": \"Not about spam\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		given(rosters.decide(eq("c1"), eq("r1"), eq(true), isNull(), any()))
			.willReturn(pending.decided(true, "dana", null, Instant.now()));
		mvc.perform(post("/api/coalitions/c1/join-requests/r1/decision").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": true}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void aDecisionNeedsItsAnswerAndComesFromACoordinator() throws Exception {
		mvc.perform(post("/api/coalitions/c1/join-requests/r1/decision").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"hm\"}")).andExpect(invalid("approve"));
		verify(rosters, never()).decide(any(), any(), anyBoolean(), any(), any());
		given(rosters.decide(eq("c1"), eq("r1"), eq(true), any(), any())).willThrow(new ForbiddenException("Coordinators only"));
		mvc.perform(post("/api/coalitions/c1/join-requests/r1/decision").with(person("emeka"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": true}")).andExpect(problem(403));
	}
}
