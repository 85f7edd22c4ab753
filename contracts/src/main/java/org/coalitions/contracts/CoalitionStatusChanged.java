package org.coalitions.contracts;

/**
 * A coalition moved in its life cycle (PROPOSED, ACTIVE, DORMANT, CLOSED), with the reason: e.g. the
 * multistakeholder rule was met, no activity for 180 days, the annual report is missing, closed by a
 * coordinator.
 */
public record CoalitionStatusChanged(String coalitionId, String from, String to, String reason)
		implements CoalitionEvent {
}
