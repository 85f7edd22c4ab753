package org.coalitions.contracts;

/** How often a person wants the digest of what happened in their coalitions. */
public enum DigestPreference {

	DAILY, WEEKLY, OFF

}
