package org.coalitions.notification.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTests {

	@Test
	void lineBreaksAndControlCharactersNeverReachAHeader() {
		assertThat(MailText.headerSafe("Evil\r\nBcc: victim@example.org")).isEqualTo("Evil Bcc: victim@example.org");
		assertThat(MailText.headerSafe("tab\tand\u2028separator")).isEqualTo("tab and separator");
		assertThat(MailText.headerSafe(null)).isEmpty();
		assertThat(MailText.headerSafe("x".repeat(500))).hasSize(200).endsWith("\u2026");
	}
}
