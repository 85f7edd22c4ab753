package org.coalitions.membership.privacy;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** "Delete my account": the caller's own (no id in the path), confirmed by typing DELETE. */
@RestController
record ErasureController(Erasure erasure) {

	@DeleteMapping("/api/me")
	@Operation(summary = "Delete the signed-in person's account and erase them from every service (body: "
			+ "{\"confirm\": \"DELETE\"})")
	ResponseEntity<Void> erase(@NotNull(message = EraseAccount.SEND) @Valid @RequestBody(
			required = false) EraseAccount confirmation, @AuthenticationPrincipal Jwt jwt) {
		erasure.erase(CurrentUser.of(jwt));
		return ResponseEntity.noContent().build();
	}
}
