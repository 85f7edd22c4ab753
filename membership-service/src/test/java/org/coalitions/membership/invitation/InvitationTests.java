package org.coalitions.membership.invitation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.InvitationSent;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.messaging.PendingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invitation's rules, on the aggregate alone. */
class InvitationTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void anInvitationIsValidForFourteenDaysAndRecordsInvitationSentWithTheAddressAndTheLink() {
		Invitation invitation = invitation();

		assertThat(invitation.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
		assertThat(invitation.state(NOW)).isEqualTo(InvitationState.PENDING);
		assertThat(invitation.state(NOW.plus(Duration.ofDays(14)).minusMillis(1))).isEqualTo(InvitationState.PENDING);
		assertThat(invitation.state(NOW.plus(Duration.ofDays(14)))).isEqualTo(InvitationState.EXPIRED);
		PendingEvent recorded = invitation.pendingEvents().get(0);
		assertThat(recorded.type()).isEqualTo(EventCatalog.of(InvitationSent.class).name());
		assertThat(recorded.key()).isEqualTo("c1");
		InvitationSent sent = EventJson.read(recorded.data().getBytes(StandardCharsets.UTF_8), InvitationSent.class);
		assertThat(sent).isEqualTo(new InvitationSent("c1", "i1", "Coalition One", "gita@example.org", "Alice",
				"Join us", NOW.plus(Duration.ofDays(14)), "/#/invitations/i1?token=t"));
	}

	@Test
	void anInvitationIsAcceptedOnceAndOnlyWhilePending() {
		Invitation invitation = invitation();

		invitation.accept("gita", NOW.plusSeconds(60));

		assertThat(invitation.state(NOW.plusSeconds(61))).isEqualTo(InvitationState.ACCEPTED);
		assertThat(invitation.acceptedBy()).isEqualTo("gita");
		assertThatThrownBy(() -> invitation.accept("gita", NOW.plusSeconds(120)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("used already")
			.matches(ex -> ((RuleViolationException) ex).isConflict());
	}

	@Test
	void anExpiredInvitationCannotBeAccepted() {
		Invitation invitation = invitation();

		assertThatThrownBy(() -> invitation.accept("gita", NOW.plus(Duration.ofDays(14))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("expired");
		assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
	}

	@Test
	void aRevokedInvitationCannotBeAcceptedAndRevokingTwiceChangesNothing() {
		Invitation invitation = invitation();

		assertThat(invitation.revoke("alice", NOW)).isTrue();
		assertThat(invitation.revoke("alice", NOW)).isFalse();

		assertThat(invitation.state(NOW)).isEqualTo(InvitationState.REVOKED);
		assertThatThrownBy(() -> invitation.accept("gita", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("revoked");
	}

	@Test
	void anAcceptedInvitationCannotBeRevoked() {
		Invitation invitation = invitation();
		invitation.accept("gita", NOW);

		assertThatThrownBy(() -> invitation.revoke("alice", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("accepted already");
	}

	@Test
	void aFailedAdmissionLeavesTheInvitationPending() {
		Invitation invitation = invitation();
		invitation.accept("gita", NOW);

		invitation.acceptanceFailed();

		assertThat(invitation.state(NOW)).isEqualTo(InvitationState.PENDING);
		assertThat(invitation.acceptedBy()).isNull();
	}

	private static Invitation invitation() {
		return Invitation.send("i1", "c1", "Coalition One", "gita@example.org", "Join us", "alice", "Alice",
				"/#/invitations/i1?token=t", NOW);
	}
}
