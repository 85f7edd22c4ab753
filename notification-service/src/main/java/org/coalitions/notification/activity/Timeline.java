package org.coalitions.notification.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events across all coalitions per period over a range, every period present (zeros included), oldest first.
 * For weeks the range is widened to whole ISO weeks, and {@code from}/{@code to} say so: a point counts its
 * whole week, never part of one.
 */
record Timeline(LocalDate from, LocalDate to, Granularity granularity, List<Point> points) {

	/** The longest range asked for at once: two years of days is 731 points. */
	static final int MAX_YEARS = 2;

	/** The range when none is given: the last 30 days, today included, as in the per-coalition figures. */
	static final int DEFAULT_DAYS = 30;

	record Point(LocalDate period, long events) {
	}

	/**
	 * Buckets the per-day counts.
	 * @param from first day, or null for 30 days before {@code to}
	 * @param to last day, or null for today
	 * @throws InvalidRangeException if {@code from} is after {@code to} or the range is longer than two years
	 */
	static Timeline of(Map<LocalDate, Long> eventsPerDay, LocalDate from, LocalDate to, Granularity granularity,
			LocalDate today) {
		LocalDate last = to != null ? to : today;
		LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (first.isAfter(last)) {
			throw new InvalidRangeException("from", "from (" + first + ") is after to (" + last + ")");
		}
		if (last.isAfter(first.plusYears(MAX_YEARS))) {
			throw new InvalidRangeException("to", "The range may be at most " + MAX_YEARS + " years long");
		}
		Granularity unit = granularity != null ? granularity : Granularity.DAY;
		if (unit == Granularity.WEEK) {
			first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			last = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		}
		Map<LocalDate, Long> buckets = new LinkedHashMap<>();
		for (LocalDate period = first; !period.isAfter(last); period = next(period, unit)) {
			buckets.put(period, 0L);
		}
		for (Map.Entry<LocalDate, Long> day : eventsPerDay.entrySet()) {
			LocalDate date = day.getKey();
			if (!date.isBefore(first) && !date.isAfter(last)) {
				buckets.merge(periodOf(date, unit), day.getValue(), Long::sum);
			}
		}
		List<Point> points = new ArrayList<>(buckets.size());
		buckets.forEach((period, events) -> points.add(new Point(period, events)));
		return new Timeline(first, last, unit, List.copyOf(points));
	}

	static LocalDate periodOf(LocalDate day, Granularity granularity) {
		return granularity == Granularity.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
	}

	private static LocalDate next(LocalDate period, Granularity granularity) {
		return granularity == Granularity.WEEK ? period.plusWeeks(1) : period.plusDays(1);
	}
}
