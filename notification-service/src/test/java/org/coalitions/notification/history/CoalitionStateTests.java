package org.coalitions.notification.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.ThreadStarted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoalitionStateTests {

	static final String ID = "c1";

	static final List<DatedEvent> HISTORY = List.of(
			at("2015-01-10T09:00:00Z", new CoalitionProposed(ID, "Dynamic Coalition on Spam", "SPAM", "s", "OPEN", "ana", "Ana")),
			at("2015-01-10T09:00:00Z", new MemberJoined(ID, "ana", "Ana", "CIVIL_SOCIETY", "BR", "COORDINATOR")),
			at("2015-01-10T09:00:00Z", new ReportingStatusChanged(ID, 2015, "DUE", LocalDate.of(2016, 3, 31))),
			at("2015-02-01T10:00:00Z", new MemberJoined(ID, "bo", "Bo", "GOVERNMENT", "KE", "MEMBER")),
			at("2015-02-01T10:00:00Z", balance(2, false)),
			at("2015-03-01T10:00:00Z", new MemberJoined(ID, "cy", "Cy", "PRIVATE_SECTOR", "FR", "MEMBER")),
			at("2015-03-01T10:00:00Z", balance(3, true)),
			at("2015-03-01T10:00:00Z", new CoalitionStatusChanged(ID, "PROPOSED", "ACTIVE", "rule met")),
			at("2015-05-01T10:00:00Z", new ThreadStarted(ID, "t1", "Filters", "bo", "Bo")),
			at("2016-01-05T10:00:00Z", new RoleChanged(ID, "bo", "COORDINATOR", "ana")),
			at("2016-01-05T10:00:00Z", new MemberLeft(ID, "ana", null)),
			at("2016-01-05T10:00:00Z", balance(2, false)),
			at("2016-04-01T00:00:00Z", new ReportingStatusChanged(ID, 2015, "OVERDUE", LocalDate.of(2016, 3, 31))),
			at("2016-04-01T00:00:00Z", new CoalitionStatusChanged(ID, "ACTIVE", "INACTIVE", "report overdue")));

	@Test
	void beforeTheProposalThereIsNoState() {
		assertThat(CoalitionState.of(ID, HISTORY, Instant.parse("2015-01-09T23:59:59Z"))).isEmpty();
	}

	@Test
	void onTheDayOfTheProposalTheProposerCoordinatesAProposedCoalition() {
		CoalitionState state = CoalitionState.of(ID, HISTORY, Instant.parse("2015-01-10T23:59:59Z")).orElseThrow();

		assertThat(state.name()).isEqualTo("Dynamic Coalition on Spam");
		assertThat(state.status()).isEqualTo("PROPOSED");
		assertThat(state.members()).extracting(CoalitionState.Member::displayName, CoalitionState.Member::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", "COORDINATOR"));
		assertThat(state.balance()).as("no balance published yet").isNull();
		assertThat(state.reporting()).isEqualTo(new CoalitionState.Reporting(2015, "DUE", LocalDate.of(2016, 3, 31)));
	}

	@Test
	void theBalanceAndStatusAreTheLatestPublishedByThen() {
		CoalitionState state = CoalitionState.of(ID, HISTORY, Instant.parse("2015-06-01T00:00:00Z")).orElseThrow();

		assertThat(state.status()).isEqualTo("ACTIVE");
		assertThat(state.balance().members()).isEqualTo(3);
		assertThat(state.balance().ruleMet()).isTrue();
		assertThat(state.balance().since()).isEqualTo(Instant.parse("2015-03-01T10:00:00Z"));
		assertThat(state.members()).extracting(CoalitionState.Member::memberId)
			.as("coordinators first, then by name")
			.containsExactly("ana", "bo", "cy");
		assertThat(state.members().get(2)).isEqualTo(new CoalitionState.Member("cy", "Cy", "PRIVATE_SECTOR", "FR",
				"MEMBER", Instant.parse("2015-03-01T10:00:00Z")));
	}

	@Test
	void aMemberWhoLeftIsGoneAndARoleChangeCountsFromItsDay() {
		CoalitionState state = CoalitionState.of(ID, HISTORY, Instant.parse("2016-02-01T00:00:00Z")).orElseThrow();

		assertThat(state.members()).extracting(CoalitionState.Member::memberId, CoalitionState.Member::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("bo", "COORDINATOR"),
					org.assertj.core.groups.Tuple.tuple("cy", "MEMBER"));
		assertThat(state.balance().ruleMet()).isFalse();
		assertThat(state.status()).isEqualTo("ACTIVE");
	}

	@Test
	void eventsAfterTheInstantAndOfOtherCoalitionsChangeNothing() {
		List<DatedEvent> withOthers = new java.util.ArrayList<>(HISTORY);
		withOthers.add(at("2015-02-01T10:00:00Z", new MemberJoined("c2", "dee", "Dee", "GOVERNMENT", "DE", "MEMBER")));

		CoalitionState before = CoalitionState.of(ID, withOthers, Instant.parse("2016-03-31T23:59:59Z")).orElseThrow();
		CoalitionState after = CoalitionState.of(ID, withOthers, Instant.parse("2016-04-01T00:00:00Z")).orElseThrow();

		assertThat(before.members()).extracting(CoalitionState.Member::memberId).doesNotContain("dee");
		assertThat(before.status()).isEqualTo("ACTIVE");
		assertThat(before.reporting().status()).isEqualTo("DUE");
		assertThat(after.status()).as("an event at the instant counts").isEqualTo("INACTIVE");
		assertThat(after.reporting().status()).isEqualTo("OVERDUE");
	}

	static DatedEvent at(String instant, org.coalitions.contracts.CoalitionEvent event) {
		return new DatedEvent(Instant.parse(instant), event);
	}

	static BalanceChanged balance(int members, boolean ruleMet) {
		return new BalanceChanged(ID, members, Map.of("CIVIL_SOCIETY", 1), Map.of("AFRICAN_STATES", 1), 1,
				ruleMet ? 3 : 2, ruleMet);
	}
}
