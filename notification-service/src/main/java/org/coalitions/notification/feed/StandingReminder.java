package org.coalitions.notification.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.coalitions.contracts.ReportingReminder;
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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/** What the reminder says, for feeds, digests and mails. */
	public String text() {
		return text(cycle, reminder, deadline == null ? null : LocalDate.parse(deadline));
	}

	public static String text(int cycle, String reminder, LocalDate deadline) {
		String due = deadline == null ? "" : " on " + DAY.format(deadline);
		String report = "The annual report for " + cycle;
		if (ReportingReminder.OVERDUE.name().equals(reminder)) {
			return report + " was due" + due + " and is overdue: until it is filed the coalition is on the forum's "
					+ "list of inactive coalitions";
		}
		if (ReportingReminder.DUE_IN_7_DAYS.name().equals(reminder)) {
			return report + " is due" + due + ", in 7 days";
		}
		if (ReportingReminder.DUE_IN_30_DAYS.name().equals(reminder)) {
			return report + " is due" + due + ", in 30 days";
		}
		return report + " is due" + due;
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
