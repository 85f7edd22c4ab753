package org.coalitions.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page a {@link Browser} shows. axe-core is an npm package pinned in
 * this module's package.json ({@code npm ci} in system-tests installs it; infra/test does it); its script is put
 * into the page through WebDriver, which the pages' Content-Security-Policy does not apply to (checked: the run
 * must not add a policy violation). Every result is written to {@code target/accessibility/<state>.json}.
 */
final class Accessibility {

	static final Path AXE = LocalStack.REPO.resolve("system-tests/node_modules/axe-core/axe.min.js");

	static final Path RESULTS = Path.of("target", "accessibility");

	/** The rules run: WCAG 2.0 and 2.1, levels A and AA (axe-core's tags). */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The impacts that fail a test; moderate and minor ones are only in the written results. */
	static final Set<String> FAILING = Set.of("serious", "critical");

	private static final int TARGETS_SHOWN = 3;

	private Accessibility() {
	}

	/**
	 * Fails, listing rule, impact, help and the first elements of each, when axe-core finds a violation of serious
	 * or critical impact on the page the browser shows now; {@code state} names the written results.
	 */
	static void assertNoSeriousViolations(Browser browser, String state) {
		List<String> serious = new ArrayList<>();
		for (JsonNode violation : violations(browser, state)) {
			String impact = violation.path("impact").asString("");
			if (!FAILING.contains(impact)) {
				continue;
			}
			JsonNode nodes = violation.path("nodes");
			List<String> targets = new ArrayList<>();
			for (int i = 0; i < Math.min(TARGETS_SHOWN, nodes.size()); i++) {
				targets.add(nodes.get(i).path("target").toString());
			}
			String first = nodes.isEmpty() ? "" : nodes.get(0).path("failureSummary").asString("").replace('\n', ' ');
			serious.add(violation.path("id").asString() + " (" + impact + ", " + nodes.size() + " element"
					+ (nodes.size() == 1 ? "" : "s") + "): " + violation.path("help").asString() + "\n      at "
					+ String.join(", ", targets) + (nodes.size() > TARGETS_SHOWN ? ", …" : "") + "\n      " + first);
		}
		if (!serious.isEmpty()) {
			fail("axe-core found " + serious.size() + " serious or critical accessibility violation"
					+ (serious.size() == 1 ? "" : "s") + " on " + state + " (" + browser.driver.getCurrentUrl()
					+ "; all results in " + RESULTS.resolve(state + ".json") + "):\n  - " + String.join("\n  - ", serious));
		}
	}

	/** axe-core's violations (every impact) on the page the browser shows now; the whole result is written too. */
	static List<JsonNode> violations(Browser browser, String state) {
		if (!Files.isReadable(AXE)) {
			fail("axe-core is not installed (" + AXE + "): run npm ci in system-tests (infra/test does it)");
		}
		String axe;
		try {
			axe = Files.readString(AXE, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> policyBefore = browser.contentSecurityPolicyViolations();
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
			browser.script(axe);
		}
		browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		Object answer = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
				  .then((result) => done(JSON.stringify(result)))
				  .catch((error) => done(JSON.stringify({error: String(error)})));""", TAGS);
		JsonNode result = LocalStack.json(String.valueOf(answer));
		try {
			Files.createDirectories(RESULTS);
			Files.writeString(RESULTS.resolve(state + ".json"), result.toPrettyString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(result.path("error").isMissingNode()).as("axe-core ran on " + state + ": " + result.path("error"))
			.isTrue();
		assertThat(browser.contentSecurityPolicyViolations()).as("the page's policy let axe-core run")
			.isEqualTo(policyBefore);
		List<JsonNode> violations = new ArrayList<>();
		result.path("violations").forEach(violations::add);
		return violations;
	}
}
