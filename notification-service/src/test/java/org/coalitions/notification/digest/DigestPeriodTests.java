package org.coalitions.notification.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.coalitions.contracts.DigestPreference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestPeriodTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void aDailyPeriodEndsAtTheLocalHourOfTheLatestDayThatReachedIt() {
		DigestPeriod beforeSeven = latest(DigestPreference.DAILY, TOKYO, "2026-03-09T21:59:00Z");
		DigestPeriod afterSeven = latest(DigestPreference.DAILY, TOKYO, "2026-03-09T22:00:00Z");

		assertThat(beforeSeven.key()).isEqualTo("daily-2026-03-09");
		assertThat(beforeSeven.to()).isEqualTo(Instant.parse("2026-03-08T22:00:00Z"));
		assertThat(afterSeven.key()).isEqualTo("daily-2026-03-10");
		assertThat(afterSeven.from()).isEqualTo(Instant.parse("2026-03-08T22:00:00Z"));
		assertThat(afterSeven.to()).isEqualTo(Instant.parse("2026-03-09T22:00:00Z"));
	}

	@Test
	void theSameInstantIsADifferentDayElsewhere() {
		Instant now = Instant.parse("2026-03-10T05:00:00Z");
		assertThat(latest(DigestPreference.DAILY, TOKYO, now.toString()).key()).isEqualTo("daily-2026-03-10");
		assertThat(latest(DigestPreference.DAILY, NEW_YORK, now.toString()).key()).isEqualTo("daily-2026-03-09");
	}

	@Test
	void aPeriodAcrossTheDaylightSavingChangeIsTwentyThreeHoursLong() {
		// New York moved its clocks forward on Sunday 8 March 2026
		DigestPeriod period = latest(DigestPreference.DAILY, NEW_YORK, "2026-03-08T12:00:00Z");
		assertThat(period.from()).isEqualTo(Instant.parse("2026-03-07T12:00:00Z"));
		assertThat(period.to()).isEqualTo(Instant.parse("2026-03-08T11:00:00Z"));
		assertThat(Duration.between(period.from(), period.to())).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void aWeeklyPeriodEndsOnTheWeeklyDay() {
		DigestPeriod sunday = latest(DigestPreference.WEEKLY, NEW_YORK, "2026-03-15T20:00:00Z");
		DigestPeriod monday = latest(DigestPreference.WEEKLY, NEW_YORK, "2026-03-16T11:00:00Z");

		assertThat(sunday.key()).isEqualTo("weekly-2026-03-09");
		assertThat(monday.key()).isEqualTo("weekly-2026-03-16");
		assertThat(monday.from()).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
	}

	@Test
	void offMeansNoPeriod() {
		assertThat(DigestPeriod.latest(DigestPreference.OFF, TOKYO, 7, DayOfWeek.MONDAY, Instant.now())).isEmpty();
	}

	private static DigestPeriod latest(DigestPreference frequency, ZoneId zone, String now) {
		return DigestPeriod.latest(frequency, zone, 7, DayOfWeek.MONDAY, Instant.parse(now)).orElseThrow();
	}
}
