package org.coalitions.membership.roster;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.coalitions.contracts.JoinPolicy;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.EventCatalog;
import org.coalitions.contracts.EventJson;
import org.coalitions.contracts.JoinRequestDecided;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.RoleChanged;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coalitions.contracts.StakeholderGroup.CIVIL_SOCIETY;
import static org.coalitions.contracts.StakeholderGroup.GOVERNMENT;
import static org.coalitions.contracts.StakeholderGroup.PRIVATE_SECTOR;

/** The roster's rules, on the aggregate alone: what each command allows, changes and records. */
class RosterTests {

	static final BalanceRule RULE = new BalanceRule(3);

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	/** MemberJoined and BalanceChanged of the proposer's appointment. */
	static final int PROPOSAL_EVENTS = 2;

	static final JoinTerms OPEN = new JoinTerms(JoinPolicy.OPEN, false);

	static final JoinTerms MODERATED = new JoinTerms(JoinPolicy.MODERATED, false);

	final Applicant proposer = applicant("pat", CIVIL_SOCIETY, "KE");

	final Applicant ana = applicant("ana", GOVERNMENT, "BR");

	final Applicant bo = applicant("bo", PRIVATE_SECTOR, "US");

	@Test
	void theProposerBecomesTheFirstCoordinatorOncePerProposal() {
		Roster roster = Roster.start("c1");

		assertThat(roster.appointProposer("event-1", proposer, RULE, NOW)).isTrue();
		assertThat(roster.appointProposer("event-1", proposer, RULE, NOW)).isFalse();

		assertThat(roster.members()).singleElement().satisfies(member -> {
			assertThat(member.memberId()).isEqualTo("pat");
			assertThat(member.role()).isEqualTo(Role.COORDINATOR);
		});
		assertThat(types(roster, 0)).containsExactly(MemberJoined.class, BalanceChanged.class);
		assertThat(event(roster, 0, MemberJoined.class).role()).isEqualTo("COORDINATOR");
	}

	@Test
	void aProposerWhoJoinedFirstIsPromoted() {
		Roster roster = Roster.start("c1");
		roster.join(proposer, OPEN, null, RULE, NOW);

		roster.appointProposer("event-1", proposer, RULE, NOW);

		assertThat(roster.isCoordinator("pat")).isTrue();
		assertThat(roster.members()).hasSize(1);
		assertThat(types(roster, 0)).containsExactly(MemberJoined.class, BalanceChanged.class, RoleChanged.class);
	}

	@Test
	void aProposerWhoAskedToJoinFirstHasTheRequestSettledByTheProposal() {
		Roster roster = Roster.start("c1");
		String requestId = roster.join(proposer, MODERATED, null, RULE, NOW).request().requestId();

		roster.appointProposer("event-1", proposer, RULE, NOW);

		assertThat(roster.isCoordinator("pat")).isTrue();
		assertThat(roster.request(requestId)).get().extracting(JoinRequest::status).isEqualTo(JoinRequestStatus.APPROVED);
		assertThat(types(roster, 0)).containsExactly(JoinRequested.class, JoinRequestDecided.class, MemberJoined.class,
				BalanceChanged.class);
	}

	@Test
	void anOpenCoalitionTakesMembersAtOnce() {
		Roster roster = proposed();

		Roster.JoinOutcome outcome = roster.join(ana, OPEN, "hello", RULE, NOW);

		assertThat(outcome.membership().role()).isEqualTo(Role.MEMBER);
		assertThat(outcome.request()).isNull();
		assertThat(types(roster, PROPOSAL_EVENTS)).containsExactly(MemberJoined.class, BalanceChanged.class);
		MemberJoined joined = event(roster, PROPOSAL_EVENTS, MemberJoined.class);
		assertThat(joined.stakeholderGroup()).isEqualTo("GOVERNMENT");
		assertThat(joined.country()).isEqualTo("BR");
		assertThat(event(roster, PROPOSAL_EVENTS + 1, BalanceChanged.class).members()).isEqualTo(2);
	}

	@Test
	void aModeratedCoalitionQueuesARequestAndTheBalanceStays() {
		Roster roster = proposed();

		Roster.JoinOutcome outcome = roster.join(ana, MODERATED, "I work on this", RULE, NOW);

		assertThat(outcome.membership()).isNull();
		assertThat(outcome.request().status()).isEqualTo(JoinRequestStatus.PENDING);
		assertThat(roster.member("ana")).isEmpty();
		assertThat(types(roster, PROPOSAL_EVENTS)).containsExactly(JoinRequested.class);
		assertThat(event(roster, PROPOSAL_EVENTS, JoinRequested.class).message()).isEqualTo("I work on this");
	}

