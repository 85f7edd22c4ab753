package org.coalitions.coalition.registry;

import java.time.Instant;

import org.coalitions.contracts.CharterEdited;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.JoinPolicy;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life-cycle and charter rules of the aggregate itself. */
class CoalitionTests {

	final Instant now = Instant.parse("2026-11-24T10:00:00Z");

	Coalition proposed() {
		return Coalition.propose(new ProposeCoalition("Coalition on Spam", Theme.SPAM, null, "Spam.", "Charter",
				JoinPolicy.OPEN, null), "alice", "Alice", now);
	}

	@Test
	void aProposalStartsProposedAndRecordsItsEvent() {
		Coalition coalition = proposed();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.PROPOSED);
		assertThat(coalition.pendingEvents()).singleElement()
			.satisfies(event -> assertThat(event.type()).isEqualTo("org.coalitions.coalition.proposed.v1"));
	}

	@Test
	void metBalanceActivatesOnlyAProposedCoalition() {
		Coalition coalition = proposed();
		assertThat(coalition.balanceMet("rule met", now)).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.balanceMet("rule met", now)).as("a second time changes nothing").isFalse();
		assertThat(coalition.pendingEvents()).hasSize(2);
		assertThat(coalition.pendingEvents().get(1).type())
			.isEqualTo(EventCatalog.of(CoalitionStatusChanged.class).name());
	}

	@Test
	void dormantWakesOnActivityButProposedDoesNotBecomeActive() {
		Coalition coalition = proposed();
		assertThat(coalition.goDormant("quiet", now)).as("only ACTIVE goes dormant").isFalse();
		coalition.activity(now.plusSeconds(60));
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.PROPOSED);

		coalition.balanceMet("rule met", now);
		assertThat(coalition.goDormant("quiet", now)).isTrue();
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.DORMANT);
		coalition.activity(now.plusSeconds(120));
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
		assertThat(coalition.getStatusReason()).isEqualTo("new activity");
	}

	@Test
	void aClosedCoalitionTakesNoEditsAndOnlyReopensFromClosed() {
		Coalition coalition = proposed();
		assertThatThrownBy(() -> coalition.reopen("why", "sam", now)).isInstanceOf(RuleViolationException.class);
		coalition.close("work done", "alice", now);
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.CLOSED);
		assertThatThrownBy(() -> coalition.editCharter(new EditCharter("s", "c", JoinPolicy.OPEN, null), 1, "alice", now))
			.isInstanceOf(RuleViolationException.class);
		coalition.reopen("revived", "sam", now);
		assertThat(coalition.getStatus()).isEqualTo(CoalitionStatus.ACTIVE);
	}

	@Test
	void aCharterEditBasedOnAnOldVersionIsAConflict() {
		Coalition coalition = proposed();
		coalition.editCharter(new EditCharter("New summary", "New charter", JoinPolicy.MODERATED, null), 1, "alice", now);
		assertThat(coalition.getCharterVersion()).isEqualTo(2);
		assertThat(coalition.getJoinPolicy()).isEqualTo(JoinPolicy.MODERATED);
		assertThat(coalition.pendingEvents().get(1).type()).isEqualTo(EventCatalog.of(CharterEdited.class).name());
		assertThatThrownBy(
				() -> coalition.editCharter(new EditCharter("Other", "Other", JoinPolicy.OPEN, null), 1, "bruno", now))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).isConflict()).isTrue());
		assertThat(coalition.getSummary()).isEqualTo("New summary");
	}
}
