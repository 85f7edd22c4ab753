package org.coalitions.coalition.coordination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.MeetingCancelled;
import org.coalitions.contracts.MeetingChanged;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link Meeting}, one test each. */
class MeetingTests {

	static final Instant NOW = Instant.parse("2031-01-10T09:00:00Z");

	static final ScheduleMeeting PLAN = new ScheduleMeeting("Planning", LocalDateTime.parse("2031-03-05T18:30:00"),
			"Pacific/Auckland", "Agenda");

	@Test
	void aScheduledMeetingIsAtSequenceZero() {
		Meeting meeting = Meeting.schedule("c1", PLAN, "alice", NOW);

		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(meeting.getSequence()).isZero();
		assertThat(meeting.getRevisedAt()).isEqualTo(NOW);
	}

	@Test
	void aChangeReplansTheMeetingRaisesItsSequenceAndSaysSo() {
		Meeting meeting = Meeting.schedule("c1", PLAN, "alice", NOW);

		meeting.change(new ScheduleMeeting(" Planning, moved ", LocalDateTime.parse("2031-03-06T09:00:00"),
				"Europe/Zurich", "New agenda"), "alice", NOW.plusSeconds(60));
		meeting.change(PLAN, "alice", NOW.plusSeconds(120));

		assertThat(meeting.getSequence()).isEqualTo(2);
		assertThat(meeting.getRevisedAt()).isEqualTo(NOW.plusSeconds(120));
		assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse("2031-03-05T05:30:00Z"));
		assertThat(events(meeting)).filteredOn(MeetingChanged.class::isInstance)
			.containsExactly(
					new MeetingChanged("c1", meeting.getId(), "Planning, moved",
							Instant.parse("2031-03-06T08:00:00Z"), "Europe/Zurich", 1),
					new MeetingChanged("c1", meeting.getId(), "Planning", Instant.parse("2031-03-05T05:30:00Z"),
							"Pacific/Auckland", 2));
	}

	@Test
	void aCancellationMarksItCancelledRaisesItsSequenceAndSaysSo() {
		Meeting meeting = Meeting.schedule("c1", PLAN, "alice", NOW);
		meeting.change(PLAN, "alice", NOW);

		meeting.cancel("alice", NOW);

		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(meeting.getSequence()).isEqualTo(2);
		assertThat(events(meeting)).last()
			.isEqualTo(new MeetingCancelled("c1", meeting.getId(), "Planning", meeting.getStartsAt(),
					"Pacific/Auckland", 2));
	}

	@Test
	void aCancelledMeetingCannotBeChangedCancelledAgainOrGivenMinutes() {
		Meeting meeting = Meeting.schedule("c1", PLAN, "alice", NOW);
		meeting.cancel("alice", NOW);

		assertConflict(() -> meeting.change(PLAN, "alice", NOW), "cannot be changed");
		assertConflict(() -> meeting.cancel("alice", NOW), "cannot be cancelled again");
		assertConflict(() -> meeting.addMinutes("Notes", "alice", Instant.parse("2031-04-01T00:00:00Z")),
				"cannot be given minutes");
		assertThat(meeting.getSequence()).isEqualTo(1);
	}

	@Test
	void aMeetingWithMinutesTookPlaceAndCannotBeCancelled() {
		Meeting meeting = Meeting.schedule("c1", PLAN, "alice", NOW);
		meeting.addMinutes("Notes", "alice", Instant.parse("2031-04-01T00:00:00Z"));

		assertConflict(() -> meeting.cancel("alice", NOW), "took place");
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
	}

	private static List<Object> events(Meeting meeting) {
		return meeting.pendingEvents()
			.stream()
			.map(pending -> (Object) EventJson.read(pending.data().getBytes(StandardCharsets.UTF_8),
					EventCatalog.byName(pending.type()).orElseThrow().dataType()))
			.toList();
	}

	private static void assertConflict(Runnable command, String message) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.isConflict()).isTrue())
			.hasMessageContaining(message);
	}
}
