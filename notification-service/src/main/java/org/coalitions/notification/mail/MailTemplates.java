package org.coalitions.notification.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from the Thymeleaf templates in {@code mail/}: {@code NAME.html} in HTML mode, where every
 * {@code th:text} is escaped, and {@code NAME.txt} in text mode for the plain-text alternative. Expressions
 * are SpEL; records are read with their accessor methods ({@code ${item.title()}}).
 */
@Component
public class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates() {
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
	}

	/** The HTML and the text of one mail. */
	public record Rendered(String html, String text) {
	}

	public Rendered render(String template, Map<String, Object> model) {
		Context context = new Context(Locale.ENGLISH, model);
		return new Rendered(engine.process(template + ".html", context), engine.process(template + ".txt", context));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}
}
