package org.coalitions.notification.history;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A coalition's state on a date (public, like its members list: open archives). The date is a whole UTC day: the
 * state at its end. A date before the coalition was proposed is a 404, as an unknown coalition is; a date that is
 * not {@code yyyy-MM-dd} a 400 naming {@code at}.
 */
@RestController
class StateController {

	private final CoalitionJournal journal;

	StateController(CoalitionJournal journal) {
		this.journal = journal;
	}

	@GetMapping("/api/coalitions/{id}/state")
	@Operation(summary = "A coalition's members, balance, status and reporting status as of a date")
	CoalitionState state(@PathVariable String id, @RequestParam String at) {
		LocalDate date = date(at);
		var endOfDay = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
		return CoalitionState.of(id, journal.upTo(id, endOfDay), endOfDay)
			.orElseThrow(() -> new NotFoundException(journal.knows(id) ? "Coalition " + id + " did not exist on " + date
					: "No coalition with id " + id));
	}

	private static LocalDate date(String at) {
		try {
			return LocalDate.parse(at);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidDateException();
		}
	}

	@ExceptionHandler
	ProblemDetail invalidDate(InvalidDateException ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"Some parameters are missing or invalid.");
		problem.setProperty("errors", List.of(Map.of("field", "at", "message", "must be a date, yyyy-MM-dd")));
		return problem;
	}

	static class InvalidDateException extends RuntimeException {
	}
}
