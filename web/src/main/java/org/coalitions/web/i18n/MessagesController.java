package org.coalitions.web.i18n;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The texts of the pages in the best language the browser asks for ({@code Accept-Language}, in its order of
 * preference), English when it asks for none we have. The pages fill in their placeholders ({@code {0}}) themselves.
 */
@RestController
class MessagesController {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	record Messages(String language, Map<String, String> messages) {
	}

	@GetMapping("/i18n/messages")
	ResponseEntity<Messages> messages(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
		Locale locale = choose(accept);
		ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, NO_SYSTEM_FALLBACK);
		Map<String, String> messages = new TreeMap<>();
		for (String key : Collections.list(bundle.getKeys())) {
			messages.put(key, bundle.getString(key));
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(new Messages(locale.getLanguage(), messages));
	}

	static Locale choose(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
			return best == null ? Locale.ENGLISH : best;
		}
		catch (IllegalArgumentException ex) {
			// a malformed header is the browser's problem, not a reason to fail the page
			return Locale.ENGLISH;
		}
	}
}
