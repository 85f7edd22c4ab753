package org.coalitions.web.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.coalitions.contracts.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The texts of the pages in the language asked for: the one the person chose ({@code lang}: the language switch,
 * remembered by their profile or, signed out, by the browser), else the best the browser asks for
 * ({@code Accept-Language}, in its order of preference), else English. The six UN languages
 * ({@link Language}); Arabic pages are laid out right to left ({@code direction}). The pages fill in the
 * arguments themselves ({@code static/js/i18n.js}).
 */
@RestController
class MessagesController {

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/**
	 * @param languages every language there is, by tag, each named in its own language (for the switch)
	 */
	record Messages(String language, String direction, Map<String, String> languages, Map<String, String> messages) {
	}

	@GetMapping("/i18n/messages")
	ResponseEntity<Messages> messages(@RequestParam(name = "lang", required = false) String chosen,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
		Language language = Language.of(chosen).orElseGet(() -> Language.bestFor(accept));
		ResourceBundle bundle = ResourceBundle.getBundle("messages", language.locale(), NO_SYSTEM_FALLBACK);
		Map<String, String> messages = new TreeMap<>();
		for (String key : Collections.list(bundle.getKeys())) {
			messages.put(key, bundle.getString(key));
		}
		Map<String, String> languages = new LinkedHashMap<>();
		for (Language each : Language.values()) {
			languages.put(each.tag(), each.locale().getDisplayLanguage(each.locale()));
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(new Messages(language.tag(), language.rightToLeft() ? "rtl" : "ltr", languages, messages));
	}

}
