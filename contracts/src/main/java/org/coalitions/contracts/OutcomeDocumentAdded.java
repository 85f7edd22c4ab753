package org.coalitions.contracts;

/** A file was attached to an outcome; {@code contentType} is the type read from its content, {@code size} in bytes. */
public record OutcomeDocumentAdded(String coalitionId, String outcomeId, String documentId, String fileName,
		String contentType, long size) implements CoalitionEvent {
}
