package org.coalitions.membership.roster;

import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.membership.profile.MemberProfile;

/** A person as a roster copies them: what the balance counts and the events carry. */
record Applicant(String memberId, String displayName, StakeholderGroup stakeholderGroup, String country) {

	static Applicant of(MemberProfile profile) {
		return new Applicant(profile.getId(), profile.getDisplayName(), profile.getStakeholderGroup(),
				profile.getCountry());
	}

	boolean complete() {
		return stakeholderGroup != null && country != null;
	}

	String groupName() {
		return stakeholderGroup == null ? null : stakeholderGroup.name();
	}
}
