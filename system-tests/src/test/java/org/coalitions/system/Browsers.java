package org.coalitions.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The browsers one browser test opens on the local stack's web app: each is closed after the test, with a last
 * screenshot ({@code last-<name>.png}) that shows where a failing test stopped.
 */
final class Browsers {

	private final LocalStack stack;

	private final String namePrefix;

	private final List<Browser> open = new ArrayList<>();

	/** @param namePrefix put before each browser's name, so that the last screenshots of two test classes differ */
	Browsers(LocalStack stack, String namePrefix) {
		this.stack = stack;
		this.namePrefix = namePrefix;
	}

	/** The one reason to skip a browser test: no Chromium on this machine (infra/test installs it). */
	static void assumeAvailable() {
		assumeTrue(Browser.available(), "no chromium/chromedriver found; infra/test installs them with apt-get");
	}

	Browser open(String name, String language) {
		// the issuer and the web client's redirect addresses name localhost, so the browser must use it too
		Browser browser = new Browser(namePrefix + name, "http://localhost:" + stack.env.get("WEB_PORT"), language);
		open.add(browser);
		return browser;
	}

	void closeAll() {
		for (Browser browser : open) {
			try {
				browser.screenshot("last-" + browser.name);
			}
			catch (RuntimeException ex) {
				// the browser may be gone already
			}
			browser.close();
		}
		open.clear();
	}

	/** What {@link BrowserSystemTest} adds to a test class. */
	static final class PerTest implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			assumeAvailable();
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Browsers.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			BrowserSystemTest test = context.getRequiredTestClass().getAnnotation(BrowserSystemTest.class);
			return new Browsers(SharedLocalStack.stack(context), test.screenshots());
		}

		@Override
		public void afterEach(ExtensionContext context) throws IllegalAccessException {
			Object instance = context.getRequiredTestInstance();
			for (Field field : instance.getClass().getDeclaredFields()) {
				if (field.getType() == Browsers.class) {
					field.setAccessible(true);
					((Browsers) field.get(instance)).closeAll();
				}
			}
		}
	}
}
