package org.coalitions.coalition.outcome;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.contracts.MemberJoined;
import org.coalitions.contracts.Role;
import org.coalitions.contracts.Topics;
import org.coalitions.infra.Ports;
import org.coalitions.platform.test.ApiClient;
import org.coalitions.platform.test.ApiIntegrationTest;
import org.coalitions.platform.test.ApiResponse;
import org.coalitions.platform.test.EventProbe;
import org.coalitions.platform.test.TestEvents;
import org.coalitions.platform.test.TestInfra;
import org.coalitions.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files on outcomes through coalition-service's API, on the embedded store's GridFS: members attach PDF, ODT and
 * DOCX files to drafts, recognised by their content; programs under a document's name get 415, files over 20 MB
 * 413, both as problems; a file round-trips byte for byte with its type and name; a draft's files are for members,
 * a published outcome's for anyone, and a published outcome takes no more.
 */
@ApiIntegrationTest("coalition-service")
class OutcomeDocumentsIntegrationTests {

	static final long TWENTY_MB = 20L * 1024 * 1024;

	ApiClient api;

	@Autowired
	Rosters rosters;

	@Autowired
	OutcomeDocuments documents;

	@Autowired
	MongoDatabaseFactory databases;

	@Autowired
	MongoConverter converter;

	final TestEvents events = new TestEvents(TestInfra.sharedBroker().bootstrapServers());

	String coalition;

	String draft;

