package org.coalitions.coalition.outcome;

import java.time.Clock;
import java.util.List;

import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The comment round's HTTP rules: who must be signed in, which bodies are refused, which reads are public. */
@ApiSlice(CommentRoundController.class)
class CommentRoundControllerTests {

	static final String ROUND = "/api/coalitions/c1/outcomes/o1";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CommentRounds rounds;

	@TestConfiguration
	static class Time {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	@Test
	void takingPartNeedsASignedInPersonAndValidBodies() throws Exception {
		mvc.perform(put(ROUND + "/position").contentType(MediaType.APPLICATION_JSON).content("{\"position\": \"SUPPORT\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post(ROUND + "/comments").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hi\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get(ROUND + "/tally")).andExpect(status().isUnauthorized());
		mvc.perform(put(ROUND + "/position").with(person("gita"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"position\": \"MAYBE\"}")).andExpect(status().isBadRequest());
		mvc.perform(post(ROUND + "/comments").with(person("gita"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \" \"}")).andExpect(invalid("text"));
		mvc.perform(post(ROUND + "/comment-window").with(person("alice"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(invalid("closesAt"));
		verify(rounds, never()).takePosition(any(), any(), any(), any(), any());
		verify(rounds, never()).comment(any(), any(), any(), any());
	}

	@Test
	void aClosedWindowIsAConflictAndAMissingReasonUnprocessable() throws Exception {
		given(rounds.takePosition(eq("c1"), eq("o1"), any(), any(), any()))
			.willThrow(RuleViolationException.conflict("The comment window closed at 2031-06-01T12:00:00Z."));
		mvc.perform(put(ROUND + "/position").with(person("gita"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"position\": \"SUPPORT\"}")).andExpect(problem(409));
		given(rounds.comment(eq("c1"), eq("o1"), any(), any()))
			.willThrow(RuleViolationException.unprocessable("The quote is not a passage of the current text."));
		mvc.perform(post(ROUND + "/comments").with(person("gita"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hm\", \"quote\": \"nowhere\"}")).andExpect(problem(422));
	}

	@Test
	void commentsAreReadWithoutATokenAsTheOutcomeIs() throws Exception {
		given(rounds.comments("c1", "o1", null)).willReturn(List.of());
		mvc.perform(get(ROUND + "/comments")).andExpect(status().isOk());
		given(rounds.comments(eq("c1"), eq("draft"), isNull())).willThrow(new NotFoundException("No outcome draft"));
		mvc.perform(get("/api/coalitions/c1/outcomes/draft/comments")).andExpect(problem(404));
	}
}