	@Test
	void joiningTwiceOrWhileARequestIsPendingIsAConflict() {
		Roster open = proposed();
		open.join(ana, OPEN, null, RULE, NOW);
		assertConflict(() -> open.join(ana, OPEN, null, RULE, NOW));

		Roster moderated = proposed();
		moderated.join(ana, MODERATED, null, RULE, NOW);
		assertConflict(() -> moderated.join(ana, MODERATED, null, RULE, NOW));
	}

	@Test
	void aClosedCoalitionTakesNoNewMembers() {
		Roster roster = proposed();
		assertConflict(() -> roster.join(ana, new JoinTerms(JoinPolicy.OPEN, true), null, RULE, NOW));
		assertThat(roster.member("ana")).isEmpty();
	}

	@Test
	void joiningNeedsAStakeholderGroupAndACountry() {
		Roster roster = proposed();
		for (Applicant incomplete : List.of(applicant("x", null, "KE"), applicant("y", GOVERNMENT, null))) {
			assertThatThrownBy(() -> roster.join(incomplete, OPEN, null, RULE, NOW))
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.isConflict()).isFalse())
				.hasMessageContaining("Complete your profile");
		}
		assertThat(roster.members()).hasSize(1);
	}

	@Test
	void onlyThisCoalitionsCoordinatorsSeeRequests() {
		Roster roster = proposed();
		String requestId = roster.join(ana, MODERATED, null, RULE, NOW).request().requestId();
		roster.join(bo, OPEN, null, RULE, NOW);

		assertThat(roster.joinRequests(null, "pat")).extracting(JoinRequest::requestId).containsExactly(requestId);
		assertThatThrownBy(() -> roster.joinRequests(null, "bo")).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> roster.joinRequests(null, "ana")).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void onlyThisCoalitionsCoordinatorsDecideRequests() {
		Roster roster = proposed();
		String requestId = roster.join(ana, MODERATED, null, RULE, NOW).request().requestId();
		roster.join(bo, OPEN, null, RULE, NOW);

		assertThatThrownBy(() -> roster.decide(requestId, true, null, ana, MODERATED, "bo", RULE, NOW))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> roster.decide(requestId, true, null, ana, MODERATED, "stranger", RULE, NOW))
			.isInstanceOf(ForbiddenException.class);
		assertThat(roster.member("ana")).isEmpty();
	}

	@Test
	void anApprovedRequestMakesAMemberOnce() {
		Roster roster = proposed();
		String requestId = roster.join(ana, MODERATED, null, RULE, NOW).request().requestId();

		JoinRequest decided = roster.decide(requestId, true, "welcome", ana, MODERATED, "pat", RULE, NOW);

		assertThat(decided.status()).isEqualTo(JoinRequestStatus.APPROVED);
		assertThat(roster.member("ana")).get().extracting(Membership::role).isEqualTo(Role.MEMBER);
		assertThat(types(roster, PROPOSAL_EVENTS)).containsExactly(JoinRequested.class, JoinRequestDecided.class,
				MemberJoined.class, BalanceChanged.class);
		JoinRequestDecided event = event(roster, PROPOSAL_EVENTS + 1, JoinRequestDecided.class);
		assertThat(event.approved()).isTrue();
		assertThat(event.decidedBy()).isEqualTo("pat");
		assertThat(event.message()).isEqualTo("welcome");
		assertConflict(() -> roster.decide(requestId, false, null, ana, MODERATED, "pat", RULE, NOW));
		assertThatThrownBy(() -> roster.decide("nope", true, null, ana, MODERATED, "pat", RULE, NOW))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aRejectedRequestMakesNoMemberAndMayBeMadeAgain() {
		Roster roster = proposed();
		String requestId = roster.join(ana, MODERATED, null, RULE, NOW).request().requestId();

		roster.decide(requestId, false, "not now", ana, MODERATED, "pat", RULE, NOW);

		assertThat(roster.member("ana")).isEmpty();
		assertThat(types(roster, PROPOSAL_EVENTS)).containsExactly(JoinRequested.class, JoinRequestDecided.class);
		assertThat(roster.joinRequests(JoinRequestStatus.PENDING)).isEmpty();
		assertThat(roster.join(ana, MODERATED, null, RULE, NOW).request()).isNotNull();
	}

	@Test
	void theLastCoordinatorCannotLeaveWithoutASuccessor() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		int recorded = roster.pendingEvents().size();

		assertThatThrownBy(() -> roster.leave("pat", null, RULE, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.isConflict()).isFalse())
			.hasMessageContaining("successor");

		assertThat(roster.isCoordinator("pat")).isTrue();
		assertThat(roster.pendingEvents()).hasSize(recorded);
	}

	@Test
	void theLastCoordinatorLeavesByNamingASuccessorWhoIsPromotedFirst() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		int before = roster.pendingEvents().size();

		roster.leave("pat", "ana", RULE, NOW);

		assertThat(roster.member("pat")).isEmpty();
		assertThat(roster.isCoordinator("ana")).isTrue();
		List<Class<?>> recorded = types(roster, before);
		assertThat(recorded).containsExactly(RoleChanged.class, MemberLeft.class, BalanceChanged.class);
		RoleChanged promoted = event(roster, before, RoleChanged.class);
		assertThat(promoted.memberId()).isEqualTo("ana");
		assertThat(promoted.role()).isEqualTo("COORDINATOR");
		assertThat(promoted.changedBy()).isEqualTo("pat");
		assertThat(event(roster, before + 1, MemberLeft.class).removedBy()).isNull();
	}

	@Test
	void anErasedLastCoordinatorLeavesAtOnceAndTheEarliestMemberSucceeds() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		roster.join(bo, OPEN, null, RULE, NOW.plusSeconds(60));
		int before = roster.pendingEvents().size();

		roster.erase("pat", RULE, NOW.plusSeconds(120));

		assertThat(roster.member("pat")).isEmpty();
		assertThat(roster.isCoordinator("ana")).isTrue();
		assertThat(roster.isCoordinator("bo")).isFalse();
		assertThat(types(roster, before)).containsExactly(RoleChanged.class, MemberLeft.class, BalanceChanged.class);
	}

	@Test
	void anErasedPersonsJoinRequestsGoWithTheirNamesAndNothingElseChanges() {
		Roster roster = proposed();
		roster.join(ana, MODERATED, "Ana here, from Brasília.", RULE, NOW);
		assertThat(roster.namesOf("ana")).containsExactly(ana.displayName());
		int before = roster.pendingEvents().size();

		roster.erase("ana", RULE, NOW);

		assertThat(roster.joinRequests(null)).isEmpty();
		assertThat(roster.namesOf("ana")).isEmpty();
		assertThat(roster.pendingEvents()).hasSize(before);
		assertThat(roster.isCoordinator("pat")).isTrue();
	}

	@Test
	void aSuccessorMustBeAnotherMemberAndOnlyCoordinatorsNameOne() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		roster.join(bo, OPEN, null, RULE, NOW);

		assertUnprocessable(() -> roster.leave("pat", "stranger", RULE, NOW));
		assertUnprocessable(() -> roster.leave("pat", "pat", RULE, NOW));
		// otherwise a member could make anyone a coordinator on the way out
		assertUnprocessable(() -> roster.leave("ana", "bo", RULE, NOW));
		assertThat(roster.isCoordinator("bo")).isFalse();
	}

	@Test
	void aMemberLeavesFreelyAndACoordinatorWithAnotherCoordinatorToo() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		roster.join(bo, OPEN, null, RULE, NOW);
		roster.changeRole("ana", Role.COORDINATOR, "pat", NOW);

		roster.leave("bo", null, RULE, NOW);
		roster.leave("pat", null, RULE, NOW);

		assertThat(roster.members()).extracting(Membership::memberId).containsExactly("ana");
		assertThatThrownBy(() -> roster.leave("bo", null, RULE, NOW)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void coordinatorsRemoveMembersAndMembersDoNot() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		roster.join(bo, OPEN, null, RULE, NOW);

		assertThatThrownBy(() -> roster.remove("bo", "ana", RULE, NOW)).isInstanceOf(ForbiddenException.class);
		int before = roster.pendingEvents().size();
		roster.remove("bo", "pat", RULE, NOW);

		assertThat(roster.member("bo")).isEmpty();
		assertThat(event(roster, before, MemberLeft.class).removedBy()).isEqualTo("pat");
		assertThatThrownBy(() -> roster.remove("bo", "pat", RULE, NOW)).isInstanceOf(NotFoundException.class);
		// removing oneself is leaving, under the same rule
		assertUnprocessable(() -> roster.remove("pat", "pat", RULE, NOW));
	}

	@Test
	void theLastCoordinatorCannotStepDownButCanAfterPromotingSomeone() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);

		assertUnprocessable(() -> roster.changeRole("pat", Role.MEMBER, "pat", NOW));
		assertThatThrownBy(() -> roster.changeRole("ana", Role.COORDINATOR, "ana", NOW))
			.isInstanceOf(ForbiddenException.class);

		assertThat(roster.changeRole("ana", Role.COORDINATOR, "pat", NOW)).isTrue();
		assertThat(roster.changeRole("ana", Role.COORDINATOR, "pat", NOW)).isFalse();
		assertThat(roster.changeRole("pat", Role.MEMBER, "pat", NOW)).isTrue();

		assertThat(roster.isCoordinator("pat")).isFalse();
		assertThat(roster.isCoordinator("ana")).isTrue();
		assertThat(types(roster, 0).stream().filter(RoleChanged.class::equals)).hasSize(2);
	}

	@Test
	void theBalanceIsRecordedWhenItChangesAndOnlyThen() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		int before = roster.pendingEvents().size();

		roster.changeRole("ana", Role.COORDINATOR, "pat", NOW);
		roster.refresh(applicant("ana", GOVERNMENT, "BR", "Ana Renamed"), RULE, NOW);
		assertThat(types(roster, before)).containsExactly(RoleChanged.class);

		roster.refresh(applicant("ana", GOVERNMENT, "DE"), RULE, NOW);
		assertThat(types(roster, 0).get(roster.pendingEvents().size() - 1)).isEqualTo(BalanceChanged.class);
		BalanceChanged balance = event(roster, roster.pendingEvents().size() - 1, BalanceChanged.class);
		assertThat(balance.byRegion()).containsEntry("WESTERN_EUROPEAN_AND_OTHER_STATES", 1)
			.containsEntry("LATIN_AMERICAN_AND_CARIBBEAN_STATES", 0);
	}

	@Test
	void theRuleIsMetWithTheThirdStakeholderGroup() {
		Roster roster = proposed();
		roster.join(ana, OPEN, null, RULE, NOW);
		assertThat(lastBalance(roster).ruleMet()).isFalse();

		roster.join(bo, OPEN, null, RULE, NOW);

		BalanceChanged balance = lastBalance(roster);
		assertThat(balance.ruleMet()).isTrue();
		assertThat(balance.distinctStakeholderGroups()).isEqualTo(3);
		assertThat(balance.members()).isEqualTo(3);
	}

	/** A coalition whose proposer has been appointed: its first {@link #PROPOSAL_EVENTS} events are that. */
	private Roster proposed() {
		Roster roster = Roster.start("c1");
		roster.appointProposer("proposal", proposer, RULE, NOW);
		return roster;
	}

	private static Applicant applicant(String id, StakeholderGroup group, String country) {
		return applicant(id, group, country, id.toUpperCase());
	}

	private static Applicant applicant(String id, StakeholderGroup group, String country, String name) {
		return new Applicant(id, name, group, country);
	}

	/** The types of the events recorded from position {@code from} on. */
	private static List<Class<?>> types(Roster roster, int from) {
		return roster.pendingEvents().stream().skip(from).map(RosterTests::typeOf).toList();
	}

	private static <T extends CoalitionEvent> T event(Roster roster, int index, Class<T> type) {
		PendingEvent event = roster.pendingEvents().get(index);
		assertThat(typeOf(event)).isEqualTo(type);
		return EventJson.read(event.data().getBytes(StandardCharsets.UTF_8), type);
	}

	private static BalanceChanged lastBalance(Roster roster) {
		List<PendingEvent> events = roster.pendingEvents();
		for (int i = events.size() - 1; i >= 0; i--) {
			if (typeOf(events.get(i)) == BalanceChanged.class) {
				return event(roster, i, BalanceChanged.class);
			}
		}
		throw new AssertionError("no BalanceChanged recorded");
	}

	private static Class<?> typeOf(PendingEvent event) {
		return EventCatalog.byName(event.type()).orElseThrow().dataType();
	}

	private static void assertConflict(Runnable command) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.isConflict()).isTrue());
	}

	private static void assertUnprocessable(Runnable command) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.isConflict()).isFalse());
	}
}
