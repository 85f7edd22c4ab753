package org.coalitions.platform.security;

/**
 * Who may operate the platform through its operations API ({@code /api/operations/**}: dead letters): the one home
 * of that role check, asked by {@link ResourceServer} for every service: the secretariat and the realm's operators.
 */
public final class Operators {

	/** The realm roles, any one of which is enough. */
	public static final String[] ROLES = { KeycloakRoles.SECRETARIAT, KeycloakRoles.OPERATOR };

	/** The paths of the operations API, in every service. */
	public static final String PATHS = "/api/operations/**";

	private Operators() {
	}
}
