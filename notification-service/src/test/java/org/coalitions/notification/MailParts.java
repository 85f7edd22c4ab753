package org.coalitions.notification;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The HTML and plain-text alternatives of a received mail. */
public record MailParts(String html, String text) {

	public static MailParts of(Part message) throws MessagingException, IOException {
		String[] found = new String[2];
		collect(message, found);
		return new MailParts(found[0], found[1]);
	}

	private static void collect(Part part, String[] found) throws MessagingException, IOException {
		if (part.isMimeType("text/html") && found[0] == null) {
			found[0] = (String) part.getContent();
		}
		else if (part.isMimeType("text/plain") && found[1] == null) {
			found[1] = (String) part.getContent();
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				collect(body, found);
			}
		}
	}
}
