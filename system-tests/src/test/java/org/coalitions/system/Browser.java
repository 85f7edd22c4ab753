package org.coalitions.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's {@code chromium} and {@code chromedriver}; Selenium Manager is never
 * asked to download anything), with a fresh profile, so each person has their own cookies and Keycloak session.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");

	static final Path CHROMEDRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final String name;

	final ChromeDriver driver;

	private final Path profile;

	private final String base;

	Browser(String name, String base, String language) {
		this.name = name;
		this.base = base;
		try {
			this.profile = Files.createTempDirectory("coalitions-chromium-" + name);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-proxy-server", "--user-data-dir=" + profile, "--window-size=1280,1800",
				"--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		// every page notes what its Content-Security-Policy refused, in its origin's storage (so across page loads);
		// a script injected this way is not itself subject to the policy
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				document.addEventListener('securitypolicyviolation', (event) => {
				  const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
				  seen.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' on '
				    + event.documentURI + (event.sample ? ': ' + event.sample : ''));
				  localStorage.setItem('csp-violations', JSON.stringify(seen));
				});"""));
	}

	/** What the Content-Security-Policy refused on the pages of the origin open now, since this browser started. */
	@SuppressWarnings("unchecked")
	List<String> contentSecurityPolicyViolations() {
		return (List<String>) script("return JSON.parse(localStorage.getItem('csp-violations') || '[]');");
	}

	static boolean available() {
		return CHROMIUM != null && CHROMEDRIVER != null;
	}

	private static Path firstExisting(String... candidates) {
		return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
	}

	/** Opens a page of the app (a hash route such as {@code #/me}) and waits until its script has run. */
	void open(String route) {
		driver.get(base + "/" + route);
		waitForApp();
	}

	void reload() {
		driver.navigate().refresh();
		waitForApp();
	}

	void waitForApp() {
		until(Duration.ofSeconds(60), (d) -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
	}

	/** Signs in through the real Keycloak login form. */
	void signIn(String user) {
		open("");
		click(By.cssSelector("#nav a[href='/oauth2/authorization/keycloak']"));
		until(Duration.ofSeconds(60), (d) -> !d.findElements(By.id("kc-login")).isEmpty());
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.id("kc-login")).click();
		waitForApp();
		until(Duration.ofSeconds(30), (d) -> !d.findElements(By.id("sign-out")).isEmpty());
	}

	WebElement find(By by) {
		return until(Duration.ofSeconds(30), (d) -> {
			List<WebElement> found = d.findElements(by);
			return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
		});
	}

	void click(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	void type(By by, String text) {
		WebElement element = find(by);
		element.clear();
		element.sendKeys(text);
	}

	void choose(By by, String value) {
		new Select(find(by)).selectByValue(value);
	}

	/** Waits for a text somewhere in an element. */
	WebElement waitForText(By by, String text, Duration timeout) {
		return until(timeout, (d) -> d.findElements(by)
			.stream()
			.filter((element) -> element.getText().contains(text))
			.findFirst()
			.orElse(null));
	}

	/**
	 * Answers the confirmation the page asks now (the browser's own dialog: destructive actions ask one, in
	 * actions.js) and returns its question.
	 */
	String confirm(boolean yes) {
		org.openqa.selenium.Alert dialog = until(Duration.ofSeconds(30), (d) -> d.switchTo().alert());
		String question = dialog.getText();
		if (yes) {
			dialog.accept();
		}
		else {
			dialog.dismiss();
		}
		return question;
	}

	boolean present(By by) {
		return !driver.findElements(by).isEmpty();
	}

	<T> T until(Duration timeout, Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, timeout, Duration.ofMillis(250)).ignoring(
				org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	void resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
	void screenshot(String fileName) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(fileName + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// a temp folder left behind is not worth failing a test for
			}
		}
	}
}
