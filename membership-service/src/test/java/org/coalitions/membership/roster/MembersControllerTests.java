package org.coalitions.membership.roster;

import org.coalitions.contracts.Role;
import java.time.Instant;
import java.util.List;

import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.RuleViolationException;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Joining, leaving and roles over HTTP: 201 with Location for a member, 202 for a request, problems otherwise. */
@ApiSlice(MembersController.class)
class MembersControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Rosters rosters;

	final Applicant bruno = new Applicant("bruno", "Bruno", StakeholderGroup.GOVERNMENT, "BR");

	@Test
	void joiningAnOpenCoalitionCreatesAMembershipAtItsLocation() throws Exception {
		given(rosters.join(eq("c1"), any(), isNull()))
			.willReturn(new Roster.JoinOutcome(Membership.of(bruno, Role.MEMBER, Instant.now()), null));
		mvc.perform(post("/api/coalitions/c1/members").with(person("bruno")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/coalitions/c1/members/bruno"))
			.andExpect(jsonPath("$.role").value("MEMBER"));
	}

	@Test
	void askingToJoinAModeratedCoalitionIsAccepted() throws Exception {
		given(rosters.join(eq("c1"), any(), eq("Let me in")))
			.willReturn(new Roster.JoinOutcome(null, JoinRequest.of("r1", bruno, "Let me in", Instant.now())));
		mvc.perform(post("/api/coalitions/c1/members").with(person("bruno"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"Let me in\"}"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.requestId").value("r1"))
			.andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void everyMembershipActionNeedsASignedInPerson() throws Exception {
		mvc.perform(post("/api/coalitions/c1/members")).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/coalitions/c1/members/me")).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/coalitions/c1/members/bruno")).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/coalitions/c1/members/bruno/role").contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"COORDINATOR\"}")).andExpect(status().isUnauthorized());
		verify(rosters, never()).join(any(), any(), any());
		verify(rosters, never()).leave(any(), any(), any());
		verify(rosters, never()).remove(any(), any(), any());
		verify(rosters, never()).changeRole(any(), any(), any(), any());
	}

	@Test
	void anyoneSeesTheMembersListSignedOutAsNoOne() throws Exception {
		given(rosters.members(eq("c1"), isNull()))
			.willReturn(List.of(new MemberView("bruno", "Bruno", StakeholderGroup.GOVERNMENT, "BR", null, Role.MEMBER,
					Instant.parse("2026-01-01T00:00:00Z"), null)));
		mvc.perform(get("/api/coalitions/c1/members"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].displayName").value("Bruno"))
			.andExpect(jsonPath("$[0].country").value("BR"))
			.andExpect(jsonPath("$[0].email").doesNotExist());
	}

	@Test
	void invalidInputIsNamed() throws Exception {
		mvc.perform(post("/api/coalitions/c1/members").with(person("bruno"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"" + "x".repeat(1001) + "\"}")).andExpect(invalid("message"));
		mvc.perform(put("/api/coalitions/c1/members/bruno/role").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"KING\"}")).andExpect(invalid("role"));
		mvc.perform(delete("/api/coalitions/c1/members/me").param("successor", "x".repeat(201)).with(person("dana")))
			.andExpect(invalid("successor"));
		verify(rosters, never()).join(any(), any(), any());
	}

	@Test
	void refusalsAndBrokenRulesAreProblems() throws Exception {
		given(rosters.members(eq("c1"), any())).willThrow(new ForbiddenException("Members only"));
		mvc.perform(get("/api/coalitions/c1/members").with(person("emeka"))).andExpect(problem(403));
		willThrow(RuleViolationException.unprocessable("Name a successor")).given(rosters).leave(eq("c1"), any(), isNull());
		mvc.perform(delete("/api/coalitions/c1/members/me").with(person("dana"))).andExpect(problem(422));
		given(rosters.join(eq("c1"), any(), any())).willThrow(RuleViolationException.conflict("Already a member"));
		mvc.perform(post("/api/coalitions/c1/members").with(person("dana"))).andExpect(problem(409));
	}

	@Test
	void leavingAndRemovingAnswerNoContent() throws Exception {
		mvc.perform(delete("/api/coalitions/c1/members/me").param("successor", "bruno").with(person("dana")))
			.andExpect(status().isNoContent());
		verify(rosters).leave(eq("c1"), any(), eq("bruno"));
		mvc.perform(delete("/api/coalitions/c1/members/bruno").with(person("dana"))).andExpect(status().isNoContent());
		verify(rosters).remove(eq("c1"), eq("bruno"), any());
	}

	@Test
	void aRoleChangeAnswersTheNewMembership() throws Exception {
		given(rosters.changeRole(eq("c1"), eq("bruno"), eq(Role.COORDINATOR), any()))
			.willReturn(Membership.of(bruno, Role.COORDINATOR, Instant.now()));
		mvc.perform(put("/api/coalitions/c1/members/bruno/role").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"COORDINATOR\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("COORDINATOR"));
		given(rosters.members(eq("c1"), any())).willReturn(List.of());
		mvc.perform(get("/api/coalitions/c1/members").with(person("dana"))).andExpect(status().isOk());
	}
}
