package org.coalitions.notification.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

/**
 * Sends what the queue holds, one mail at a time (claimed a few at a time), on a thread of its own. A mail is marked sent only after
 * the SMTP server accepted it; a failure puts it back with a doubled wait (capped), so a mail is never lost
 * while the server is away, and a mail the server accepted while the store was away is not sent again. The
 * Message-ID is the queue id, so a receiving system can recognise the one resend that a crash between "accepted"
 * and "marked sent" could cause.
 */
@Service
public class MailDelivery implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailQueue queue;

	private final JavaMailSenderImpl sender;

	private final MailProperties properties;

	private final Clock clock;

	/** Mails claimed in one go: one look through the queue for a few, each sent before its lease runs out. */
	static final int CLAIMED_AT_ONCE = 100;

	private final String senderId = "sender-" + UUID.randomUUID();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mail-delivery");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean scheduled = new AtomicBoolean();

	/**
	 * Set when a pass stopped on a store failure: a claim it made may have reached the store with its answer lost,
	 * and would wait out its lease before anyone sent the mail. Passes run one at a time on {@link #worker}, so at the
	 * next pass's start no mail claimed by this sender is being sent.
	 */
	private volatile boolean claimsMayBeLeft;

	/**
	 * Mails the SMTP server accepted whose "sent" did not reach the store (it went away in between). They are
	 * recorded first at the next pass, before this sender's claims are put back: put back unrecorded, they would be
	 * sent a second time. Only a crash of this process in that window can still cause the one resend.
	 */
	private final Queue<Mail> sentNotRecorded = new ConcurrentLinkedQueue<>();

	MailDelivery(MailQueue queue, JavaMailSenderImpl sender, MailProperties properties, Clock clock) {
		this.queue = queue;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	/** Asks for a delivery pass soon (at most one is waiting at any time). */
	public void wakeUp() {
		if (scheduled.compareAndSet(false, true)) {
			worker.execute(() -> {
				scheduled.set(false);
				deliverDue();
			});
		}
	}

	/** Looks for due mails every {@link MailProperties#pollInterval()} even when nobody wakes it (retries fall due). */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::wakeUp, properties.pollInterval(), properties.pollInterval()));
	}

	/** Sends every mail that is due now. */
	public int deliverDue() {
		int sent = 0;
		try {
			Mail accepted;
			while ((accepted = sentNotRecorded.peek()) != null) {
				queue.sent(accepted, clock.instant());
				sentNotRecorded.remove();
			}
			if (claimsMayBeLeft) {
				queue.releaseClaimsOf(senderId);
				claimsMayBeLeft = false;
			}
			List<Mail> claimed;
			while (!(claimed = queue.claimDue(senderId, clock.instant(), properties.lease(), CLAIMED_AT_ONCE))
				.isEmpty()) {
				for (Mail mail : claimed) {
					// a claim that ran out while the ones before it were sent may be another sender's now
					if (clock.instant().isBefore(mail.claimedUntil()) && deliver(mail)) {
						sent++;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			claimsMayBeLeft = true;
			log.warn("Mail delivery pass stopped: {}", ex.toString());
		}
		return sent;
	}

	private boolean deliver(Mail mail) {
		try {
			sender.send(message(mail));
			try {
				queue.sent(mail, clock.instant());
			}
			catch (RuntimeException ex) {
				sentNotRecorded.add(mail);
				throw ex;
			}
			// the mail by its id only: an address in a log is personal data kept where erasure cannot reach it
			log.info("Sent mail {}", mail.id());
			return true;
		}
		catch (MailException | MessagingException | UnsupportedEncodingException ex) {
			Duration wait = backoff(mail.attempts());
			queue.failed(mail, ex.toString(), clock.instant().plus(wait));
			// the failure's kind only: a mail server's refusal quotes the address
			log.warn("Mail {} not sent (attempt {}), next attempt in {}: {}", mail.id(), mail.attempts() + 1, wait,
					ex.getClass().getSimpleName());
			return false;
		}
	}

	Duration backoff(int failedBefore) {
		Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(failedBefore, 20));
		return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
	}

	private MimeMessage message(Mail mail) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = new FixedIdMessage(sender.getSession(), "<" + mail.id().replaceAll("[^A-Za-z0-9._-]", ".")
				+ "@coalitions>");
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(new InternetAddress(properties.from(), true));
		helper.setTo(new InternetAddress(mail.toAddress(), MailText.headerSafe(mail.toName()),
				StandardCharsets.UTF_8.name()));
		helper.setSubject(MailText.headerSafe(mail.subject()));
		helper.setText(mail.text(), mail.html());
		if (mail.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		message.setSentDate(java.util.Date.from(clock.instant()));
		return message;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		worker.shutdown();
		worker.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** A message whose Message-ID is ours rather than a random one made when it is saved. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}
	}
}
