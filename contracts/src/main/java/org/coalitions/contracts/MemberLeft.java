package org.coalitions.contracts;

/** A member left, or was removed by a coordinator ({@code removedBy} set). */
public record MemberLeft(String coalitionId, String memberId, String removedBy) implements CoalitionEvent {
}
