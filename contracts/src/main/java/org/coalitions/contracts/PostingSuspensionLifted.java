package org.coalitions.contracts;

/** A coordinator lifted a member's suspension before it ran out: they may post again. */
public record PostingSuspensionLifted(String coalitionId, String memberId) implements CoalitionEvent {
}
