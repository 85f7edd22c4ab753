package org.coalitions.coalition.coordination;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.web.PreconditionRequiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
			.body(ThreadView.of(thread, coordination.viewer(coalitionId, CurrentUser.of(jwt))));
	}

	@GetMapping("/threads")
	@Operation(summary = "The coalition's threads, a page at a time, latest activity first (open archive)")
	ThreadPage threads(@PathVariable String coalitionId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @AuthenticationPrincipal Jwt jwt) {
		Page<DiscussionThread> found = coordination.threads(coalitionId, page, size);
		PostView.Viewer viewer = coordination.viewer(coalitionId, CurrentUser.ifSignedIn(jwt));
		return new ThreadPage(found.getContent().stream().map(thread -> ThreadView.of(thread, viewer)).toList(), page,
				size, found.getTotalElements());
	}

	record ThreadPage(List<ThreadView> items, int page, int size, long total) {
	}

	@GetMapping("/threads/{threadId}")
	@Operation(summary = "One thread with its replies (open archive)")
	ThreadView thread(@PathVariable String coalitionId, @PathVariable String threadId,
			@AuthenticationPrincipal Jwt jwt) {
		return ThreadView.of(coordination.thread(coalitionId, threadId),
				coordination.viewer(coalitionId, CurrentUser.ifSignedIn(jwt)));
	}

	@PostMapping("/threads/{threadId}/replies")
	@Operation(summary = "Reply in a thread (members)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PostView> reply(@PathVariable String coalitionId, @PathVariable String threadId,
			@Valid @RequestBody Posts.Reply request, @AuthenticationPrincipal Jwt jwt) {
		CurrentUser author = CurrentUser.of(jwt);
		return ResponseEntity.status(201)
			.body(PostView.of(coordination.reply(coalitionId, threadId, request, author),
					coordination.viewer(coalitionId, author)));
	}

	/** The author's new text; {@code If-Match} names the revision they edited (a post's {@code revision}). */
	@PutMapping("/threads/{threadId}/posts/{postId}")
	@Operation(summary = "Edit one's own post (its author; If-Match names the revision edited; earlier texts are kept "
			+ "for the coordinators and the secretariat)")
	PostView edit(@PathVariable String coalitionId, @PathVariable String threadId, @PathVariable String postId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody Posts.Edit request, @AuthenticationPrincipal Jwt jwt) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException("Send If-Match with the post's revision you edited, e.g. \"1\".");
		}
		int basedOn;
		try {
			basedOn = Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.conflict("If-Match must name a post's revision, e.g. \"1\".");
		}
		CurrentUser author = CurrentUser.of(jwt);
		return PostView.of(coordination.edit(coalitionId, threadId, postId, request.body(), basedOn, author),
				coordination.viewer(coalitionId, author));
	}

	@DeleteMapping("/threads/{threadId}/posts/{postId}")
	@Operation(summary = "Remove one's own post (its author; a \"removed by its author\" mark stays in the thread)")
	ResponseEntity<Void> remove(@PathVariable String coalitionId, @PathVariable String threadId,
			@PathVariable String postId, @AuthenticationPrincipal Jwt jwt) {
		coordination.remove(coalitionId, threadId, postId, CurrentUser.of(jwt));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/threads/{threadId}/posts/{postId}/hide")
	@Operation(summary = "Hide a post from members with a reason its author is told (the coalition's coordinators; "
			+ "in the coordination group the secretariat)")
	PostView hide(@PathVariable String coalitionId, @PathVariable String threadId, @PathVariable String postId,
			@Valid @RequestBody Posts.Hide request, @AuthenticationPrincipal Jwt jwt) {
		CurrentUser moderator = CurrentUser.of(jwt);
		return PostView.of(coordination.hide(coalitionId, threadId, postId, request.reason(), moderator),
				coordination.viewer(coalitionId, moderator));
	}

	@PostMapping("/threads/{threadId}/posts/{postId}/unhide")
	@Operation(summary = "Show a hidden post again (whoever may hide it)")
	PostView unhide(@PathVariable String coalitionId, @PathVariable String threadId, @PathVariable String postId,
			@AuthenticationPrincipal Jwt jwt) {
		CurrentUser moderator = CurrentUser.of(jwt);
		return PostView.of(coordination.unhide(coalitionId, threadId, postId, moderator),
				coordination.viewer(coalitionId, moderator));
	}

	@GetMapping("/threads/{threadId}/posts/{postId}/versions")
	@Operation(summary = "A post's texts, oldest first, the current one last (the coalition's coordinators and the "
			+ "secretariat)")
	List<DiscussionThread.Version> versions(@PathVariable String coalitionId, @PathVariable String threadId,
			@PathVariable String postId, @AuthenticationPrincipal Jwt jwt) {
		return coordination.versions(coalitionId, threadId, postId, CurrentUser.ifSignedIn(jwt));
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
