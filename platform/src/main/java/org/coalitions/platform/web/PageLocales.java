package org.coalitions.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coalitions.contracts.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a service's own pages (notification-service's unsubscribe pages): the one a controller chose
 * for this request ({@link #setLocale}: the person's own, once it knows whose page it is), else the best of the six
 * that the browser asks for, else English. A service that has pages registers it as its {@code localeResolver}.
 */
public class PageLocales implements LocaleResolver {

	private static final String CHOSEN = PageLocales.class.getName() + ".CHOSEN";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(CHOSEN);
		return chosen instanceof Locale locale ? locale
				: Language.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		request.setAttribute(CHOSEN, locale);
	}
}
