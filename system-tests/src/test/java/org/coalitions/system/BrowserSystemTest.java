package org.coalitions.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test on the shared local stack: skipped without Chromium, given the {@link LocalStack} and a
 * {@link Browsers} as constructor parameters, its browsers closed (with a last screenshot) after each test.
 *
 * <pre>
 * &#64;BrowserSystemTest(screenshots = "review-")
 * class ReviewBrowserSystemTests {
 *     ReviewBrowserSystemTests(LocalStack stack, Browsers browsers) { ... }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith({ SharedLocalStack.class, Browsers.PerTest.class })
@interface BrowserSystemTest {

	/** Put before each browser's name, so that the last screenshots of two test classes differ. */
	String screenshots();
}
