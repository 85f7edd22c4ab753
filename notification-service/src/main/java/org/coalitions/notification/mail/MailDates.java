package org.coalitions.notification.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.coalitions.contracts.Language;

/**
 * Days and times as mails write them, in the reader's language: each language's own full date and medium date
 * with short time (CLDR, as the JDK has it); English keeps the house's day-month-year order.
 */
public final class MailDates {

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private MailDates() {
	}

	/** A day, in full: "Wednesday 2 December 2026", "mercredi 2 décembre 2026". */
	public static String day(TemporalAccessor day, Language language) {
		return (language == Language.EN ? ENGLISH_DAY
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()))
			.format(day);
	}

	/** A date without its weekday: "23 March 2026", "23 mars 2026". */
	public static String date(TemporalAccessor day, Language language) {
		return (language == Language.EN ? ENGLISH_DATE
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()))
			.format(day);
	}

	/** A moment, short: "Wed 2 Dec, 14:30", "2 déc. 2026, 14:30". */
	public static String when(TemporalAccessor moment, Language language) {
		return (language == Language.EN ? ENGLISH_WHEN
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(language.locale()))
			.format(moment);
	}
}
