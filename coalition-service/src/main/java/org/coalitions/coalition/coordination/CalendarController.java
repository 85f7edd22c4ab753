package org.coalitions.coalition.coordination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;

import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings in calendars: one meeting to add, a coalition's calendar to subscribe to (both open, like the archive
 * they come from), and each person's calendar of every meeting of their coalitions at a private signed address
 * (calendar applications fetch it without sign-in).
 */
@RestController
class CalendarController {

	private final Coordination coordination;

	private final Spaces spaces;

	private final MeetingCalendars calendars;

	private final CalendarSignatures signatures;

	private final Clock clock;

	CalendarController(Coordination coordination, Spaces spaces, MeetingCalendars calendars,
			CalendarSignatures signatures, Clock clock) {
		this.coordination = coordination;
		this.spaces = spaces;
		this.calendars = calendars;
		this.signatures = signatures;
		this.clock = clock;
	}

	@GetMapping("/api/coalitions/{coalitionId}/meetings/{meetingId}.ics")
	@Operation(summary = "One meeting as iCalendar, to add to a calendar (open archive)")
	@ApiResponse(responseCode = "200", description = "The meeting as an iCalendar file",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> meeting(@PathVariable String coalitionId, @PathVariable String meetingId) {
		Meeting meeting = coordination.meeting(coalitionId, meetingId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, MeetingCalendars.CONTENT_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + meeting.getId() + ".ics\"")
			.body(calendars.meeting(meeting, clock.instant()));
	}

	@GetMapping("/api/coalitions/{coalitionId}/calendar.ics")
	@Operation(summary = "The coalition's meetings as a calendar to subscribe to (open archive)")
	@ApiResponse(responseCode = "200", description = "Every meeting of the coalition, cancelled ones included",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> coalitionCalendar(@PathVariable String coalitionId) {
		String name = spaces.nameOf(coalitionId);
		return calendar(calendars.calendar(name, coordination.meetings(coalitionId), clock.instant()));
	}

	/** @param url where calendar applications fetch the person's meetings; private: it needs no sign-in */
	record PersonalCalendar(String url) {
	}

	@GetMapping("/api/people/me/calendar")
	@Operation(summary = "The private address of my calendar: every meeting of my coalitions (signed in)")
	PersonalCalendar myCalendar(@AuthenticationPrincipal Jwt jwt) {
		return new PersonalCalendar(signatures.url(CurrentUser.of(jwt).id()));
	}

	@GetMapping("/api/calendars/{personId}.ics")
	@Operation(summary = "A person's calendar of every meeting of their coalitions (no sign-in: the signed private address)")
	@ApiResponse(responseCode = "200", description = "Every meeting of the person's coalitions",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "The signature is missing or is not this address's",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<String> personalCalendar(@PathVariable String personId,
			@RequestParam(required = false) String signature) {
		if (!signatures.matches(personId, signature)) {
			throw new ForbiddenException("This calendar address is not valid: copy it again from your profile page.");
		}
		return calendar(calendars.calendar("Coalitions: my meetings", coordination.meetingsOf(personId),
				clock.instant()));
	}

	private static ResponseEntity<String> calendar(String body) {
		// calendar applications poll: they should fetch a fresh copy each time
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, MeetingCalendars.CONTENT_TYPE)
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(body);
	}
}
