package org.coalitions.platform.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.coalitions.contracts.Language;

/**
 * The texts a service writes for people (mails, feed titles, pages, problem details) in the six languages of
 * {@link Language}: ICU MessageFormat patterns in {@code <base>.properties} (English, the reference) and
 * {@code <base>_<tag>.properties}, UTF-8. Plurals are written with the language's own categories
 * ({@code {count, plural, one {# member} other {# members}}}; Russian has one/few/many/other, Arabic
 * zero/one/two/few/many/other), so no text reads "1 members".
 * <p>
 * Arguments are named ({@code {name}}) when Java code formats a text, numbered ({@code {0}}) when a template
 * does (Thymeleaf's {@code #{key(${a})}} passes them in order). A key missing in a language reads as its English
 * text; one missing in English reads as the key itself. {@link #problems()} lists both kinds, and every pattern
 * that does not parse, for each service's tests to fail on.
 */
public final class Texts {

	private final String base;

	private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

	/** Parsed patterns, by language and key; a MessageFormat is not safe to share, so each is used under its lock. */
	private final Map<Language, Map<String, MessageFormat>> formats = new EnumMap<>(Language.class);

	private Texts(String base) {
		this.base = base;
		for (Language language : Language.values()) {
			bundles.put(language, load(base, language));
			formats.put(language, new ConcurrentHashMap<>());
		}
		if (bundles.get(Language.EN).isEmpty()) {
			throw new IllegalStateException("No English texts at " + file(base, Language.EN));
		}
	}

	/** The texts of {@code <base>*.properties} on the class path ({@code texts/notification}, for instance). */
	public static Texts load(String base) {
		return new Texts(base);
	}

	/** The text in that language, its named arguments filled in. */
	public String get(Language language, String key, Map<String, ?> arguments) {
		MessageFormat format = format(language, key);
		if (format == null) {
			return key;
		}
		synchronized (format) {
			return format.format(arguments);
		}
	}

	public String get(Language language, String key) {
		return get(language, key, Map.of());
	}

	/** The text in the language of that locale (English if it is none of the six), arguments by number. */
	public String get(Locale locale, String key, Object... arguments) {
		MessageFormat format = format(languageOf(locale), key);
		if (format == null) {
			return key;
		}
		synchronized (format) {
			return format.format(arguments == null ? new Object[0] : arguments);
		}
	}

	/** Whether there is such a text (in English, which every language falls back to). */
	public boolean has(String key) {
		return bundles.get(Language.EN).containsKey(key);
	}

	public static Language languageOf(Locale locale) {
		return locale == null ? Language.EN : Language.of(locale.toLanguageTag()).orElse(Language.EN);
	}

	/** The keys of one language's file. */
	public Set<String> keys(Language language) {
		return Collections.unmodifiableSet(new TreeSet<>(bundles.get(language).stringPropertyNames()));
	}

	/**
	 * What is wrong with these texts: a key of the English file missing in another language, a key no English text
	 * has, a pattern ICU cannot parse. Empty when all is well.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		Set<String> english = keys(Language.EN);
		for (Language language : Language.values()) {
			Set<String> keys = keys(language);
			for (String key : english) {
				if (!keys.contains(key)) {
					problems.add(file(base, language) + ": missing " + key);
				}
			}
			for (String key : keys) {
				if (!english.contains(key)) {
					problems.add(file(base, language) + ": " + key + " has no English text");
				}
				try {
					new MessageFormat(bundles.get(language).getProperty(key), ULocale.forLocale(language.locale()));
				}
				catch (IllegalArgumentException invalid) {
					problems.add(file(base, language) + ": " + key + " is no valid ICU pattern: " + invalid.getMessage());
				}
			}
		}
		return problems;
	}

	private MessageFormat format(Language language, String key) {
		return formats.get(language).computeIfAbsent(key, missing -> {
			String pattern = bundles.get(language).getProperty(key, bundles.get(Language.EN).getProperty(key));
			return pattern == null ? null : new MessageFormat(pattern, ULocale.forLocale(language.locale()));
		});
	}

	private static Properties load(String base, Language language) {
		Properties texts = new Properties();
		try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(file(base, language))) {
			if (in != null) {
				try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					texts.load(reader);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	private static String file(String base, Language language) {
		return base + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
	}
}
