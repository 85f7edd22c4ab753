package org.coalitions.coalition.outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coalitions.coalition.reporting.CycleStatus;
import org.coalitions.coalition.reporting.ReportingState;
import org.coalitions.contracts.OutcomeKind;
import org.coalitions.platform.domain.ForbiddenException;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outcomes' HTTP rules: public reading (drafts filtered by the service), signed-in writing, Location, problems. */
@ApiSlice(OutcomeController.class)
class OutcomeControllerTests {

	static final String REPORT = """
			{"kind": "ANNUAL_REPORT", "title": "Report 2026", "body": "We did things.", "reportingCycle": 2026}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Outcomes outcomes;

	/** Whether a comment window is open depends on the time. */
	@TestConfiguration
	static class Time {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	final Outcome draft = Outcome.draft("c1", new DraftOutcome(OutcomeKind.ANNUAL_REPORT, "Report 2026", "We did things.",
			2026), "dana", "Dana", Instant.now());

	@Test
	void aDraftIsCreatedAtItsLocation() throws Exception {
		given(outcomes.draft(eq("c1"), any(), any())).willReturn(draft);
		mvc.perform(post("/api/coalitions/c1/outcomes").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/coalitions/c1/outcomes/" + draft.getId()))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void draftingNeedsASignedInPersonAndValidFields() throws Exception {
		mvc.perform(post("/api/coalitions/c1/outcomes").contentType(MediaType.APPLICATION_JSON).content(REPORT))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/coalitions/c1/outcomes").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"reportingCycle\": 1999}"))
			.andExpect(invalid("kind", "title", "reportingCycle"));
		verify(outcomes, never()).draft(any(), any(), any());
	}

	@Test
	void aSecondReportForACycleIsAConflictAndARuleBrokenIs422() throws Exception {
		given(outcomes.draft(eq("c1"), any(), any())).willThrow(RuleViolationException.conflict("One annual report per cycle"));
		mvc.perform(post("/api/coalitions/c1/outcomes").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT)).andExpect(problem(409));
		given(outcomes.draft(eq("c2"), any(), any())).willThrow(RuleViolationException.unprocessable("needs a cycle"));
		mvc.perform(post("/api/coalitions/c2/outcomes").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT)).andExpect(problem(422));
	}

	@Test
	void onlyCoordinatorsPublishAndRevise() throws Exception {
		given(outcomes.publish(eq("c1"), eq("o1"), any())).willThrow(new ForbiddenException("Coordinators only"));
		mvc.perform(post("/api/coalitions/c1/outcomes/o1/publish").with(person("emeka"))).andExpect(problem(403));
		mvc.perform(post("/api/coalitions/c1/outcomes/o1/publish")).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/coalitions/c1/outcomes/o1").with(person("dana"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\"}")).andExpect(invalid("title"));
	}

	@Test
	void anyoneReadsOutcomesAndReportingWithoutAToken() throws Exception {
		given(outcomes.list("c1", null)).willReturn(List.of(draft));
		mvc.perform(get("/api/coalitions/c1/outcomes")).andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value("Report 2026"));
		CycleStatus reported = new CycleStatus(2026, ReportingState.REPORTED, LocalDate.of(2027, 3, 31));
		given(outcomes.reporting("c1")).willReturn(new ReportingView(reported, List.of(reported)));
		mvc.perform(get("/api/coalitions/c1/reporting"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headline.state").value("REPORTED"))
			.andExpect(jsonPath("$.cycles[0].cycle").value(2026))
			.andExpect(jsonPath("$.cycles[0].deadline").value("2027-03-31"));
	}

	@Test
	void anOutcomeTheReaderMayNotSeeIsNotFound() throws Exception {
		given(outcomes.find(eq("c1"), eq("o1"), isNull())).willThrow(new NotFoundException("No outcome o1"));
		mvc.perform(get("/api/coalitions/c1/outcomes/o1")).andExpect(problem(404));
	}
}
