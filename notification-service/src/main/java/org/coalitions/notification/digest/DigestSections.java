package org.coalitions.notification.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitions.notification.mail.MailTemplates;

/**
 * Renders digests' coalition sections ({@code mail/digest-coalition.html} and {@code .txt}), each distinct one
 * once: the members of a coalition who see the same period see the same section, so a run with thousands of
 * people renders about as many sections as coalitions, and each digest only puts its sections together. Keeps
 * the latest {@link #KEPT} sections; not shared between runs.
 */
final class DigestSections {

	static final int KEPT = 4000;

	private final MailTemplates templates;

	private final Map<DigestContent.CoalitionSection, MailTemplates.Rendered> rendered = new LinkedHashMap<>(256,
			0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<DigestContent.CoalitionSection, MailTemplates.Rendered> eldest) {
			return size() > KEPT;
		}
	};

	private int renders;

	DigestSections(MailTemplates templates) {
		this.templates = templates;
	}

	/** The sections of the digest, rendered, in order. */
	List<MailTemplates.Rendered> render(DigestContent content) {
		return content.coalitions().stream().map(this::render).toList();
	}

	/** How many sections were rendered (not taken from those rendered before). */
	int renders() {
		return renders;
	}

	private MailTemplates.Rendered render(DigestContent.CoalitionSection section) {
		return rendered.computeIfAbsent(section, key -> {
			renders++;
			return templates.render("digest-coalition", Map.of("coalition", key), key.language());
		});
	}
}
