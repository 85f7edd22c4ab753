package org.coalitions.contracts;

/** The minutes of a meeting were added after it took place. */
public record MinutesAdded(String coalitionId, String meetingId, String title) implements CoalitionEvent {
}
