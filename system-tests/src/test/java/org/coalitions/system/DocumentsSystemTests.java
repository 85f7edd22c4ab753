package org.coalitions.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coalitions.system.Responses.await;
import static org.coalitions.system.Responses.expect;
import static org.coalitions.system.Responses.id;

/**
 * Files on outcomes through the web app's front door, on the local stack with real Keycloak tokens: a member's PDF
 * goes up and comes back byte for byte with its type and name, a DOCX is taken as one, a renamed program gets 415
 * and a 25 MB file 413 (both problems, the latter refused by the front door itself); a draft's files are for its
 * members, a published outcome's for anyone signed out.
 */
@ExtendWith(SharedLocalStack.class)
class DocumentsSystemTests {

	final LocalStack stack;

	DocumentsSystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void filesGoUpAndComeBackThroughTheFrontDoorAndArePublicOncePublished() throws IOException {
		String alice = stack.token("alice");
		String chen = stack.token("chen");
		String coalition = propose(alice);
		expect(call("POST", "MEMBERSHIP", "/api/coalitions/" + coalition + "/members", chen, "{}"), 201);
		String outcome = id(expect(call("POST", "COALITION", "/api/coalitions/" + coalition + "/outcomes", alice,
				"{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"Papers\", \"body\": \"Text.\"}"), 201));
		String documents = "/api/coalitions/" + coalition + "/outcomes/" + outcome + "/documents";
		byte[] pdf = Uploads.pdf("Outcome on open archives");

		await("chen is a member in coalition-service (a draft's files are its members')",
				() -> call("GET", "WEB", documents, chen, null), 200);
		LocalStack.Answer added = stack.answer(Uploads.upload(web(documents), chen, "Résumé.pdf", pdf));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		JsonNode document = LocalStack.json(added.body());
		assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
		String file = documents + "/" + document.get("id").asString();

		HttpResponse<byte[]> download = download(file, chen);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).as("byte for byte").isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment;")
			.contains("filename*=UTF-8''R%C3%A9sum%C3%A9.pdf");
		assertThat(download(file, null).statusCode()).as("a draft's file, signed out").isEqualTo(404);
		assertThat(stack.answer(Uploads.upload(web(documents), stack.token("gita"), "x.pdf", pdf)).status())
			.as("not a member").isEqualTo(403);

		LocalStack.Answer word = stack.answer(Uploads.upload(web(documents), chen, "notes.docx", docx()));
		assertThat(word.status()).as(word.body()).isEqualTo(201);
		assertThat(LocalStack.json(word.body()).get("contentType").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		byte[] program = new byte[2048];
		program[0] = 'M';
		program[1] = 'Z';
		assertProblem(stack.answer(Uploads.upload(web(documents), chen, "report.pdf", program)), 415);
		byte[] large = new byte[25 * 1024 * 1024];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		assertProblem(stack.answer(Uploads.upload(web(documents), chen, "large.pdf", large)), 413);
		assertProblem(stack.answer(Uploads.upload(stack.url("COALITION", documents), chen, "large.pdf", large)), 413);

		expect(call("POST", "WEB", "/api/coalitions/" + coalition + "/outcomes/" + outcome + "/publish", alice, null), 200);
		HttpResponse<byte[]> published = download(file, null);
		assertThat(published.statusCode()).as("published: anyone, signed out").isEqualTo(200);
		assertThat(published.body()).isEqualTo(pdf);
		assertThat(LocalStack.json(call("GET", "WEB", documents, null, null).body()).findValuesAsString("fileName"))
			.containsExactly("Résumé.pdf", "notes.docx");
	}

	private static void assertProblem(LocalStack.Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(LocalStack.json(answer.body()).get("status").asInt()).isEqualTo(status);
	}

	private HttpResponse<byte[]> download(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web(path))).timeout(Duration.ofSeconds(20));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return stack.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A minimal WordprocessingML document. */
	private static byte[] docx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : Map.of("[Content_Types].xml",
					"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
							+ "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
							+ ".wordprocessingml.document.main+xml\"/></Types>",
					"word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
							+ "<w:body><w:p><w:r><w:t>Notes</w:t></w:r></w:p></w:body></w:document>")
				.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private String propose(String token) {
		String id = id(expect(call("POST", "COALITION", "/api/coalitions", token, """
				{"name": "Documents coalition %s", "theme": "OTHER", "themeName": "Papers", "summary": "Papers.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "Papers matter.", "actionPlan": "Write them.",
				               "contactPersons": ["Alice Example"]}}""".formatted(UUID.randomUUID().toString()
				.substring(0, 8))), 201));
		await("membership-service's directory entry",
				() -> call("GET", "MEMBERSHIP", "/api/coalitions/" + id + "/membership-info", null, null), 200);
		return id;
	}

	private String web(String path) {
		return stack.url("WEB", path);
	}

	private HttpResponse<String> call(String method, String component, String path, String token, String body) {
		return stack.request(method, stack.url(component, path), token, body, Map.of());
	}
}
