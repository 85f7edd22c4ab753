package org.coalitions.notification.mail;

import java.time.Duration;

import org.coalitions.contracts.MailOptedOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeLinksTests {

	final UnsubscribeLinks links = links("a-secret-of-at-least-thirty-two-characters");

	@Test
	void aTokenNamesItsPersonAndKind() {
		String token = links.token("person-1", MailOptedOut.DIGEST);
		assertThat(links.verify(token)).contains(new UnsubscribeLinks.Target("person-1", MailOptedOut.DIGEST));
		assertThat(links.url("person-1", MailOptedOut.ACTION)).startsWith("https://web.test/api/unsubscribe?token=");
	}

	@Test
	void changedTokensAndOtherKeysAreRefused() {
		String token = links.token("person-1", MailOptedOut.DIGEST);
		assertThat(links.verify(token.replace(".DIGEST.", ".ACTION."))).isEmpty();
		assertThat(links.verify(links.token("person-2", MailOptedOut.DIGEST).split("\\.")[0] + token
			.substring(token.indexOf('.')))).isEmpty();
		assertThat(links("another-secret-of-thirty-two-characters!").verify(token)).isEmpty();
		assertThat(links.verify("a.b")).isEmpty();
		assertThat(links.verify("%%%.DIGEST.%%%")).isEmpty();
		assertThat(links.verify(null)).isEmpty();
	}

	private static UnsubscribeLinks links(String secret) {
		return new UnsubscribeLinks(new MailProperties("https://web.test/", "Coalitions <no-reply@test>", secret,
				Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMinutes(1)));
	}
}
