package org.coalitions.coalition.registry;

public enum CoalitionStatus {

	PROPOSED, ACTIVE, DORMANT, CLOSED

}
