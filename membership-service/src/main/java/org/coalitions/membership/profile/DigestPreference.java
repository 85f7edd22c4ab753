package org.coalitions.membership.profile;

/** How often a person wants the digest of what happened in their coalitions. */
public enum DigestPreference {

	DAILY, WEEKLY, OFF

}
