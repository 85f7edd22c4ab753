package org.coalitions.membership.profile;

import org.coalitions.contracts.StakeholderGroup;

/**
 * A person's name, stakeholder group or country changed: memberships that keep a copy for the balance must
 * follow. Published in-process only; other services learn of it through the memberships' events.
 */
public record ProfileChanged(String memberId, String displayName, StakeholderGroup stakeholderGroup,
		String country) {
}
