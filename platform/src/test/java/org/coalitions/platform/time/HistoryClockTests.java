package org.coalitions.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When "now" is the past: only with import on, only while work says so, and never after the system clock. */
class HistoryClockTests {

	static final Instant SYSTEM_NOW = Instant.parse("2026-12-01T12:00:00Z");

	static final Instant PAST = Instant.parse("2009-11-15T09:00:00Z");

	final Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

	@Test
	void withImportOnTheWorkOfAPastInstantHappensThen() {
		Clock clock = new HistoryClock(system, true);

		try (OccurredAt.Scope scope = OccurredAt.at(PAST)) {
			assertThat(clock.instant()).isEqualTo(PAST);
			assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(LocalDate.of(2009, 11, 15));
		}
		assertThat(clock.instant()).as("after the work").isEqualTo(SYSTEM_NOW);
	}

	@Test
	void withImportOffThePastIsIgnored() {
		Clock clock = new HistoryClock(system, false);

		try (OccurredAt.Scope scope = OccurredAt.at(PAST)) {
			assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
		}
	}

	@Test
	void aFutureInstantIsNeverNow() {
		Clock clock = new HistoryClock(system, true);

		try (OccurredAt.Scope scope = OccurredAt.at(SYSTEM_NOW.plusSeconds(60))) {
			assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
		}
	}

	@Test
	void workInsideOtherWorkEndsWhereItStarted() {
		Clock clock = new HistoryClock(system, true);
		Instant later = PAST.plusSeconds(3600);

		try (OccurredAt.Scope outer = OccurredAt.at(PAST)) {
			try (OccurredAt.Scope inner = OccurredAt.at(later)) {
				assertThat(clock.instant()).isEqualTo(later);
			}
			assertThat(clock.instant()).isEqualTo(PAST);
		}
		assertThat(OccurredAt.current()).isEmpty();
	}

	@Test
	void anotherZoneKeepsTheHistory() {
		Clock paris = new HistoryClock(system, true).withZone(ZoneId.of("Europe/Paris"));

		try (OccurredAt.Scope scope = OccurredAt.at(PAST)) {
			assertThat(paris.instant()).isEqualTo(PAST);
			assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		}
	}
}
