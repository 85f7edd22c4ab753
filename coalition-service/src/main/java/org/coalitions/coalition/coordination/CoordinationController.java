package org.coalitions.coalition.coordination;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@RestController
@RequestMapping("/api/coalitions/{coalitionId}")
@Validated
class CoordinationController {

	private final Coordination coordination;

	CoordinationController(Coordination coordination) {
		this.coordination = coordination;
	}

	@PostMapping("/threads")
	@Operation(summary = "Start a discussion thread (members)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ThreadView> startThread(@PathVariable String coalitionId,
			@Valid @RequestBody Posts.StartThread request, @AuthenticationPrincipal Jwt jwt) {
		DiscussionThread thread = coordination.startThread(coalitionId, request, CurrentUser.of(jwt));
		return ResponseEntity.created(URI.create("/api/coalitions/" + coalitionId + "/threads/" + thread.getId()))
			.body(ThreadView.of(thread));
	}

	@GetMapping("/threads")
	@Operation(summary = "The coalition's threads, a page at a time, latest activity first (open archive)")
	ThreadPage threads(@PathVariable String coalitionId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<DiscussionThread> found = coordination.threads(coalitionId, page, size);
		return new ThreadPage(found.getContent().stream().map(ThreadView::of).toList(), page, size,
				found.getTotalElements());
	}

	record ThreadPage(List<ThreadView> items, int page, int size, long total) {
	}

	@GetMapping("/threads/{threadId}")
	@Operation(summary = "One thread with its replies (open archive)")
	ThreadView thread(@PathVariable String coalitionId, @PathVariable String threadId) {
		return ThreadView.of(coordination.thread(coalitionId, threadId));
	}

	@PostMapping("/threads/{threadId}/replies")
	@Operation(summary = "Reply in a thread (members)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PostView> reply(@PathVariable String coalitionId, @PathVariable String threadId,
			@Valid @RequestBody Posts.Reply request, @AuthenticationPrincipal Jwt jwt) {
		return ResponseEntity.status(201)
			.body(PostView.of(coordination.reply(coalitionId, threadId, request, CurrentUser.of(jwt))));
	}

	@PostMapping("/meetings")
	@Operation(summary = "Schedule a meeting with its agenda (coordinators)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<MeetingView> schedule(@PathVariable String coalitionId, @Valid @RequestBody ScheduleMeeting request,
			@AuthenticationPrincipal Jwt jwt) {
		Meeting meeting = coordination.schedule(coalitionId, request, CurrentUser.of(jwt));
		return ResponseEntity.created(URI.create("/api/coalitions/" + coalitionId + "/meetings/" + meeting.getId()))
			.body(MeetingView.of(meeting));
	}

	@GetMapping("/meetings")
	@Operation(summary = "The coalition's meetings with agendas and minutes (open archive)")
	List<MeetingView> meetings(@PathVariable String coalitionId) {
		return coordination.meetings(coalitionId).stream().map(MeetingView::of).toList();
	}

	@GetMapping("/meetings/{meetingId}")
	@Operation(summary = "One meeting with its agenda and minutes (open archive)")
	MeetingView meeting(@PathVariable String coalitionId, @PathVariable String meetingId) {
		return MeetingView.of(coordination.meeting(coalitionId, meetingId));
	}

	@PutMapping("/meetings/{meetingId}")
	@Operation(summary = "Change a meeting: title, start, time zone, agenda (coordinators; raises its sequence)")
	MeetingView change(@PathVariable String coalitionId, @PathVariable String meetingId,
			@Valid @RequestBody ScheduleMeeting request, @AuthenticationPrincipal Jwt jwt) {
		return MeetingView.of(coordination.change(coalitionId, meetingId, request, CurrentUser.of(jwt)));
	}

	@PostMapping("/meetings/{meetingId}/cancel")
	@Operation(summary = "Cancel a meeting (coordinators; it stays listed, and calendars show it cancelled)")
	MeetingView cancel(@PathVariable String coalitionId, @PathVariable String meetingId,
			@AuthenticationPrincipal Jwt jwt) {
		return MeetingView.of(coordination.cancel(coalitionId, meetingId, CurrentUser.of(jwt)));
	}

	@PutMapping("/meetings/{meetingId}/minutes")
	@Operation(summary = "Record a meeting's minutes (coordinators)")
	MeetingView minutes(@PathVariable String coalitionId, @PathVariable String meetingId,
			@Valid @RequestBody Posts.Minutes request, @AuthenticationPrincipal Jwt jwt) {
		return MeetingView.of(coordination.addMinutes(coalitionId, meetingId, request.minutes(), CurrentUser.of(jwt)));
	}
}
