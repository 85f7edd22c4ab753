package org.coalitions.coalition.outcome;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A draft outcome's comment round: its window, comments, positions and tally. */
@RestController
@RequestMapping("/api/coalitions/{coalitionId}/outcomes/{outcomeId}")
class CommentRoundController {

	/** The token claim our realm fills from the person's stakeholder group. */
	static final String STAKEHOLDER_GROUP_CLAIM = "stakeholderGroup";

	private final CommentRounds rounds;

	private final Clock clock;

	CommentRoundController(CommentRounds rounds, Clock clock) {
		this.rounds = rounds;
		this.clock = clock;
	}

	@PostMapping("/comment-window")
	@Operation(summary = "Open a draft outcome for comment and positions until a time (coordinators)")
	OutcomeView openWindow(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@Valid @RequestBody RoundRequests.OpenCommentWindow request, @AuthenticationPrincipal Jwt jwt) {
		return OutcomeView.of(rounds.openWindow(coalitionId, outcomeId, request.closesAt(), CurrentUser.of(jwt)),
				clock.instant());
	}

	@PostMapping("/comments")
	@Operation(summary = "Comment on a draft outcome open for comment, or answer a comment (members)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RoundViews.CommentView> comment(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@Valid @RequestBody RoundRequests.WriteComment request, @AuthenticationPrincipal Jwt jwt) {
		OutcomeComment comment = rounds.comment(coalitionId, outcomeId, request, CurrentUser.of(jwt));
		return ResponseEntity
			.created(URI.create("/api/coalitions/" + coalitionId + "/outcomes/" + outcomeId + "/comments"))
			.body(RoundViews.CommentView.of(comment));
	}

	@GetMapping("/comments")
	@Operation(summary = "The comments on an outcome, oldest first (a draft's only for the coalition's members)")
	List<RoundViews.CommentView> comments(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return rounds.comments(coalitionId, outcomeId, CurrentUser.ifSignedIn(jwt))
			.stream()
			.map(RoundViews.CommentView::of)
			.toList();
	}

	@PutMapping("/position")
	@Operation(summary = "Take or change one's position on a draft outcome open for comment (members)")
	RoundViews.PositionView position(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@Valid @RequestBody RoundRequests.TakePosition request, @AuthenticationPrincipal Jwt jwt) {
		return RoundViews.PositionView.of(rounds.takePosition(coalitionId, outcomeId, request, CurrentUser.of(jwt),
				jwt.getClaimAsString(STAKEHOLDER_GROUP_CLAIM)));
	}

	@GetMapping("/tally")
	@Operation(summary = "The positions by position and stakeholder group, live until published, and one's own (members)")
	RoundViews.TallyView tally(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return rounds.tally(coalitionId, outcomeId, CurrentUser.of(jwt));
	}
}
