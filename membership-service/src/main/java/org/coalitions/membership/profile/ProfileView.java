package org.coalitions.membership.profile;

import java.time.Instant;
import java.util.Map;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.StakeholderGroup;

/**
 * A person's own profile. {@code digest} is their choice (null: the default for their role);
 * {@code effectiveDigest} is what applies now. {@code language}: the pages' language they chose (null: the
 * browser's). {@code complete}: group and country are set, so they can join. {@code coalitionDigests}: the digest
 * they chose for some of their coalitions, by coalition id, overriding {@code digest} there.
 */
record ProfileView(String id, String displayName, String email, StakeholderGroup stakeholderGroup, String country,
		String organisation, String timeZone, DigestPreference digest, DigestPreference effectiveDigest,
		boolean actionMails, boolean emailVisibleToCoordinators, String language, boolean complete, Instant createdAt,
		Instant updatedAt, Map<String, DigestPreference> coalitionDigests) {

	static ProfileView of(MemberProfile profile, boolean coordinator) {
		DigestPreference effective = profile.getDigest() != null ? profile.getDigest()
				: coordinator ? DigestPreference.DAILY : DigestPreference.WEEKLY;
		return new ProfileView(profile.getId(), profile.getDisplayName(), profile.getEmail(),
				profile.getStakeholderGroup(), profile.getCountry(), profile.getOrganisation(), profile.getTimeZone(),
				profile.getDigest(), effective, profile.isActionMails(), profile.isEmailVisibleToCoordinators(),
				profile.getLanguage(), profile.isComplete(), profile.getCreatedAt(), profile.getUpdatedAt(),
				profile.getCoalitionDigests());
	}
}
