package org.coalitions.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages people may use here: the six official languages of the United Nations, by their BCP 47 tag
 * ({@code ar}, {@code en}…), which is how APIs, profiles and the pages name them. Arabic is written right to left.
 */
public enum Language {

	AR("ar"), EN("en"), ES("es"), FR("fr"), RU("ru"), ZH("zh");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return tag;
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	public boolean rightToLeft() {
		return this == AR;
	}

	/** The language of that tag ({@code fr}, {@code fr-CH}, {@code zh-Hans-CN}…): its primary subtag counts. */
	public static Optional<Language> of(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String primary = Locale.forLanguageTag(tag.strip()).getLanguage();
		return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
	}

	private static final List<Locale> LOCALES = Arrays.stream(values()).map(Language::locale).toList();

	/**
	 * The best of these languages for an {@code Accept-Language} header, in its order of preference; English when
	 * it asks for none of them, is missing or is malformed (the browser's problem, not a reason to fail).
	 */
	public static Language bestFor(String acceptLanguage) {
		return acceptedOf(acceptLanguage).orElse(EN);
	}

	/** The best of these languages that an {@code Accept-Language} header asks for, if it asks for any. */
	public static Optional<Language> acceptedOf(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Optional.empty();
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LOCALES);
			return best == null ? Optional.empty() : of(best.toLanguageTag());
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}
}
