package org.coalitions.coalition.outcome;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.coalitions.contracts.OutcomeKind;
import org.coalitions.contracts.Theme;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public registry of published outcomes across coalitions, and its Atom feed. */
@RestController
@RequestMapping("/api/outcomes")
@Validated
class OutcomeRegistryController {

	/** How many outcomes the feed carries: the latest, which is what a feed reader polls for. */
	static final int FEED_ENTRIES = 50;

	private final OutcomeRegistry registry;

	private final Clock clock;

	OutcomeRegistryController(OutcomeRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Find published outcomes and annual reports of every coalition, newest first",
			description = "Each item carries its coalition's name and theme, and the record of the positions held "
					+ "(a sentence and the tally; no tally without a comment window). `q`: every word must begin a "
					+ "word of the title or text (case and accents do not matter). `year`: published that year, "
					+ "or an annual report on that reporting cycle. `total` is the number of matches.")
	RegistryPage find(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) Theme theme,
			@RequestParam(required = false) @Min(2006) @Max(2100) Integer year,
			@RequestParam(required = false) OutcomeKind kind,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return registry.find(q == null || q.isBlank() ? null : q, theme, year, kind, page, size);
	}

	@GetMapping(value = "/feed.atom", produces = AtomFeed.MEDIA_TYPE)
	@Operation(summary = "The latest 50 published outcomes as an Atom 1.0 feed",
			description = "Links are relative to the feed's own address.")
	ResponseEntity<byte[]> feed() {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
			.body(AtomFeed.of(registry.latest(FEED_ENTRIES), clock.instant()));
	}
}
