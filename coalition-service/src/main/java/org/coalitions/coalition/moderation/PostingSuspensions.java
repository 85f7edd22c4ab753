package org.coalitions.coalition.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.Role;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Who may not post in a coalition now, and the coordinators' commands. Coordinators suspend members (not
 * coordinators: a coordinator is demoted first, in membership-service; nor themselves), and lift suspensions.
 */
@Service
public class PostingSuspensions {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final PostingSuspensionRepository suspensions;

	private final CoalitionRegistry registry;

	private final Rosters rosters;

	private final Clock clock;

	PostingSuspensions(PostingSuspensionRepository suspensions, CoalitionRegistry registry, Rosters rosters,
			Clock clock) {
		this.suspensions = suspensions;
		this.registry = registry;
		this.rosters = rosters;
		this.clock = clock;
	}

	/** 403 saying until when, while the person's right to post in the coalition is suspended. */
	public void requireNotSuspended(String coalitionId, CurrentUser user) {
		Instant now = clock.instant();
		suspensions.findById(PostingSuspension.idOf(coalitionId, user.id()))
			.filter(suspension -> suspension.inForceAt(now))
			.ifPresent(suspension -> {
				throw new ForbiddenException("Your right to post in this coalition is suspended until "
						+ UNTIL.format(suspension.getUntil()) + ".");
			});
	}

	PostingSuspension suspend(String coalitionId, String memberId, Instant until, String reason,
			CurrentUser coordinator) {
		registry.get(coalitionId);
		rosters.requireCoordinator(coalitionId, coordinator);
		if (memberId.equals(coordinator.id())) {
			throw RuleViolationException.unprocessable("Coordinators cannot suspend themselves.");
		}
		Role role = rosters.roleOf(coalitionId, memberId)
			.orElseThrow(() -> RuleViolationException.unprocessable("Only members of this coalition can be suspended."));
		if (role == Role.COORDINATOR) {
			throw RuleViolationException
				.unprocessable("A coordinator cannot be suspended; change their role to member first.");
		}
		String name = rosters.members(coalitionId)
			.stream()
			.filter(member -> member.id().equals(memberId))
			.map(Rosters.Member::name)
			.findFirst()
			.orElse(null);
		return ConcurrentSaves.retrying(() -> {
			PostingSuspension suspension = suspensions.findById(PostingSuspension.idOf(coalitionId, memberId))
				.orElseGet(() -> PostingSuspension.none(coalitionId, memberId));
			suspension.suspend(name, until, reason, coordinator.id(), clock.instant());
			return suspensions.save(suspension);
		});
	}

	void lift(String coalitionId, String memberId, CurrentUser coordinator) {
		registry.get(coalitionId);
		rosters.requireCoordinator(coalitionId, coordinator);
		ConcurrentSaves.retrying(() -> {
			PostingSuspension suspension = suspensions.findById(PostingSuspension.idOf(coalitionId, memberId))
				.orElseThrow(() -> RuleViolationException.conflict("This member is not suspended."));
			suspension.lift(coordinator.id(), clock.instant());
			return suspensions.save(suspension);
		});
	}

	/** The suspensions in force, soonest ending first: coordinators only. */
	List<PostingSuspension> inForce(String coalitionId, CurrentUser coordinator) {
		registry.get(coalitionId);
		rosters.requireCoordinator(coalitionId, coordinator);
		return suspensions.findByCoalitionIdAndUntilAfterAndLiftedAtIsNullOrderByUntilAsc(coalitionId,
				clock.instant());
	}
}
