package org.coalitions.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.coalitions.infra.Ports;

/** The local stack's mailboxes as GreenMail's API gives them; other system tests share the mail server. */
final class Mailboxes {

	private static final Session MAIL = Session.getInstance(new Properties());

	private final LocalStack stack;

	Mailboxes(LocalStack stack) {
		this.stack = stack;
	}

	List<MimeMessage> mails(String address) {
		HttpResponse<String> inbox = stack.get(
				"http://127.0.0.1:" + stack.env.get("GREENMAIL_API_PORT") + "/api/user/" + address + "/messages/INBOX/",
				null);
		if (inbox.statusCode() != 200) {
			return List.of();
		}
		return LocalStack.json(inbox.body()).valueStream().map(message -> {
			try {
				return new MimeMessage(MAIL, new ByteArrayInputStream(
						message.path("mimeMessage").asString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The first mail in that mailbox whose subject matches, once it has arrived. */
	MimeMessage awaitMail(String address, Predicate<String> subject, Duration wait) {
		Ports.await("a mail to " + address, wait,
				() -> mails(address).stream().anyMatch(mail -> subject.test(subjectOf(mail))));
		return mails(address).stream().filter(mail -> subject.test(subjectOf(mail))).findFirst().orElseThrow();
	}

	static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject() == null ? "" : mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first part of that MIME type, looking into multiparts. */
	static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
