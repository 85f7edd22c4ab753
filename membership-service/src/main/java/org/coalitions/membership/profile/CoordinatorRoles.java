package org.coalitions.membership.profile;

/**
 * Whether someone coordinates any coalition, which decides their default digest. Memberships answer it; the
 * interface lives here so that profiles need not depend on them.
 */
@FunctionalInterface
public interface CoordinatorRoles {

	boolean coordinatesAny(String memberId);
}
