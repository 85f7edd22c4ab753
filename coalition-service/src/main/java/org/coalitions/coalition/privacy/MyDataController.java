package org.coalitions.coalition.privacy;

import io.swagger.v3.oas.annotations.Operation;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Download my data", coalition-service's part: the caller's own data only (no id in the path). */
@RestController
record MyDataController(MyDataExport export) {

	@GetMapping("/api/people/me/data")
	@Operation(summary = "Everything coalition-service holds about the signed-in person (download my data)")
	MyDataExport.CoalitionData data(@AuthenticationPrincipal Jwt jwt) {
		return export.of(CurrentUser.of(jwt));
	}
}
