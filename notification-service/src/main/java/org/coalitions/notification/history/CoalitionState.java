package org.coalitions.notification.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitions.contracts.BalanceChanged;
import org.coalitions.contracts.CoalitionEvent;
import org.coalitions.contracts.CoalitionProposed;
import org.coalitions.contracts.CoalitionStatus;
import org.coalitions.contracts.CoalitionStatusChanged;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.MemberLeft;
import org.coalitions.contracts.ReportingStatusChanged;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.RoleChanged;

/**
 * A coalition as it stood at an instant, worked out from its events up to then. Nothing is decided here: the
 * status, the reporting status and the balance are what coalition-service and membership-service published at the
 * time (their rules have one home each, and the events carry their outcomes), the members are those who had
 * joined and not left, with the name, stakeholder group and country they joined with and their role then. Never
 * addresses: the events carry none.
 * @param coalitionId the coalition
 * @param name its name as proposed
 * @param at the instant asked about
 * @param status its status then
 * @param reporting the headline annual report then; null before the first was published
 * @param balance the stakeholder balance membership-service last published by then; null before any
 * @param members the members then, coordinators first, then by name
 */
public record CoalitionState(String coalitionId, String name, Instant at, String status, Reporting reporting,
		Balance balance, List<Member> members) {

	/** A member then: joined with that name, group and country; the role as it was then. */
	public record Member(String memberId, String displayName, String stakeholderGroup, String country, String role,
			Instant since) {

		Member withRole(String newRole) {
			return new Member(memberId, displayName, stakeholderGroup, country, newRole, since);
		}
	}

	/** The headline annual report as published then. */
	public record Reporting(int cycle, String status, LocalDate deadline) {
	}

	/** The stakeholder balance as published then. */
	public record Balance(int members, Map<String, Integer> byStakeholderGroup, Map<String, Integer> byRegion,
			int developingCountryMembers, int distinctStakeholderGroups, boolean ruleMet, Instant since) {
	}

	/**
	 * Replays the coalition's events, in the order they happened, up to and including {@code at}; empty when it had
	 * not been proposed by then.
	 */
	static Optional<CoalitionState> of(String coalitionId, List<DatedEvent> events, Instant at) {
		String name = null;
		String status = null;
		Reporting reporting = null;
		Balance balance = null;
		Map<String, Member> members = new LinkedHashMap<>();
		for (DatedEvent dated : events) {
			if (dated.at().isAfter(at) || !coalitionId.equals(dated.event().coalitionId())) {
				continue;
			}
			CoalitionEvent event = dated.event();
			if (event instanceof CoalitionProposed proposed) {
				name = proposed.name();
				status = CoalitionStatus.PROPOSED.name();
			}
			else if (event instanceof CoalitionStatusChanged changed) {
				status = changed.to();
			}
			else if (event instanceof ReportingStatusChanged changed) {
				reporting = new Reporting(changed.cycle(), changed.status(), changed.deadline());
			}
			else if (event instanceof BalanceChanged changed) {
				balance = new Balance(changed.members(), changed.byStakeholderGroup(), changed.byRegion(),
						changed.developingCountryMembers(), changed.distinctStakeholderGroups(), changed.ruleMet(),
						dated.at());
			}
			else if (event instanceof MemberJoined joined) {
				members.put(joined.memberId(), new Member(joined.memberId(), joined.displayName(),
						joined.stakeholderGroup(), joined.country(), joined.role(), dated.at()));
			}
			else if (event instanceof RoleChanged changed) {
				members.computeIfPresent(changed.memberId(), (id, member) -> member.withRole(changed.role()));
			}
			else if (event instanceof MemberLeft left) {
				members.remove(left.memberId());
			}
			// activity, process and coordination events change none of this
		}
		if (name == null) {
			return Optional.empty();
		}
		List<Member> listed = members.values().stream()
			.sorted(Comparator.comparing((Member member) -> !Role.COORDINATOR.name().equals(member.role()))
				.thenComparing(member -> String.valueOf(member.displayName()), String.CASE_INSENSITIVE_ORDER))
			.toList();
		return Optional.of(new CoalitionState(coalitionId, name, at, status, reporting, balance, listed));
	}
}
