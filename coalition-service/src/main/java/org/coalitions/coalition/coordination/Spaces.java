package org.coalitions.coalition.coordination;

import java.util.ArrayList;
import java.util.List;

import org.coalitions.coalition.group.CoordinationGroupMembership;
import org.coalitions.coalition.moderation.PostingSuspensions;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.CoordinationGroup;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Where threads and meetings live: a coalition, or the coordination group ({@link CoordinationGroup#ID}), whose
 * space works like a coalition's. In a coalition its members post and its coordinators schedule meetings and add
 * minutes; in the group its members and the secretariat do both. Moderating posts (hiding them) is for a
 * coalition's coordinators, in the group for the secretariat; reading what was hidden and what an edit replaced is
 * for those and the secretariat everywhere. A member whose right to post is suspended posts nothing.
 */
@Component
record Spaces(CoalitionRegistry registry, Rosters rosters, CoordinationGroupMembership group,
		PostingSuspensions suspensions) {

	static boolean isGroup(String spaceId) {
		return CoordinationGroup.ID.equals(spaceId);
	}

	/** 404 for an unknown coalition; the group is always there. */
	void requireExists(String spaceId) {
		if (!isGroup(spaceId)) {
			registry.get(spaceId);
		}
	}

	/** What the space is called (a calendar's name); 404 for an unknown coalition. */
	String nameOf(String spaceId) {
		return isGroup(spaceId) ? "Coordination group" : registry.get(spaceId).getName();
	}

	/** The spaces whose meetings are the person's: their coalitions, and the group if they belong to it. */
	List<String> spacesOf(String personId) {
		List<String> spaces = new ArrayList<>(rosters.coalitionsOf(personId));
		if (group.isMember(new CurrentUser(personId, null, null, false))) {
			spaces.add(CoordinationGroup.ID);
		}
		return spaces;
	}

	/** Starting threads and replying. */
	void requireMayPost(String spaceId, CurrentUser user) {
		if (isGroup(spaceId)) {
			group.requireMayPost(user);
			return;
		}
		registry.get(spaceId).requireNotClosed("posted to");
		rosters.requireMember(spaceId, user);
		suspensions.requireNotSuspended(spaceId, user);
	}

	/** Hiding posts and showing them again. */
	void requireMayModerate(String spaceId, CurrentUser user) {
		if (isGroup(spaceId)) {
			if (!user.secretariat()) {
				throw new ForbiddenException("Only the secretariat may moderate the coordination group's posts.");
			}
			return;
		}
		registry.get(spaceId);
		rosters.requireCoordinator(spaceId, user);
	}

	/** Whether the person sees hidden posts' text and earlier versions of edited ones; null: no one signed in. */
	boolean maySeeModeratedText(String spaceId, CurrentUser user) {
		return user != null && (user.secretariat() || !isGroup(spaceId) && rosters.isCoordinator(spaceId, user));
	}

	/** Scheduling meetings. */
	void requireMaySchedule(String spaceId, CurrentUser user) {
		if (isGroup(spaceId)) {
			group.requireMayPost(user);
			return;
		}
		registry.get(spaceId).requireNotClosed("given new meetings");
		rosters.requireCoordinator(spaceId, user);
	}

	/** Changing and cancelling a meeting: who schedules them, also in a closed coalition (to cancel what is left). */
	void requireMayChangeMeetings(String spaceId, CurrentUser user) {
		if (isGroup(spaceId)) {
			group.requireMayPost(user);
			return;
		}
		rosters.requireCoordinator(spaceId, user);
	}

	/** Adding minutes to a meeting. */
	void requireMayAddMinutes(String spaceId, CurrentUser user) {
		if (isGroup(spaceId)) {
			group.requireMayPost(user);
			return;
		}
		rosters.requireCoordinator(spaceId, user);
	}
}
