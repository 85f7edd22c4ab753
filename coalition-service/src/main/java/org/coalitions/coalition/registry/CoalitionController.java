package org.coalitions.coalition.registry;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.Theme;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.web.PreconditionRequiredException;
import org.coalitions.platform.domain.RuleViolationException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.coalitions.contracts.ConsistencyToken;
import org.coalitions.platform.domain.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@RestController
@RequestMapping("/api/coalitions")
@Validated
class CoalitionController {

	private final CoalitionRegistry registry;

	private final CoalitionReadModel model;

	CoalitionController(CoalitionRegistry registry, CoalitionReadModel model) {
		this.registry = registry;
		this.model = model;
	}

	@PostMapping
	@Operation(summary = "Propose a coalition with its formation statement (it waits for review)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CoalitionView> propose(@Valid @RequestBody ProposeCoalition proposal, @AuthenticationPrincipal Jwt jwt) {
		CurrentUser user = CurrentUser.of(jwt);
		Coalition coalition = registry.propose(proposal, user.id(), user.name());
		return ResponseEntity.created(URI.create("/api/coalitions/" + coalition.getId()))
			.eTag(etag(coalition))
			.body(CoalitionView.of(coalition));
	}

	@GetMapping
	@Operation(summary = "Find coalitions, a page at a time, in name order",
			description = "Each item is a summary (no charter, no links): read one coalition for those. "
					+ "`q` matches the beginnings of words of the name and summary. `total` is the number of matches. "
					+ "The ETag changes whenever the answer does; with it in If-None-Match, an unchanged answer is a 304.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH,
					description = "The ETag of the answer the caller holds", schema = @Schema(type = "string")),
			responses = @ApiResponse(responseCode = "200", description = "One page of coalitions",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CoalitionPage.class))))
	ResponseEntity<byte[]> find(@RequestParam(required = false) Theme theme,
			@RequestParam(required = false) CoalitionStatus status,
			@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String consistency) {
		catchUpFor(consistency);
		return rendered(model.list(theme, status, q, page, size));
	}

	/** What a page of {@link #find} is, for the API's contract: the answer itself is rendered by the read model. */
	record CoalitionPage(List<CoalitionSummary> items, int page, int size, long total) {
	}

	/** Edits the description; {@code If-Match} must name the charter version the edit started from. */
	@PutMapping("/{id}/charter")
	@Operation(summary = "Edit the coalition's description (If-Match names the charter version the edit started from)")
	ResponseEntity<CoalitionView> editCharter(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody EditCharter edit, @AuthenticationPrincipal Jwt jwt) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException("Send If-Match with the charter version you edited (its ETag).");
		}
		long expected;
		try {
			// the page's ETag is "<charter version>-<digest of the page>"; the charter version alone is accepted too
			String tag = ifMatch.replace("W/", "").replace("\"", "").strip();
			expected = Long.parseLong(tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag);
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.conflict("If-Match must name a charter version, e.g. \"3\".");
		}
		Coalition coalition = registry.editCharter(id, edit, expected, CurrentUser.of(jwt));
		return ResponseEntity.ok().eTag(etag(coalition)).body(CoalitionView.of(coalition));
	}

	/** A new version of the formation statement (coordinators); every version is kept. */
	@PutMapping("/{id}/statement")
	@Operation(summary = "Revise the formation statement, keeping the previous version (coordinators)")
	CoalitionView reviseStatement(@PathVariable String id, @Valid @RequestBody StatementText statement,
			@AuthenticationPrincipal Jwt jwt) {
		return CoalitionView.of(registry.reviseStatement(id, statement, CurrentUser.of(jwt)));
	}

	@GetMapping("/{id}/statement/versions")
	@Operation(summary = "Every kept version of the formation statement, newest first, with its author's id and time")
	List<Statement> statementVersions(@PathVariable String id) {
		return registry.statementVersions(id);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close the coalition, with a reason")
	CoalitionView close(@PathVariable String id, @Valid @RequestBody StatusChange change,
			@AuthenticationPrincipal Jwt jwt) {
		return CoalitionView.of(registry.close(id, change.reason(), CurrentUser.of(jwt)));
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen a closed coalition, with a reason")
	CoalitionView reopen(@PathVariable String id, @Valid @RequestBody StatusChange change,
			@AuthenticationPrincipal Jwt jwt) {
		return CoalitionView.of(registry.reopen(id, change.reason(), CurrentUser.of(jwt)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One coalition: statement, review, activation conditions, principles and quietness",
			description = "The ETag, \"<charter version>-<digest>\", changes whenever the answer does; with it in "
					+ "If-None-Match, an unchanged answer is a 304. A charter edit's If-Match may name it.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH,
					description = "The ETag of the answer the caller holds", schema = @Schema(type = "string")),
			responses = @ApiResponse(responseCode = "200", description = "The coalition",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CoalitionView.class))))
	ResponseEntity<byte[]> get(@PathVariable String id,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String consistency) {
		catchUpFor(consistency);
		return rendered(model.page(id).orElseThrow(() -> new NotFoundException("No coalition with id " + id)));
	}

	/**
	 * A request naming positions it must see ({@link ConsistencyToken}) has waited until this service applied them
	 * (ConsistencyFilter), the read model's consumer included; the model then catches up with what the other groups
	 * wrote in the store for them.
	 */
	private void catchUpFor(String consistency) {
		if (consistency != null) {
			model.catchUp();
		}
	}

	/**
	 * The read model's bytes with their ETag; Spring MVC answers 304 without a body when If-None-Match names it.
	 * Revalidated on every use ({@code no-cache}): answers are the same for every caller, but change at any time.
	 */
	private ResponseEntity<byte[]> rendered(CoalitionReadModel.Rendered rendered) {
		return ResponseEntity.ok()
			.eTag(rendered.etag())
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_JSON)
			.body(rendered.body());
	}

	private static String etag(Coalition coalition) {
		return "\"" + coalition.getCharterVersion() + "\"";
	}
}
