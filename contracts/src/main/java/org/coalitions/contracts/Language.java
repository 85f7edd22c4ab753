package org.coalitions.contracts;

import java.util.Arrays;
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
}
