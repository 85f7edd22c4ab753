package org.coalitions.membership.roster;

import jakarta.validation.constraints.NotNull;
import org.coalitions.contracts.Role;
import org.coalitions.membership.profile.OneOf;

/** The role a member is to have: COORDINATOR or MEMBER. */
record RoleChange(@NotNull @OneOf(Role.class) String role) {
}
