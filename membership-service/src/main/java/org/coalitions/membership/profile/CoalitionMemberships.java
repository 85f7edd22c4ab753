package org.coalitions.membership.profile;

import java.util.Map;

/**
 * Someone's coalitions, which decide whose digest they may choose. Memberships answer it; the interface lives here
 * so that profiles need not depend on them.
 */
public interface CoalitionMemberships {

	boolean isMember(String memberId, String coalitionId);

	/** The coalitions the person is a member of: their names by id. */
	Map<String, String> coalitionsOf(String memberId);
}
