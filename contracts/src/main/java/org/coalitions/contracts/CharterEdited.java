package org.coalitions.contracts;

/** A coordinator changed the coalition's description: summary, charter or join policy. */
public record CharterEdited(String coalitionId, String summary, String joinPolicy, long version)
		implements CoalitionEvent {
}
