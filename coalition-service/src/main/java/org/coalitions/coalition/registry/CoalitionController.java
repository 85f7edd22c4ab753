package org.coalitions.coalition.registry;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/coalitions")
@Validated
class CoalitionController {

	private final CoalitionRegistry registry;

	CoalitionController(CoalitionRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	ResponseEntity<CoalitionView> propose(@Valid @RequestBody ProposeCoalition proposal, @AuthenticationPrincipal Jwt jwt) {
		CurrentUser user = CurrentUser.of(jwt);
		Coalition coalition = registry.propose(proposal, user.id(), user.name());
		return ResponseEntity.created(URI.create("/api/coalitions/" + coalition.getId()))
			.eTag(String.valueOf(coalition.getVersion()))
			.body(CoalitionView.of(coalition));
	}

	@GetMapping
	PageView<CoalitionView> find(@RequestParam(required = false) Theme theme,
			@RequestParam(required = false) CoalitionStatus status,
			@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PageView<Coalition> found = registry.find(theme, status, q, page, size);
		return new PageView<>(found.items().stream().map(CoalitionView::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/{id}")
	ResponseEntity<CoalitionView> get(@PathVariable String id) {
		Coalition coalition = registry.get(id);
		return ResponseEntity.ok().eTag(String.valueOf(coalition.getVersion())).body(CoalitionView.of(coalition));
	}
}
