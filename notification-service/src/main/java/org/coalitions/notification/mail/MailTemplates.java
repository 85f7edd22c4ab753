package org.coalitions.notification.mail;

import java.util.Map;

import org.coalitions.contracts.Language;
import org.springframework.context.MessageSource;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from the Thymeleaf templates in {@code mail/}: {@code NAME.html} in HTML mode, where every
 * {@code th:text} is escaped, and {@code NAME.txt} in text mode for the plain-text alternative. Expressions
 * are SpEL; records are read with their accessor methods ({@code ${item.title()}}). Texts come from
 * {@code messages*.properties} ({@code #{key(${argument})}}) in the recipient's language; {@code ${lang}} and
 * {@code ${dir}} give the HTML's language and direction.
 */
@Component
public class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates(MessageSource texts) {
		engine.setTemplateEngineMessageSource(texts);
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
	}

	/** The HTML and the text of one mail. */
	public record Rendered(String html, String text) {
	}

	public Rendered render(String template, Map<String, Object> model, Language language) {
		Map<String, Object> all = new java.util.HashMap<>(model);
		all.put("lang", language.tag());
		all.put("dir", language.rightToLeft() ? "rtl" : "ltr");
		Context context = new Context(language.locale(), all);
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
