package org.coalitions.membership.roster;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.membership.profile.MemberProfile;

/**
 * A member as the members list shows them; {@code organisation} and {@code email} only where the viewer may see
 * them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MemberView(String memberId, String displayName, StakeholderGroup stakeholderGroup, String country,
		String organisation, Role role, Instant joinedAt, String email) {

	static MemberView of(Membership membership, MemberProfile profile, boolean showOrganisation, boolean showEmail) {
		if (profile == null) {
			return new MemberView(membership.memberId(), membership.displayName(), membership.stakeholderGroup(),
					membership.country(), null, membership.role(), membership.joinedAt(), null);
		}
		return new MemberView(membership.memberId(), profile.getDisplayName(), profile.getStakeholderGroup(),
				profile.getCountry(), showOrganisation ? profile.getOrganisation() : null, membership.role(), membership.joinedAt(),
				showEmail ? profile.getEmail() : null);
	}
}
