package org.coalitions.notification.digest;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.Map;

import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "Send me my digest now": a preview of the signed-in person's digest up to this moment. */
@RestController
record DigestController(Digests digests, People people, Clock clock) {

	@PostMapping("/api/digests/preview")
	@Operation(summary = "Preview the signed-in person's next digest mail")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> preview(@AuthenticationPrincipal Jwt jwt) {
		Person person = people.signIn(CurrentUser.of(jwt));
		if (!person.mailable()) {
			throw RuleViolationException.unprocessable("We have no mail address for you yet.");
		}
		return Map.of("queued", digests.preview(person, clock.instant()));
	}
}
