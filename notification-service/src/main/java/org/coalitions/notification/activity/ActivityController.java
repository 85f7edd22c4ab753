package org.coalitions.notification.activity;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coalitions.platform.web.ApiProblems;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.domain.NotKnownYetException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's activity data (the role is checked in the security configuration). Dates that do not
 * parse and unknown granularities are 400 problems through {@link ApiProblems}; ranges that parse but cannot
 * be answered are 400 problems here.
 */
@RestController
@RequestMapping("/api/activity")
class ActivityController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ActivityFigures figures;

	ActivityController(ActivityFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/coalitions")
	@Operation(summary = "Every coalition's activity figures (secretariat)")
	List<CoalitionActivityView> all() {
		return figures.coalitions();
	}

	@GetMapping("/coalitions/{id}")
	@Operation(summary = "One coalition's activity figures (secretariat)")
	CoalitionActivityView one(@PathVariable String id) {
		return figures.coalition(id)
			.orElseThrow(() -> new NotKnownYetException("No activity for coalition " + id, Topics.COALITION_EVENTS,
				() -> figures.coalition(id).isPresent()));
	}

	/** A literal segment, so it never reaches {@code /coalitions/{id}}, whose pattern has one more segment. */
	@GetMapping("/coalitions.csv")
	@Operation(summary = "Every coalition's activity figures as CSV (secretariat)")
	ResponseEntity<String> csv() {
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("coalitions-activity-" + figures.today() + ".csv")
			.build();
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(ActivityCsv.of(figures.coalitions()));
	}

	@GetMapping("/inactive")
	@Operation(summary = "The inactive list: coalitions whose annual report is overdue (secretariat)")
	List<InactiveCoalition> inactive() {
		return figures.inactive();
	}

	@GetMapping("/at-risk")
	@Operation(summary = "Coalitions whose activity figures name at least one risk (secretariat)")
	List<CoalitionActivityView> atRisk() {
		return figures.atRisk();
	}

	@GetMapping("/timeline")
	@Operation(summary = "Events per day or per week over a date range (secretariat)")
	Timeline timeline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Granularity granularity) {
		return figures.timeline(from, to, granularity);
	}

	@GetMapping("/breakdown")
	@Operation(summary = "Coalitions per status and theme, members per stakeholder group (secretariat)")
	Breakdown breakdown() {
		return figures.breakdown();
	}

	@ExceptionHandler
	ProblemDetail invalidRange(InvalidRangeException ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"Some parameters are missing or invalid.");
		problem.setProperty("errors", List.of(Map.of("field", ex.parameter(), "message", ex.getMessage())));
		return problem;
	}
}
