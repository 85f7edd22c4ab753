package org.coalitions.notification.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.coalitions.contracts.DigestPreference;

/**
 * The span a digest covers, [from, to), and its key: the frequency and the local date it is sent on. The key
 * names the digest of one person and period for good, so it is sent once. {@code frequency}: whose news it holds,
 * the coalitions whose digest (for the person) is that one.
 */
record DigestPeriod(String key, Instant from, Instant to, LocalDate sentOn, DigestPreference frequency) {

	/**
	 * The latest period that has ended by {@code now}: a daily one ends every day at {@code hour} local time,
	 * a weekly one on {@code weeklyDay} at that hour. Local times are resolved by the zone's rules, so the
	 * period across a daylight-saving change is 23 or 25 hours long.
	 */
	static Optional<DigestPeriod> latest(DigestPreference frequency, ZoneId zone, int hour, DayOfWeek weeklyDay,
			Instant now) {
		ZonedDateTime local = now.atZone(zone);
		return switch (frequency) {
			case OFF -> Optional.empty();
			case DAILY -> {
				LocalDate day = local.toLocalDate();
				ZonedDateTime end = day.atTime(hour, 0).atZone(zone);
				if (end.toInstant().isAfter(now)) {
					end = day.minusDays(1).atTime(hour, 0).atZone(zone);
				}
				ZonedDateTime start = end.toLocalDate().minusDays(1).atTime(hour, 0).atZone(zone);
				yield Optional.of(new DigestPeriod("daily-" + end.toLocalDate(), start.toInstant(), end.toInstant(),
						end.toLocalDate(), frequency));
			}
			case WEEKLY -> {
				LocalDate day = local.toLocalDate().with(TemporalAdjusters.previousOrSame(weeklyDay));
				ZonedDateTime end = day.atTime(hour, 0).atZone(zone);
				if (end.toInstant().isAfter(now)) {
					end = day.minusWeeks(1).atTime(hour, 0).atZone(zone);
				}
				ZonedDateTime start = end.toLocalDate().minusWeeks(1).atTime(hour, 0).atZone(zone);
				yield Optional.of(new DigestPeriod("weekly-" + end.toLocalDate(), start.toInstant(), end.toInstant(),
						end.toLocalDate(), frequency));
			}
		};
	}
}
