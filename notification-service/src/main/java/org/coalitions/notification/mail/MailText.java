package org.coalitions.notification.mail;

/** Text from users on its way into mail headers: no line breaks or other control characters, bounded length. */
public final class MailText {

	private static final int HEADER_MAX = 200;

	private MailText() {
	}

	public static String headerSafe(String text) {
		if (text == null) {
			return "";
		}
		String clean = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
		return clean.length() <= HEADER_MAX ? clean : clean.substring(0, HEADER_MAX - 1) + "\u2026";
	}
}
