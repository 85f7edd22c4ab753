package org.coalitions.membership.profile;

import org.coalitions.contracts.DigestPreference;

/**
 * One of the person's coalitions in their mail settings: {@code digest}, the digest they chose for it (null: their
 * default one); {@code effectiveDigest}, the one its news goes into now.
 */
record CoalitionDigestView(String coalitionId, String name, DigestPreference digest,
		DigestPreference effectiveDigest) {
}
