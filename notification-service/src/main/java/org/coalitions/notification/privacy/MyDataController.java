package org.coalitions.notification.privacy;

import io.swagger.v3.oas.annotations.Operation;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Download my data", notification-service's part: the caller's own data only (no id in the path). Under
 * {@code /api/feed}, the prefix the web app's front door routes here.
 */
@RestController
record MyDataController(MyDataExport export) {

	@GetMapping("/api/feed/me/data")
	@Operation(summary = "Everything notification-service holds about the signed-in person (download my data)")
	MyDataExport.NotificationData data(@AuthenticationPrincipal Jwt jwt) {
		return export.of(CurrentUser.of(jwt));
	}
}
