package org.coalitions.web.proxy;

import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coalitions.web.session.SessionTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /my-data}: the signed-in person's data from the three services in one JSON file, as an attachment
 * named after the day it was made. The session's token is used (a script may bring its own bearer token instead,
 * as to {@code /api/**}); which person it is, each service reads from the token, so nobody can ask for another's.
 */
@RestController
class MyDataController {

	/** A service that failed has usually been restarted or relieved within this many seconds. */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(MyDataController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MyDataDownload download;

	private final SessionTokens tokens;

	private final SessionConsistency consistency;

	MyDataController(MyDataDownload download, SessionTokens tokens, SessionConsistency consistency) {
		this.download = download;
		this.tokens = tokens;
		this.consistency = consistency;
	}

	@GetMapping("/my-data")
	ResponseEntity<?> download(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		String token = tokens.accessToken(authentication, request, response).orElseGet(() -> bearer(request));
		if (token == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(HttpStatus.UNAUTHORIZED, "Sign-in required", "Please sign in to download your data."));
		}
		long started = System.nanoTime();
		ObjectNode file = download.assemble(token, consistency.toSend(request));
		String day = java.time.Instant.parse(file.path("generatedAt").asString())
			.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.toString();
		// no person in the line: only that a file was made, and how long it took
		log.info("Personal data file assembled in {} ms", (System.nanoTime() - started) / 1_000_000);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("coalitions-my-data-" + day + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
	}

	private static String bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> partsMissing(MyDataDownload.PartsMissing ex) {
		log.warn("Personal data file not assembled: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Your data could not be assembled",
					"No answer from " + String.join(", ", ex.services())
							+ "; a file without its part would not be whole. Please try again in a moment."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> signInRefused(MyDataDownload.SignInRefused ex) {
		return signIn();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> signInExpired(SessionTokens.SignInExpiredException ex) {
		return signIn();
	}

	private static ResponseEntity<ProblemDetail> signIn() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.UNAUTHORIZED, "Sign-in expired", "Your sign-in has expired. Please sign in again."));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
