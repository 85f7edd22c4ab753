package org.coalitions.notification.mail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import org.coalitions.contracts.Language;
import org.coalitions.notification.people.People;
import org.coalitions.platform.texts.Texts;
import org.coalitions.platform.web.ApiProblems;
import org.coalitions.platform.web.PageLocales;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Unsubscribe links, usable without sign-in. GET shows a page with a button and changes nothing (mail
 * scanners and link previews fetch links); POST unsubscribes: the page's button, and the one-click POST of
 * RFC 8058 that mail programs send for the {@code List-Unsubscribe-Post} header. The pages are in the language of
 * the person whose link it is ({@code PageLocales}).
 */
@Controller
@RequestMapping("/api/unsubscribe")
class UnsubscribeController {

	private final Unsubscribes unsubscribes;

	private final People people;

	private final Texts texts;

	UnsubscribeController(Unsubscribes unsubscribes, People people, Texts texts) {
		this.unsubscribes = unsubscribes;
		this.people = people;
		this.texts = texts;
	}

	@GetMapping
	@Operation(summary = "The unsubscribe page for a signed link from a mail (no sign-in)")
	String confirm(@RequestParam String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		UnsubscribeLinks.Target target = unsubscribes.check(token).orElseThrow(() -> invalid(request));
		inTheirLanguage(target, request, response);
		model.addAttribute("token", token);
		model.addAttribute("digest", "DIGEST".equals(target.kind()));
		return "unsubscribe";
	}

	@PostMapping
	@Operation(summary = "Unsubscribe from digest mails with a signed link's token (no sign-in)")
	String unsubscribe(@RequestParam String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UnsubscribeLinks.Target target = unsubscribes.unsubscribe(token).orElseThrow(() -> invalid(request));
		inTheirLanguage(target, request, response);
		model.addAttribute("digest", "DIGEST".equals(target.kind()));
		return "unsubscribed";
	}

	/**
	 * The page in the language of the person whose link it is, when their profile names one (the service's
	 * {@code localeResolver} is platform's {@code PageLocales}, which takes it).
	 */
	private void inTheirLanguage(UnsubscribeLinks.Target target, HttpServletRequest request,
			HttpServletResponse response) {
		LocaleResolver locales = RequestContextUtils.getLocaleResolver(request);
		if (!(locales instanceof PageLocales)) {
			return;
		}
		people.find(target.personId())
			.flatMap(person -> Language.of(person.language()))
			.ifPresent(language -> locales.setLocale(request, response, language.locale()));
	}

	private ErrorResponseException invalid(HttpServletRequest request) {
		Language language = Language.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, ApiProblems.problem(HttpStatus.BAD_REQUEST,
				texts.get(language, "unsubscribe.invalid.title"), texts.get(language, "unsubscribe.invalid")), null);
	}
}
