package org.coalitions.notification.mail;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coalitions.contracts.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of this service's pages (the unsubscribe pages): the person's own, once the page knows whose link
 * it is ({@link #setLocale}), else the best of the six that the browser asks for, else English.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class PageLocales implements LocaleResolver {

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
