package org.coalitions.contracts;

/**
 * A person followed an unsubscribe link in a mail: {@code kind} DIGEST turns their digest off, ACTION their
 * action mails. Produced by notification-service (which signed the link); membership-service, which owns the
 * preferences, records it in the profile.
 */
public record MailOptedOut(String personId, String kind) implements PersonEvent {

	public static final String DIGEST = "DIGEST";

	public static final String ACTION = "ACTION";
}
