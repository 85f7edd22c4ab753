package org.coalitions.notification.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.coalitions.contracts.Language;
import org.coalitions.contracts.ReportingReminder;
import org.coalitions.platform.texts.Texts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coalition's latest reporting reminder ({@code ReportingReminderDue}), standing until coalition-service
 * publishes the report of its cycle as filed or a newer reminder replaces it: digests put it at the top for the
 * coalition's coordinators. {@code rank} orders the reminders of one cycle (30 days, 7 days, overdue);
 * {@code deadline} is {@code yyyy-MM-dd}.
 */
@Document(StandingReminder.COLLECTION)
public record StandingReminder(@Id String coalitionId, int cycle, String reminder, int rank, String deadline,
		Instant remindedAt) {

	static final String COLLECTION = "reporting_reminders";

	/** The type of a reminder's feed entry: its text is {@code feed.reporting-reminder}. */
	static final String TYPE = "reporting-reminder";

	/** What the reminder says in that language, for digests. */
	public String text(Texts texts, Language language) {
		return text(texts, language, cycle, reminder, deadline == null ? null : LocalDate.parse(deadline));
	}

	/** What a reminder says in that language, for feeds, digests and mails. */
	public static String text(Texts texts, Language language, int cycle, String reminder, LocalDate deadline) {
		return texts.get(language, "feed." + TYPE, FeedEntry.inLanguage(texts, args(cycle, reminder, deadline), language));
	}

	/**
	 * What a reminder's texts are made of: the cycle (as written, not as a number: no "2,025"), the reminder
	 * ({@link ReportingReminder}'s name for {@code select}), the days left before the deadline (0: none said), the
	 * deadline ({@link FeedEntry#day}) and whether there is one.
	 */
	public static Map<String, Object> args(int cycle, String reminder, LocalDate deadline) {
		int days = ReportingReminder.DUE_IN_7_DAYS.name().equals(reminder) ? 7
				: ReportingReminder.DUE_IN_30_DAYS.name().equals(reminder) ? 30 : 0;
		return FeedProjection.args("cycle", String.valueOf(cycle), "reminder", reminder, "days", days, "dated",
				deadline != null, "deadline", FeedEntry.day(deadline));
	}

	/** Later reminders of a cycle rank higher; a reminder this version does not know ranks lowest. */
	static int rank(String reminder) {
		for (ReportingReminder known : ReportingReminder.values()) {
			if (known.name().equals(reminder)) {
				return known.ordinal();
			}
		}
		return -1;
	}
}
