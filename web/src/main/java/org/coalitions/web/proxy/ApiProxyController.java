package org.coalitions.web.proxy;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coalitions.web.session.SessionTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/**} for the pages: each request goes to the service that owns its path, with the signed-in person's
 * access token (anonymous requests go without one, and the service decides what anonymous people may see).
 */
@RestController
record ApiProxyController(ApiRoutes routes, ApiProxy proxy, SessionTokens tokens) {

	/** A service that hangs has usually been restarted or relieved within this many seconds. */
	static final int RETRY_AFTER_SECONDS = 5;
	private static final Logger log = LoggerFactory.getLogger(ApiProxyController.class);

	@RequestMapping("/api/**")
	void forward(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String token = tokens.accessToken(authentication, request, response).orElse(null);
		if (token == null) {
			// a script may call the front door with its own token; the session's wins when there is one
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				token = header.substring(7).strip();
			}
		}
		ApiRoutes.Service service = ApiRoutes.serviceFor(request.getRequestURI());
		long started = System.nanoTime();
		proxy.forward(routes.targets(request.getRequestURI(), request.getQueryString()), request, response, token);
		// one line per API request, with the trace id the service's lines share; no path (it may hold an
		// unsubscribe token), no query (search words), no person
		log.info("{} to {}-service answered {} in {} ms", request.getMethod(), service.name().toLowerCase(Locale.ROOT),
				response.getStatus(), (System.nanoTime() - started) / 1_000_000);
	}

	@ExceptionHandler
	ProblemDetail unreachable(ApiProxy.ServiceUnreachableException ex) {
		return problem(HttpStatus.BAD_GATEWAY, "Service unavailable",
				"The service that answers this request is not reachable right now; try again in a moment.");
	}

	@ExceptionHandler
	ProblemDetail timedOut(ApiProxy.ServiceTimedOutException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		return problem(HttpStatus.GATEWAY_TIMEOUT, "Service too slow",
				"The service that answers this request did not answer in time; try again in a moment.");
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ApiProxy.BodyTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail signInExpired(SessionTokens.SignInExpiredException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Sign-in expired", "Your sign-in has expired. Please sign in again.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
