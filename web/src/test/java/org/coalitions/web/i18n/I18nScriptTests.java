package org.coalitions.web.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages' formatter ({@code static/js/i18n.js}) run by Node with the real texts of each language
 * ({@code src/test/js/i18n.test.mjs}): plural forms by the language's rules (Intl.PluralRules), so that no page
 * reads "1 members". Node comes with npm, which {@code infra/test} installs.
 */
class I18nScriptTests {

	@Test
	void theFormatterTakesEachLanguagesPluralForms() throws Exception {
		assumeTrue(nodeRuns(), "node is not installed (infra/test installs it with npm)");
		Process node = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true).start();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node --test ended").isTrue();
		assertThat(node.exitValue()).as(output).isZero();
		assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
	}

	private static boolean nodeRuns() {
		try {
			Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
