package org.coalitions.notification.texts;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.coalitions.contracts.Language;

/**
 * Days and times as mails, digests and feed lines write them, in the reader's language: each language's own CLDR
 * formats (as the JDK has them); English keeps the house's day-month-year order.
 */
public final class Dates {

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_DAY_AND_TIME = DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

	private Dates() {
	}

	/** A day, in full: "Wednesday 2 December 2026", "mercredi 2 décembre 2026". */
	public static String day(TemporalAccessor day, Language language) {
		return format(day, language, ENGLISH_DAY, DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
	}

	/** A date without its weekday: "23 March 2026", "23 mars 2026". */
	public static String date(TemporalAccessor day, Language language) {
		return format(day, language, ENGLISH_DATE, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
	}

	/** A moment of the coming days, short: "Wed 2 Dec, 14:30", "2 déc. 2026, 14:30". */
	public static String when(TemporalAccessor moment, Language language) {
		return format(moment, language, ENGLISH_WHEN,
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
	}

	/** A moment with its year, short: "5 Mar 2031, 18:30", "5 mars 2031 18:30" (meetings, deadlines). */
	public static String dateTime(TemporalAccessor moment, Language language) {
		return format(moment, language, ENGLISH_DATE_TIME,
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
	}

	/** A moment with its day in full: "Wednesday 5 March 2031, 18:30", "mercredi 5 mars 2031 18:30". */
	public static String dayAndTime(TemporalAccessor moment, Language language) {
		return format(moment, language, ENGLISH_DAY_AND_TIME,
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT));
	}

	/** A time zone by its id; UTC for none, or one the JDK does not know. */
	public static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (RuntimeException unknown) {
			return ZoneOffset.UTC;
		}
	}

	private static String format(TemporalAccessor temporal, Language language, DateTimeFormatter english,
			DateTimeFormatter localized) {
		return (language == Language.EN ? english : localized.withLocale(language.locale())).format(temporal);
	}
}
