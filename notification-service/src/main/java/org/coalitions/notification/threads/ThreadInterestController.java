package org.coalitions.notification.threads;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's interest in one thread of their coalition: following, muted, or neither. */
@RestController
@RequestMapping("/api/coalitions/{coalitionId}/threads/{threadId}/interest")
record ThreadInterestController(ThreadInterests interests, People people) {

	@GetMapping
	@Operation(summary = "Whether the signed-in member follows or muted a thread, and whether they posted in it")
	ThreadInterests.State get(@PathVariable String coalitionId, @PathVariable String threadId,
			@AuthenticationPrincipal Jwt jwt) {
		return interests.stateOf(member(coalitionId, jwt), coalitionId, threadId);
	}

	@PutMapping
	@Operation(summary = "Follow a thread, mute it, or neither")
	ThreadInterests.State set(@PathVariable String coalitionId, @PathVariable String threadId,
			@Valid @RequestBody Change change, @AuthenticationPrincipal Jwt jwt) {
		return interests.set(member(coalitionId, jwt), coalitionId, threadId, change.interest());
	}

	/** FOLLOWING, MUTED or NONE. */
	record Change(@NotNull ThreadInterests.Interest interest) {
	}

	/** Members of the coalition (and of the coordination group, for its threads) only. */
	private Person member(String coalitionId, Jwt jwt) {
		Person person = people.signIn(CurrentUser.of(jwt));
		if (!person.coalitions().containsKey(coalitionId)) {
			throw new ForbiddenException("Only members of this coalition follow or mute its threads.");
		}
		return person;
	}
}