	@BeforeEach
	void aCoalitionWithAMemberAndADraft() {
		coalition = post("/api/coalitions", "alice", """
				{"name": "Coalition on Papers %s", "theme": "INTERNET_RIGHTS_AND_PRINCIPLES", "summary": "Papers.",
				 "joinPolicy": "OPEN",
				 "statement": {"rationale": "Papers matter.", "actionPlan": "Write them.", "contactPersons": ["alice"]}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).assertStatus(201).json().get("id").asString();
		awaitRole("alice", Role.COORDINATOR);
		events.publish(new MemberJoined(coalition, "bruno", "Bruno", "GOVERNMENT", "BR", "MEMBER"), "bruno");
		awaitRole("bruno", Role.MEMBER);
		draft = post(outcomes(), "alice", "{\"kind\": \"OUTCOME_DOCUMENT\", \"title\": \"Paper\", \"body\": \"Text.\"}")
			.assertStatus(201)
			.json()
			.get("id")
			.asString();
	}

	@AfterEach
	void close() {
		events.close();
	}

	@Test
	void aMembersPdfRoundTripsByteForByteAndIsPublicOnceTheOutcomeIsPublished() {
		byte[] pdf = TestDocuments.pdf("Outcome of the session on open archives");

		JsonNode added = upload(draft, "bruno", "Informe técnico.pdf", pdf).assertStatus(201).json();
		assertThat(added.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(added.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(added.get("fileName").asString()).isEqualTo("Informe técnico.pdf");
		assertThat(added.get("addedByName").asString()).isEqualTo("bruno");
		String id = added.get("id").asString();

		assertThat(api.get(documents(draft), token("alice")).assertStatus(200).json().findValuesAsString("id"))
			.containsExactly(id);
		HttpResponse<byte[]> download = download(draft, id, token("bruno"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"Informe t_cnico.pdf\"; filename*=UTF-8''Informe%20t%C3%A9cnico.pdf");

		// a draft's files are its members' only: as the draft, a 404 to anyone else
		HttpResponse<byte[]> signedOut = download(draft, id, null);
		assertThat(signedOut.statusCode()).isEqualTo(404);
		assertThat(contentType(signedOut)).startsWith("application/problem+json");
		api.get(documents(draft)).assertProblem(404);
		assertThat(download(draft, id, token("emeka")).statusCode()).isEqualTo(404);

		try (EventProbe probe = new EventProbe(TestInfra.sharedBroker().bootstrapServers(), Topics.COALITION_EVENTS)) {
			List<ConsumerRecord<String, byte[]>> added1 = probe.await(record -> coalition.equals(record.key())
					&& "org.coalitions.coalition.outcome-document-added.v1".equals(EventProbe.header(record, "ce_type")),
					1, Duration.ofSeconds(30));
			assertThat(added1).hasSize(1);
			assertThat(EventProbe.value(added1.get(0))).contains("\"documentId\":\"" + id + "\"")
				.contains("\"contentType\":\"application/pdf\"")
				.contains("\"size\":" + pdf.length);
			assertThat(EventProbe.header(added1.get(0), "ce_actor")).isEqualTo("bruno");
		}

		post(outcomes() + "/" + draft + "/publish", "alice", null).assertStatus(200);
		HttpResponse<byte[]> published = download(draft, id, null);
		assertThat(published.statusCode()).as("public once published").isEqualTo(200);
		assertThat(published.body()).isEqualTo(pdf);
		assertThat(api.get(documents(draft)).assertStatus(200).json().findValuesAsString("fileName"))
			.containsExactly("Informe técnico.pdf");
		upload(draft, "alice", "late.pdf", pdf).assertProblem(409);
	}

	@Test
	void anOdtAndADocxAreTakenWithTheTypeTheirContentSays() {
		JsonNode odt = upload(draft, "bruno", "notes.odt", TestDocuments.odt("Notes")).assertStatus(201).json();
		assertThat(odt.get("contentType").asString()).isEqualTo("application/vnd.oasis.opendocument.text");
		// a Word document named as a PDF is a Word document, and its name says so
		byte[] docx = TestDocuments.docx("Recommendations");
		JsonNode word = upload(draft, "alice", "recommendations.pdf", docx).assertStatus(201).json();
		assertThat(word.get("contentType").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(word.get("fileName").asString()).isEqualTo("recommendations.pdf.docx");

		HttpResponse<byte[]> download = download(draft, word.get("id").asString(), token("bruno"));
		assertThat(download.body()).isEqualTo(docx);
		assertThat(download.headers().firstValue("Content-Type"))
			.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(api.get(documents(draft), token("bruno")).json().findValuesAsString("fileName"))
			.containsExactly("notes.odt", "recommendations.pdf.docx");
	}

	@Test
	void renamedProgramsAndMacroDocumentsAre415AndLeaveNothingBehind() {
		long stored = storedFiles();
		for (byte[] program : List.of(TestDocuments.windowsExecutable(), TestDocuments.elfExecutable(),
				TestDocuments.docm("Macros"))) {
			JsonNode problem = upload(draft, "bruno", "report.pdf", program).assertProblem(415);
			assertThat(problem.get("detail").asString()).contains("PDF, ODT and DOCX");
		}
		assertThat(api.get(documents(draft), token("bruno")).json()).isEmpty();
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void aFileOver20MbIs413WhetherTheRequestSaysSoOrTheUploadShowsIt() {
		// 25 MB: the request's length is over the upload limit, refused before it is read
		JsonNode declared = upload(draft, "bruno", "big.pdf", largePdf(25L * 1024 * 1024)).assertProblem(413);
		assertThat(declared.get("title").asString()).isEqualTo("Payload too large");
		// just over 20 MB: the request fits, the file does not
		upload(draft, "bruno", "big.pdf", largePdf(TWENTY_MB + 1)).assertProblem(413);
		assertThat(api.get(documents(draft), token("bruno")).json()).isEmpty();
		// exactly 20 MB is taken
		upload(draft, "bruno", "fits.pdf", largePdf(TWENTY_MB)).assertStatus(201);
	}

	@Test
	void onlyMembersAttachFiles() {
		byte[] pdf = TestDocuments.pdf("Not yours");
		upload(draft, "emeka", "mine.pdf", pdf).assertProblem(403);
		assertThat(api.send(multipart(draft, null, "mine.pdf", pdf)).statusCode()).isEqualTo(401);
		upload("no-such-outcome", "bruno", "x.pdf", pdf).assertProblem(404);
		// no file part at all
		api.post(documents(draft), token("bruno"), "--b--\r\n", "Content-Type", "multipart/form-data; boundary=b")
			.assertProblem(400);
	}

	/**
	 * Bytes stored without their outcome's write (a process that died in between) are removed by the sweep; a
	 * listed file whose mark was not lifted keeps its bytes and loses the mark.
	 */
	@Test
	void theSweepRemovesOnlyFilesNoOutcomeLists() {
		String listed = upload(draft, "bruno", "kept.pdf", TestDocuments.pdf("Kept")).assertStatus(201)
			.json()
			.get("id")
			.asString();
		GridFsTemplate gridFs = new GridFsTemplate(databases, converter, OutcomeDocuments.BUCKET);
		new org.springframework.data.mongodb.core.MongoTemplate(databases).updateFirst(
				Query.query(Criteria.where("_id").is(new ObjectId(listed))),
				org.springframework.data.mongodb.core.query.Update.update("metadata.attached", false),
				OutcomeDocuments.BUCKET + ".files");
		ObjectId orphan = gridFs.store(new java.io.ByteArrayInputStream(TestDocuments.pdf("Orphan")), "orphan.pdf",
				"application/pdf", new Document("coalitionId", coalition).append("outcomeId", draft)
					.append("attached", false));

		documents.sweepUnattached(Instant.now().plusSeconds(60));

		assertThat(gridFs.findOne(Query.query(Criteria.where("_id").is(orphan)))).isNull();
		assertThat(download(draft, listed, token("bruno")).statusCode()).isEqualTo(200);
		assertThat(gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(listed)))).getMetadata()
			.getBoolean("attached")).isTrue();
	}

	/** A valid PDF padded with a comment to exactly {@code size} bytes. */
	private static byte[] largePdf(long size) {
		byte[] pdf = TestDocuments.pdf("Large");
		byte[] large = new byte[(int) size];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		java.util.Arrays.fill(large, pdf.length, large.length, (byte) ' ');
		return large;
	}

	private long storedFiles() {
		return new org.springframework.data.mongodb.core.MongoTemplate(databases).getCollection(
				OutcomeDocuments.BUCKET + ".files").countDocuments();
	}

	private ApiResponse upload(String outcome, String user, String fileName, byte[] content) {
		return api.send(multipart(outcome, token(user), fileName, content));
	}

	/** A form with one file part, as a browser sends it. */
	private HttpRequest multipart(String outcome, String token, String fileName, byte[] content) {
		String boundary = "----form" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return api.request(documents(outcome), token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
					HttpRequest.BodyPublishers.ofByteArray(content),
					HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))))
			.build();
	}

	private HttpResponse<byte[]> download(String outcome, String id, String token) {
		return api.send(api.request(documents(outcome) + "/" + id, token).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	private String outcomes() {
		return "/api/coalitions/" + coalition + "/outcomes";
	}

	private String documents(String outcome) {
		return outcomes() + "/" + outcome + "/documents";
	}

	private void awaitRole(String user, Role role) {
		Ports.await(user + " as " + role, Duration.ofSeconds(30),
				() -> rosters.roleOf(coalition, user).orElse(null) == role);
	}

	private ApiResponse post(String path, String user, String body) {
		return api.post(path, token(user), body);
	}

	private static String token(String user) {
		return TestTokens.sign(user, user, user + "@coalitions.example", List.of(), Instant.now().plusSeconds(3600));
	}
}
