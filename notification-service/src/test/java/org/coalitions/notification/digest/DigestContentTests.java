package org.coalitions.notification.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.coalitions.notification.feed.FeedEntry;
import org.coalitions.notification.feed.FeedEntry.Category;
import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.Texts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestContentTests {

	static final Texts TEXTS = Texts.load("messages");

	static final Instant T = Instant.parse("2026-03-09T21:00:00Z");

	@Test
	void coalitionsWithPendingRequestsComeFirstAndKindsInOrderOfImportance() {
		List<FeedEntry> happened = List.of(entry("1", "b", Category.THREADS, "a thread"),
				entry("2", "b", Category.CHANGES, "balance"), entry("3", "a", Category.NEW_MEMBERS, "joined"),
				entry("4", "b", Category.OUTCOMES, "report"), entry("5", "c", Category.MEETINGS, "meeting"));
		List<FeedEntry> pending = List.of(entry("0", "b", Category.JOIN_REQUESTS, "asked to join"));

		DigestContent content = DigestContent.of(happened, pending, Map.of("a", "Alpha", "b", "Zulu", "c", "Beta"),
				ZoneOffset.UTC, path -> "https://x" + path, Language.EN, TEXTS);

		assertThat(content.coalitions()).extracting(DigestContent.CoalitionSection::name)
			.containsExactly("Zulu", "Alpha", "Beta");
		assertThat(content.coalitions().get(0).kinds()).extracting(DigestContent.KindSection::heading)
			.containsExactly("Join requests awaiting your decision", "Outcomes", "Discussions",
					"Life cycle and balance");
		assertThat(content.updates()).as("an old pending request is shown but is not an update").isEqualTo(5);
		assertThat(content.coalitions().get(0).kinds().get(0).items().get(0).link()).isEqualTo("https://x/l/0");
	}

	@Test
	void nothingThatHappenedMeansNoDigestEvenWithOldPendingRequests() {
		DigestContent content = DigestContent.of(List.of(), List.of(entry("0", "b", Category.JOIN_REQUESTS, "asked")),
				Map.of(), ZoneOffset.UTC, path -> path, Language.EN, TEXTS);
		assertThat(content.isEmpty()).isTrue();
	}

	@Test
	void eachKindShowsItsLatestFewOldestFirstAndHowManyMoreWhileEveryOneCounts() {
		List<FeedEntry> happened = new java.util.ArrayList<>();
		for (int i = 11; i >= 0; i--) { // in any order
			happened.add(new FeedEntry("t" + i, "a", "thread-started", Category.THREADS, "thread " + i, "actor",
					T.plusSeconds(60L * i), FeedEntry.MEMBERS, null, null, null, "/l/t" + i));
		}
		happened.add(entry("o", "a", Category.OUTCOMES, "report"));

		DigestContent content = DigestContent.of(happened, List.of(), Map.of("a", "Alpha"), ZoneOffset.UTC,
				path -> path, Language.EN, TEXTS);

		assertThat(content.updates()).isEqualTo(13);
		DigestContent.KindSection threads = content.coalitions().get(0).kinds().get(1);
		assertThat(threads.items()).extracting(DigestContent.Item::title)
			.containsExactly("thread 7", "thread 8", "thread 9", "thread 10", "thread 11");
		assertThat(threads.more()).isEqualTo(7);
		assertThat(content.coalitions().get(0).kinds().get(0).more()).isZero();
	}

	@Test
	void talliesMergedKeepTheLatestOfBothAndAddTheirCounts() {
		Tally first = new Tally();
		Tally second = new Tally();
		for (int i = 0; i < 8; i++) {
			FeedEntry entry = new FeedEntry("e" + i, "a", "x", Category.THREADS, "e" + i, "actor", T.plusSeconds(i),
					FeedEntry.MEMBERS, null, null, null, "/");
			(i % 2 == 0 ? first : second).add(entry);
		}
		Tally both = new Tally();
		both.addAll(first);
		both.addAll(second);
		assertThat(both.count()).isEqualTo(8);
		assertThat(both.more()).isEqualTo(3);
		assertThat(both.shown()).extracting(FeedEntry::id).containsExactly("e3", "e4", "e5", "e6", "e7");
		assertThat(first.count()).as("merging leaves its parts as they were").isEqualTo(4);
	}

	private static FeedEntry entry(String id, String coalition, Category category, String title) {
		return new FeedEntry(id, coalition, category.name(), category, title, "actor", T, FeedEntry.MEMBERS, null,
				category == Category.JOIN_REQUESTS ? true : null, null, "/l/" + id);
	}
}
