package org.coalitions.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.await;
import static org.coalitions.system.Responses.expect;
import static org.coalitions.system.Responses.id;

/**
 * An outcome's files on the coalition page in a real headless Chromium: a member adds a PDF to a draft with the
 * page's form and sees it listed; once the outcome is published, a signed-out visitor sees the file with its
 * download link, which serves the same bytes, and no form. Screenshots in {@code target/screenshots/}.
 */
@BrowserSystemTest(screenshots = "documents-")
class DocumentsBrowserSystemTests {

	static final Duration EVENTUALLY = Duration.ofSeconds(90);

	final LocalStack stack;

	final Browsers browsers;

	DocumentsBrowserSystemTests(LocalStack stack, Browsers browsers) {
		this.stack = stack;
		this.browsers = browsers;
	}

	@Test
	void aMemberAddsAFileToADraftAndAVisitorDownloadsItOncePublished() throws IOException, InterruptedException {
		String alice = stack.token("alice");
		String name = "Papers " + UUID.randomUUID().toString().substring(0, 8);
		String id = id(expect(call("POST", "COALITION", "/api/coalitions", alice, """
				{"name": "%s", "theme": "OTHER", "themeName": "Papers", "summary": "Papers.", "joinPolicy": "OPEN",
				 "statement": {"rationale": "Papers matter.", "actionPlan": "Write them.",
				               "contactPersons": ["Alice Example"]}}""".formatted(name)), 201));
		await("membership-service's directory entry",
				() -> call("GET", "MEMBERSHIP", "/api/coalitions/" + id + "/membership-info", null, null), 200);
		String chen = stack.token("chen");
		expect(call("POST", "MEMBERSHIP", "/api/coalitions/" + id + "/members", chen, "{}"), 201);
		String outcome = id(expect(call("POST", "COALITION", "/api/coalitions/" + id + "/outcomes", alice,
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"Guidelines with annexes\", \"body\": \"Text.\"}"), 201));
		String documents = "/api/coalitions/" + id + "/outcomes/" + outcome + "/documents";
		await("chen is a member in coalition-service", () -> call("GET", "COALITION", documents, chen, null), 200);
		byte[] pdf = Uploads.pdf("Annex A");
		Path file = Files.createTempDirectory("documents-").resolve("Annex A.pdf");
		Files.write(file, pdf);

		Browser member = browsers.open("chen", "en-GB,en");
		member.signIn("chen");
		member.open("#/coalitions/" + id);
		String files = "#outcomes [data-documents='" + outcome + "']";
		member.find(By.cssSelector(files + " form[data-form=document] input[type=file]"))
			.sendKeys(file.toAbsolutePath().toString());
		member.click(By.cssSelector(files + " form[data-form=document] button[type=submit]"));
		member.waitForText(By.cssSelector(files + " li[data-document]"), "Annex A.pdf", EVENTUALLY);
		assertThat(member.find(By.cssSelector(files)).getText()).contains("PDF");
		assertThat(member.present(By.cssSelector("main .alert"))).isFalse();
		member.screenshot("40-draft-with-a-file");

		expect(call("POST", "COALITION", "/api/coalitions/" + id + "/outcomes/" + outcome + "/publish", alice, null), 200);
		Browser visitor = browsers.open("visitor", "fr-FR,fr");
		visitor.open("#/coalitions/" + id);
		WebElement link = visitor.waitForText(By.cssSelector(files + " a"), "Annex A.pdf", EVENTUALLY);
		assertThat(visitor.find(By.cssSelector(files)).getText()).contains("Fichiers");
		assertThat(visitor.present(By.cssSelector("form[data-form=document]"))).as("no form for a visitor").isFalse();
		visitor.screenshot("41-published-file-signed-out");

		HttpResponse<byte[]> download = stack.http.send(HttpRequest.newBuilder(URI.create(link.getDomProperty("href")))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
	}

	private HttpResponse<String> call(String method, String component, String path, String token, String body) {
		return stack.request(method, stack.url(component, path), token, body, Map.of());
	}
}
