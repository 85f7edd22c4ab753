package org.coalitions.contracts;

/**
 * Where a coalition stands in its life cycle; coalition-service's life-cycle rules decide the changes. PROPOSED:
 * waiting for the secretariat's review or for three stakeholder groups. ACTIVE: approved and balanced. INACTIVE:
 * on the forum's list of inactive coalitions (its annual report is overdue). CLOSED: ended by its coordinators
 * or the secretariat. DECLINED: the secretariat declined the proposal (final). Events, stored documents and the
 * APIs carry the constant's name.
 */
public enum CoalitionStatus {

	PROPOSED, ACTIVE, INACTIVE, CLOSED, DECLINED

}
