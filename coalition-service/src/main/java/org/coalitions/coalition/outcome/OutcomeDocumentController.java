package org.coalitions.coalition.outcome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coalitions.platform.security.CurrentUser;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Files on outcomes. An upload arrives as a multipart part on disk (the servlet container's, sized by
 * {@code spring.servlet.multipart.*}); it is moved to a file of this request's own, so that the type check can read
 * it as a ZIP and the store can stream it, and removed when the request ends.
 */
@RestController
@RequestMapping("/api/coalitions/{coalitionId}/outcomes/{outcomeId}/documents")
class OutcomeDocumentController {

	private final OutcomeDocuments documents;

	OutcomeDocumentController(OutcomeDocuments documents) {
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a PDF, ODT or DOCX file (at most 20 MB) to a draft outcome (members)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<DocumentView> add(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@RequestPart("file") MultipartFile file, @AuthenticationPrincipal Jwt jwt) throws IOException {
		Path upload = Files.createTempFile("outcome-document-", ".upload");
		try {
			file.transferTo(upload);
			OutcomeDocument added = documents.add(coalitionId, outcomeId, upload, file.getOriginalFilename(),
					CurrentUser.of(jwt));
			return ResponseEntity
				.created(URI.create("/api/coalitions/" + coalitionId + "/outcomes/" + outcomeId + "/documents/"
						+ added.id()))
				.body(DocumentView.of(added));
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	@GetMapping
	@Operation(summary = "The files of an outcome, oldest first (a draft's for its coalition's members only)")
	List<DocumentView> list(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@AuthenticationPrincipal Jwt jwt) {
		return documents.list(coalitionId, outcomeId, CurrentUser.ifSignedIn(jwt))
			.stream()
			.map(DocumentView::of)
			.toList();
	}

	@GetMapping("/{documentId}")
	@Operation(summary = "Download a file of an outcome (a draft's for its coalition's members only)")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment with its name",
			content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<Resource> download(@PathVariable String coalitionId, @PathVariable String outcomeId,
			@PathVariable String documentId, @AuthenticationPrincipal Jwt jwt) {
		OutcomeDocuments.Download download = documents.open(coalitionId, outcomeId, documentId,
				CurrentUser.ifSignedIn(jwt));
		OutcomeDocument document = download.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.fileName()))
			.body(download.content());
	}

	/**
	 * RFC 6266: the name in UTF-8 as {@code filename*} (RFC 8187), after an ASCII {@code filename} for clients that
	 * know no other; a header holds no raw non-ASCII byte.
	 */
	static String attachment(String fileName) {
		StringBuilder ascii = new StringBuilder();
		StringBuilder encoded = new StringBuilder();
		fileName.codePoints().forEach(c -> {
			// quotes and backslashes would need escaping, and some browsers decode %xx in the plain name
			ascii.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%' ? '_' : (char) c);
		});
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0;
			encoded.append(attrChar ? String.valueOf((char) c) : String.format("%%%02X", c));
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}
}
