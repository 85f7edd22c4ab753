package org.coalitions.platform.texts;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * {@link Texts} as Spring's {@link MessageSource}, so Thymeleaf's {@code #{key(${argument})}} in a service's pages
 * and mails formats them with ICU, in the page's or the mail's locale.
 */
public record TextsMessageSource(Texts texts) implements MessageSource {

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return texts.has(code) ? texts.get(locale, code, args) : defaultMessage;
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) {
		if (!texts.has(code)) {
			throw new NoSuchMessageException(code, locale);
		}
		return texts.get(locale, code, args);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		if (resolvable.getCodes() != null) {
			for (String code : resolvable.getCodes()) {
				if (texts.has(code)) {
					return texts.get(locale, code, resolvable.getArguments());
				}
			}
		}
		if (resolvable.getDefaultMessage() != null) {
			return resolvable.getDefaultMessage();
		}
		throw new NoSuchMessageException(resolvable.getCodes() == null ? "" : resolvable.getCodes()[0], locale);
	}
}
