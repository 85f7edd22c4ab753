package org.coalitions.notification.mail;

import org.coalitions.platform.texts.Texts;
import org.coalitions.platform.texts.TextsMessageSource;
import org.coalitions.platform.web.PageLocales;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * This service's texts for people ({@code messages*.properties}): Java code formats them with {@link Texts},
 * Thymeleaf's mails and pages with {@code #{key(...)}} through the {@code messageSource} (which also keeps Spring
 * Boot's own, ICU-less one away).
 */
@Configuration(proxyBeanMethods = false)
public class TextsConfiguration {

	@Bean
	Texts texts() {
		return Texts.load("messages");
	}

	@Bean
	MessageSource messageSource(Texts texts) {
		return new TextsMessageSource(texts);
	}

	/** The unsubscribe pages' language: the person's, else the browser's. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PageLocales();
	}
}
