package org.coalitions.coalition.outcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The type of a file is read from its content, and reading it never inflates more than two small entries. */
class DocumentTypeTests {

	@TempDir
	Path folder;

	@Test
	void aPdfOdtAndDocxAreRecognisedByTheirContent() throws IOException {
		assertThat(typeOf(TestDocuments.pdf("Hello"))).contains(DocumentType.PDF);
		assertThat(typeOf(TestDocuments.odt("Hello"))).contains(DocumentType.ODT);
		assertThat(typeOf(TestDocuments.docx("Hello"))).contains(DocumentType.DOCX);
	}

	@Test
	void executablesMacroDocumentsAndOtherArchivesAreNone() throws IOException {
		assertThat(typeOf(TestDocuments.windowsExecutable())).isEmpty();
		assertThat(typeOf(TestDocuments.elfExecutable())).isEmpty();
		assertThat(typeOf(TestDocuments.docm("Macros"))).as("DOCM").isEmpty();
		assertThat(typeOf(TestDocuments.zip(Map.of("readme.txt", "just a zip"), null))).isEmpty();
		assertThat(typeOf(TestDocuments.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
				"content.xml", "<x/>"), "mimetype"))).as("a spreadsheet").isEmpty();
		assertThat(typeOf(new byte[0])).isEmpty();
		assertThat(typeOf("PK\u0003\u0004 and then no archive at all".getBytes(StandardCharsets.ISO_8859_1)))
			.as("a broken ZIP").isEmpty();
		assertThat(typeOf(" %PDF-1.4 not at the start".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	@Test
	void aZipBombIsJudgedWithoutInflatingIt() throws IOException {
		// a DOCX whose document part inflates to 64 MB: recognised, its part never read
		byte[] bomb = bomb("word/document.xml", 64);
		assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);
		// content types that inflate to 64 MB: read up to their bound only, so none
		byte[] typesBomb = bomb("[Content_Types].xml", 64);
		long started = System.nanoTime();
		assertThat(typeOf(bomb)).contains(DocumentType.DOCX);
		assertThat(typeOf(typesBomb)).isEmpty();
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(2000);
	}

	@Test
	void theFileNameLosesFoldersAndControlCharactersAndEndsInTheTypesExtension() {
		assertThat(OutcomeDocuments.fileName("C:\\Users\\ana\\Report 2026.PDF", DocumentType.PDF))
			.isEqualTo("Report 2026.PDF");
		assertThat(OutcomeDocuments.fileName("../../etc/re\u0000port\n.docx", DocumentType.DOCX)).isEqualTo("report.docx");
		assertThat(OutcomeDocuments.fileName("report.pdf", DocumentType.DOCX)).isEqualTo("report.pdf.docx");
		assertThat(OutcomeDocuments.fileName(null, DocumentType.ODT)).isEqualTo("document.odt");
		assertThat(OutcomeDocuments.fileName("é".repeat(300), DocumentType.PDF)).hasSize(204).endsWith(".pdf");
	}

	/** A Word document whose entry {@code huge} holds that many megabytes of zeros. */
	private static byte[] bomb(String huge, int megabytes) throws IOException {
		Map<String, String> small = new LinkedHashMap<>();
		small.put("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
				+ "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
		small.put("word/document.xml", "<w:document/>");
		small.remove(huge);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : small.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(huge));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private Optional<DocumentType> typeOf(byte[] content) throws IOException {
		return DocumentType.of(Files.write(Files.createTempFile(folder, "upload", ".bin"), content));
	}
}
