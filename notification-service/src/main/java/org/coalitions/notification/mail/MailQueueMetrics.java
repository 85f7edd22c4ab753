package org.coalitions.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.coalitions.platform.observability.RecentValue;
import org.springframework.stereotype.Component;

/**
 * The mail queue as an operator sees it: the mails not sent yet, by status, and how long the oldest mail due has
 * waited since it was queued (a growing age while the depth stays: the mail server is away, or every sender is
 * stuck). Read from the store, shared by every instance, at most once per {@link #MAX_AGE} and never during a
 * scrape ({@link RecentValue}); unknown (NaN) while the store cannot be read.
 */
@Component
class MailQueueMetrics implements MeterBinder {

	/** Mails queued and not sent; tag {@code status}: awaiting_address, pending or sending. */
	static final String DEPTH = "coalitions.mail.queue.depth";

	/** Seconds since the oldest pending (or being sent) mail was queued; 0 when none is. */
	static final String OLDEST_AGE = "coalitions.mail.queue.oldest.age";

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final RecentValue<MailQueue.Backlog> backlog;

	/** The clock mails are queued by. */
	private final Clock clock;

	MailQueueMetrics(MailQueue queue, Clock clock) {
		this.clock = clock;
		this.backlog = new RecentValue<>("mail-queue-metrics", MAX_AGE, queue::backlog);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Mail.Status status : MailQueue.Backlog.UNSENT) {
			Gauge.builder(DEPTH, () -> {
				MailQueue.Backlog now = backlog.get();
				return now == null ? Double.NaN : now.unsent().getOrDefault(status, 0L);
			})
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.description("Mails queued and not sent yet")
				.register(registry);
		}
		Gauge.builder(OLDEST_AGE, () -> {
			MailQueue.Backlog now = backlog.get();
			if (now == null) {
				return Double.NaN;
			}
			return now.oldestDue() == null ? 0
					: Math.max(0, Duration.between(now.oldestDue(), clock.instant()).toMillis() / 1000.0);
		})
			.description("How long the oldest mail due has waited since it was queued (0 when none is due)")
			.baseUnit("seconds")
			.register(registry);
	}
}
