package org.coalitions.coalition.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file an outcome may carry, each recognised from its content, never from its name or the type a
 * client declares: a PDF by its header; ODT and DOCX are ZIP containers, recognised by the entries that make them
 * what they are (ODF's {@code mimetype}; OOXML's {@code [Content_Types].xml} naming a WordprocessingML main part,
 * and {@code word/document.xml}).
 * <p>
 * The ZIP is read through its central directory ({@link ZipFile}), so no entry is inflated but the two small ones
 * read, each only up to a bound: a zip bomb costs nothing here. A macro-enabled document (DOCM) declares another
 * main type and is refused.
 */
enum DocumentType {

	PDF("application/pdf", ".pdf"),

	ODT("application/vnd.oasis.opendocument.text", ".odt"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_HEADER = { 'P', 'K', 3, 4 };

	private static final String DOCX_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	/** [Content_Types].xml of a Word document is well under a kilobyte; a few hundred parts stay under this. */
	private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;

	private final String mediaType;

	private final String extension;

	DocumentType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return mediaType;
	}

	/** The file name's extension for this type, with its dot. */
	String extension() {
		return extension;
	}

	/** The type of the file's content, or empty when it is none of these (or not what it starts out to be). */
	static Optional<DocumentType> of(Path file) throws IOException {
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(PDF_HEADER.length);
		}
		if (Arrays.equals(start, PDF_HEADER)) {
			return Optional.of(PDF);
		}
		if (start.length >= ZIP_HEADER.length && Arrays.equals(start, 0, ZIP_HEADER.length, ZIP_HEADER, 0, ZIP_HEADER.length)) {
			return zipped(file);
		}
		return Optional.empty();
	}

	private static Optional<DocumentType> zipped(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String mimetype = text(zip, "mimetype", ODT.mediaType.length() + 1);
			if (ODT.mediaType.equals(mimetype) && zip.getEntry("content.xml") != null) {
				return Optional.of(ODT);
			}
			String contentTypes = text(zip, "[Content_Types].xml", MAX_CONTENT_TYPES_BYTES);
			if (contentTypes != null && (contentTypes.contains("\"" + DOCX_MAIN_PART + "\"")
					|| contentTypes.contains("'" + DOCX_MAIN_PART + "'"))
					&& zip.getEntry("word/document.xml") != null) {
				return Optional.of(DOCX);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException notAZip) {
			// a broken or hostile archive (ZipException, an entry name the JDK refuses) is simply not a document
			return Optional.empty();
		}
	}

	/** The entry's text, read up to {@code maxBytes} inflated bytes; null if absent or longer. */
	private static String text(ZipFile zip, String name, int maxBytes) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(maxBytes + 1);
			return bytes.length > maxBytes ? null : new String(bytes, StandardCharsets.UTF_8).strip();
		}
	}
}
