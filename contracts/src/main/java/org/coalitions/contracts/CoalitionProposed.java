package org.coalitions.contracts;

/** Someone proposed a coalition; its proposer is its first coordinator. */
public record CoalitionProposed(String coalitionId, String name, String theme, String summary, String joinPolicy,
		String proposerId, String proposerName) implements CoalitionEvent {
}
