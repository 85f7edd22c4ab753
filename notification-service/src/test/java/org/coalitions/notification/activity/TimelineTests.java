package org.coalitions.notification.activity;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	final Map<LocalDate, Long> perDay = Map.of(LocalDate.of(2026, 11, 2), 3L, LocalDate.of(2026, 11, 4), 1L,
			LocalDate.of(2026, 11, 8), 2L, LocalDate.of(2026, 11, 9), 5L, LocalDate.of(2026, 10, 31), 7L);

	@Test
	void everyDayOfTheRangeIsAPointZerosIncluded() {
		Timeline timeline = Timeline.of(perDay, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5), Granularity.DAY,
				TODAY);
		assertThat(timeline.points()).containsExactly(point("2026-11-01", 0), point("2026-11-02", 3),
				point("2026-11-03", 0), point("2026-11-04", 1), point("2026-11-05", 0));
	}

	@Test
	void weeksRunMondayToSundayAndTheRangeWidensToWholeWeeks() {
		// Wednesday 4 to Tuesday 10 November touches the weeks of Monday 2 and Monday 9
		Timeline timeline = Timeline.of(perDay, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 10),
				Granularity.WEEK, TODAY);
		assertThat(timeline.from()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(timeline.to()).isEqualTo(LocalDate.of(2026, 11, 15));
		assertThat(timeline.points()).containsExactly(point("2026-11-02", 6), point("2026-11-09", 5));
	}

	@Test
	void emptyWeeksAreThere() {
		Timeline timeline = Timeline.of(Map.of(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 22),
				Granularity.WEEK, TODAY);
		assertThat(timeline.points()).containsExactly(point("2026-11-02", 0), point("2026-11-09", 0),
				point("2026-11-16", 0));
	}

	@Test
	void withoutARangeTheLastThirtyDaysPerDay() {
		Timeline timeline = Timeline.of(perDay, null, null, null, TODAY);
		assertThat(timeline.granularity()).isEqualTo(Granularity.DAY);
		assertThat(timeline.from()).isEqualTo(LocalDate.of(2026, 10, 26));
		assertThat(timeline.to()).isEqualTo(TODAY);
		assertThat(timeline.points()).hasSize(30);
		assertThat(timeline.points().stream().mapToLong(Timeline.Point::events).sum()).isEqualTo(18);
	}

	@Test
	void aReversedOrTooLongRangeIsRefused() {
		assertThatThrownBy(() -> Timeline.of(perDay, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 4),
				Granularity.DAY, TODAY))
			.isInstanceOf(InvalidRangeException.class)
			.extracting(ex -> ((InvalidRangeException) ex).parameter())
			.isEqualTo("from");
		assertThatThrownBy(() -> Timeline.of(perDay, LocalDate.of(2024, 11, 4), LocalDate.of(2026, 11, 5),
				Granularity.DAY, TODAY))
			.isInstanceOf(InvalidRangeException.class);
		assertThat(Timeline.of(perDay, LocalDate.of(2024, 11, 5), LocalDate.of(2026, 11, 5), Granularity.DAY, TODAY)
			.points()).as("exactly two years is allowed").hasSize(731);
	}

	private static Timeline.Point point(String day, long events) {
		return new Timeline.Point(LocalDate.parse(day), events);
	}
}
