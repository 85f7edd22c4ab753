package org.coalitions.contracts;

/**
 * Where a coalition stands in its life cycle; coalition-service's life-cycle rules decide the changes. Events,
 * stored documents and the APIs carry the constant's name.
 */
public enum CoalitionStatus {

	PROPOSED, ACTIVE, DORMANT, CLOSED

}
