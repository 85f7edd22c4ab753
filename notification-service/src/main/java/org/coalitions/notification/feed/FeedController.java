package org.coalitions.notification.feed;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.coalitions.notification.people.People;
import org.coalitions.notification.people.Person;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.HttpHeaders;
import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.Texts;

/** The signed-in person's feed, newest first, with read marks. */
@RestController
@RequestMapping("/api/feed")
@Validated
class FeedController {

	private final Feed feed;

	private final People people;

	private final Clock clock;

	private final Texts texts;

	FeedController(Feed feed, People people, Clock clock, Texts texts) {
		this.texts = texts;
		this.feed = feed;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The signed-in person's feed, a page at a time, newest first")
	FeedPage page(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		Person person = people.signIn(CurrentUser.of(jwt));
		// the profile's language, else (not known here yet) the browser's: the one the pages are in
		Language language = Language.of(person.language()).orElseGet(() -> Language.bestFor(acceptLanguage));
		List<FeedEntry> entries = feed.page(person, page, size);
		Map<String, String> names = feed.coalitionNames(entries.stream().map(FeedEntry::coalitionId).distinct().toList());
		List<FeedItem> items = entries.stream()
			.map(entry -> new FeedItem(entry.id(), entry.coalitionId(),
					Feed.nameIn(entry.coalitionId(), names.get(entry.coalitionId()), texts, language), entry.type(),
					entry.titleIn(texts, language), entry.occurredAt(), !feed.isUnread(person, entry), entry.link()))
			.toList();
		return new FeedPage(items, feed.unread(person), page, size, feed.count(person));
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many feed entries the signed-in person has not read")
	Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt jwt) {
		return Map.of("unread", feed.unread(people.signIn(CurrentUser.of(jwt))));
	}

	@PostMapping("/{entryId}/read")
	@Operation(summary = "Mark one feed entry read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@AuthenticationPrincipal Jwt jwt, @PathVariable String entryId) {
		Person person = people.signIn(CurrentUser.of(jwt));
		feed.visibleEntry(person, entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId + " in your feed"));
		people.markRead(person.id(), entryId);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark every feed entry read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void readAll(@AuthenticationPrincipal Jwt jwt) {
		Person person = people.signIn(CurrentUser.of(jwt));
		people.markAllRead(person.id(), clock.instant());
	}

	/** One entry as the page shows it. */
	record FeedItem(String id, String coalitionId, String coalitionName, String type, String title,
			Instant occurredAt, boolean read, String link) {
	}

	record FeedPage(List<FeedItem> items, long unread, int page, int size, long total) {
	}
}
