package org.coalitions.membership.profile;

import java.time.Instant;

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
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The signed-in person's profile over HTTP: only with a token, made from its claims, invalid fields named. */
@ApiSlice(ProfileController.class)
class ProfileControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Profiles profiles;

	@MockitoBean
	CoordinatorRoles roles;

	@Test
	void theProfileNeedsASignedInPerson() throws Exception {
		mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/me").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/me/language").contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"fr\"}"))
			.andExpect(status().isUnauthorized());
		verify(profiles, never()).signIn(any(), any());
		verify(profiles, never()).chooseLanguage(any(), any());
	}

	@Test
	void theProfileIsMadeFromTheTokenAndACoordinatorGetsDailyDigests() throws Exception {
		given(profiles.signIn(any(), any())).willAnswer(call -> MemberProfile.minimal(
				call.<SignIn>getArgument(0).user().id(), call.<SignIn>getArgument(0).user().name(), Instant.now()));
		given(roles.coordinatesAny("alice")).willReturn(true);
		mvc.perform(get("/api/me").with(person("alice")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("alice"))
			.andExpect(jsonPath("$.displayName").value("Name of alice"))
			.andExpect(jsonPath("$.effectiveDigest").value("DAILY"));
	}

	@Test
	void readingTheProfileNotesTheBestOfTheSixLanguagesTheBrowserAsksFor() throws Exception {
		given(profiles.signIn(any(), any())).willAnswer(call -> MemberProfile.minimal(
				call.<SignIn>getArgument(0).user().id(), call.<SignIn>getArgument(0).user().name(), Instant.now()));
		mvc.perform(get("/api/me").with(person("alice")).header("Accept-Language", "de-CH,fr;q=0.8,en;q=0.5"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/me").with(person("bob")).header("Accept-Language", "de-CH"))
			.andExpect(status().isOk());
		verify(profiles).signIn(org.mockito.ArgumentMatchers.argThat(signIn -> signIn.id().equals("alice")),
				org.mockito.ArgumentMatchers.eq(org.coalitions.contracts.Language.FR));
		verify(profiles).signIn(org.mockito.ArgumentMatchers.argThat(signIn -> signIn.id().equals("bob")),
				org.mockito.ArgumentMatchers.isNull());
	}

	@Test
	void anInvalidUpdateNamesEachField() throws Exception {
		mvc.perform(put("/api/me").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "", "stakeholderGroup": "PIRATES", "country": "Atlantis", "timeZone": "Mars/Base",
					 "actionMails": true}"""))
			.andExpect(invalid("displayName", "stakeholderGroup", "country", "timeZone", "emailVisibleToCoordinators"));
		mvc.perform(put("/api/me").with(person("alice")).contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
			.andExpect(problem(400));
		verify(profiles, never()).update(any(), any());
	}
}
