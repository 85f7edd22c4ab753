package org.coalitions.notification.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The activity API is the secretariat's: 401 without a token, 403 for anyone else; its ranges are checked. */
@ApiSlice(ActivityController.class)
class ActivityControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ActivityFigures figures;

	@Test
	void onlyTheSecretariatReadsActivity() throws Exception {
		for (String path : List.of("/api/activity/coalitions", "/api/activity/coalitions.csv", "/api/activity/at-risk",
				"/api/activity/timeline", "/api/activity/breakdown", "/api/activity/coalitions/c1",
				"/api/activity/inactive")) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(person("alice"))).andExpect(status().isForbidden());
		}
		verify(figures, never()).coalitions();
		given(figures.coalitions()).willReturn(List.of());
		mvc.perform(get("/api/activity/coalitions").with(secretariat("sam"))).andExpect(status().isOk());
	}

	@Test
	void theInactiveListIsTheFiguresList() throws Exception {
		given(figures.inactive()).willReturn(List.of(new InactiveCoalition("c1", "Coalition on Spam",
				java.time.Instant.parse("2026-04-01T00:00:00Z"), List.of(2024, 2025))));
		mvc.perform(get("/api/activity/inactive").with(secretariat("sam")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].coalitionId")
				.value("c1"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].since")
				.value("2026-04-01T00:00:00Z"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$[0].missingReports[1]")
				.value(2025));
	}

	@Test
	void theCsvIsAnAttachmentNamedByDay() throws Exception {
		given(figures.coalitions()).willReturn(List.of());
		given(figures.today()).willReturn(LocalDate.of(2026, 6, 1));
		mvc.perform(get("/api/activity/coalitions.csv").with(secretariat("sam")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"coalitions-activity-2026-06-01.csv\""));
	}

	@Test
	void aCoalitionWithoutActivityIsNotFound() throws Exception {
		given(figures.coalition("nope")).willReturn(Optional.empty());
		mvc.perform(get("/api/activity/coalitions/nope").with(secretariat("sam"))).andExpect(problem(404));
	}

	@Test
	void datesThatDoNotParseAndRangesThatCannotBeAnsweredAre400() throws Exception {
		mvc.perform(get("/api/activity/timeline").param("from", "yesterday").with(secretariat("sam"))).andExpect(problem(400));
		mvc.perform(get("/api/activity/timeline").param("granularity", "HOUR").with(secretariat("sam")))
			.andExpect(problem(400));
		verify(figures, never()).timeline(any(), any(), any());
		given(figures.timeline(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null))
			.willThrow(new InvalidRangeException("to", "must not be before from"));
		mvc.perform(get("/api/activity/timeline").param("from", "2026-02-01").param("to", "2026-01-01")
			.with(secretariat("sam"))).andExpect(invalid("to"));
	}
}
