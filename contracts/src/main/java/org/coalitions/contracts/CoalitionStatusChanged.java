package org.coalitions.contracts;

/**
 * A coalition moved in its life cycle (PROPOSED, ACTIVE, INACTIVE, CLOSED, DECLINED), with the reason:
 * e.g. approved and three stakeholder groups present, the annual report is overdue, closed by a coordinator.
 */
public record CoalitionStatusChanged(String coalitionId, String from, String to, String reason)
		implements CoalitionEvent {
}
