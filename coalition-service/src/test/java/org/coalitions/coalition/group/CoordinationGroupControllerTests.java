package org.coalitions.coalition.group;

import java.util.List;
import java.util.Map;

import org.coalitions.coalition.group.GroupRoster.Representative;
import org.coalitions.coalition.group.GroupRoster.Seat;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Problems.invalid;
import static org.coalitions.platform.test.Problems.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group over HTTP: anyone reads who is in it and each coalition's representatives; naming them needs a
 * signed-in coordinator (checked by the service) and at most two member ids, else a 400 problem on the field.
 */
@ApiSlice(CoordinationGroupController.class)
@Import(CoordinationGroupSecurityConfiguration.class)
class CoordinationGroupControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CoordinationGroupMembership group;

	@Test
	void anyoneReadsTheMembersEachWithTheCoalitionsTheyRepresent() throws Exception {
		given(group.seats()).willReturn(Map.of(
				"c1", new Seat("Coalition on Spam", List.of(new Representative("ana", "Ana"), new Representative("ben", "Ben"))),
				"c2", new Seat("Coalition on Accessibility", List.of(new Representative("ana", "Ana")))));
		mvc.perform(get("/api/coordination-group"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].id").value("ana"))
			.andExpect(jsonPath("$.members[0].name").value("Ana"))
			.andExpect(jsonPath("$.members[0].coalitions[0].name").value("Coalition on Accessibility"))
			.andExpect(jsonPath("$.members[0].coalitions[1].id").value("c1"))
			.andExpect(jsonPath("$.members[1].id").value("ben"))
			.andExpect(jsonPath("$.coalitions[1].representatives.length()").value(2));
	}

	@Test
	void anyoneReadsACoalitionsRepresentatives() throws Exception {
		given(group.named("c1")).willReturn(List.of("ben"));
		given(group.seats()).willReturn(Map.of("c1", new Seat("Coalition on Spam", List.of(new Representative("ben", "Ben")))));
		mvc.perform(get("/api/coalitions/c1/representatives"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.named[0]").value("ben"))
			.andExpect(jsonPath("$.representatives[0].name").value("Ben"));
	}

	@Test
	void namingNeedsASignedInPersonAndAtMostTwoIds() throws Exception {
		mvc.perform(put("/api/coalitions/c1/representatives").contentType(MediaType.APPLICATION_JSON)
			.content("{\"representativeIds\": [\"ben\"]}")).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/coalitions/c1/representatives").with(person("ana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"representativeIds\": [\"a\", \"b\", \"c\"]}")).andExpect(invalid("representativeIds"));
		mvc.perform(put("/api/coalitions/c1/representatives").with(person("ana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(invalid("representativeIds"));
		verify(group, never()).name(anyString(), anyList(), any());
	}

	@Test
	void someoneWhoIsNotAMemberIsAnInvalidField() throws Exception {
		willThrow(new RepresentativesInvalid(List.of("zoe is not a member of this coalition"))).given(group)
			.name(eq("c1"), eq(List.of("zoe")), any());
		mvc.perform(put("/api/coalitions/c1/representatives").with(person("ana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"representativeIds\": [\"zoe\"]}"))
			.andExpect(invalid("representativeIds"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("zoe is not a member")));
	}

	@Test
	void onlyCoordinatorsName() throws Exception {
		willThrow(new ForbiddenException("Only coordinators of this coalition may do that.")).given(group)
			.name(eq("c1"), anyList(), any());
		mvc.perform(put("/api/coalitions/c1/representatives").with(person("ben"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"representativeIds\": []}")).andExpect(problem(403));
	}
}
