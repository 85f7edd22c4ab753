package org.coalitions.coalition.outcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real files of each kind, made here: a minimal valid PDF, an ODT and a DOCX as their specifications lay them out. */
final class TestDocuments {

	private TestDocuments() {
	}

	/** A one-page PDF with a line of text, its cross-reference table pointing at each object's real offset. */
	static byte[] pdf(String text) {
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				stream("BT /F1 12 Tf 72 770 Td (" + text + ") Tj ET"),
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String stream(String content) {
		return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
	}

	/** An OpenDocument text: {@code mimetype} first and stored, then the manifest and the content. */
	static byte[] odt(String text) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("mimetype", "application/vnd.oasis.opendocument.text");
		entries.put("META-INF/manifest.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
				 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>""");
		entries.put("content.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
				 <office:body><office:text><text:p>%s</text:p></office:text></office:body>
				</office:document-content>""".formatted(text));
		return zip(entries, "mimetype");
	}

	/** A WordprocessingML document: content types, the package relationship and the main part. */
	static byte[] docx(String text) {
		return word(text, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
	}

	/** The same with macros enabled (DOCM), which outcomes do not take. */
	static byte[] docm(String text) {
		return word(text, "application/vnd.ms-word.document.macroEnabled.main+xml");
	}

	private static byte[] word(String text, String mainType) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				 <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				 <Default Extension="xml" ContentType="application/xml"/>
				 <Override PartName="/word/document.xml" ContentType="%s"/>
				</Types>""".formatted(mainType));
		entries.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				 <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
				</Relationships>""");
		entries.put("word/document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				 <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body>
				</w:document>""".formatted(text));
		return zip(entries, null);
	}

	/** A ZIP of these entries in order, deflated but for {@code stored} (null: none). */
	static byte[] zip(Map<String, String> entries, String stored) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				if (entry.getKey().equals(stored)) {
					CRC32 crc = new CRC32();
					crc.update(content);
					zipEntry.setMethod(ZipEntry.STORED);
					zipEntry.setSize(content.length);
					zipEntry.setCompressedSize(content.length);
					zipEntry.setCrc(crc.getValue());
				}
				zip.putNextEntry(zipEntry);
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** What a Windows executable starts with, followed by filler: a program, whatever it is called. */
	static byte[] windowsExecutable() {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		for (int i = 2; i < exe.length; i++) {
			exe[i] = (byte) (i * 31);
		}
		return exe;
	}

	/** An ELF header (Linux executable) followed by filler. */
	static byte[] elfExecutable() {
		byte[] elf = new byte[4096];
		System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1 }, 0, elf, 0, 7);
		return elf;
	}
}
