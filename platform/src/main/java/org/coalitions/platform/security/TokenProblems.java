package org.coalitions.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.coalitions.contracts.Language;
import org.coalitions.platform.texts.ProblemTexts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The refusals the security filters make before any controller runs, as {@code application/problem+json} like
 * every other failure ({@code ApiProblems} answers those that reach the controllers): 401 without a token or with one
 * that is not accepted, 403 when the signed-in person may not, both with the bearer scheme's
 * {@code WWW-Authenticate}; and 503 with {@code Retry-After} when a token cannot be checked at all because the
 * realm's keys cannot be fetched (Spring Security would let that escape as a 500).
 */
final class TokenProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	/** A Keycloak that restarts is back within this many seconds, and its keys with it. */
	static final int KEYS_RETRY_AFTER_SECONDS = 5;

	private static final Log log = LogFactory.getLog(TokenProblems.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		bearerEntryPoint.commence(request, response, exception);
		boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		write(request, response, HttpStatus.UNAUTHORIZED,
				tokenSent ? "problem.token-not-accepted" : "problem.sign-in-required");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		bearerDenied.handle(request, response, exception);
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (!(exception instanceof AuthenticationServiceException)) {
			commence(request, response, exception);
			return;
		}
		log.warn("A token could not be checked: " + exception.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(KEYS_RETRY_AFTER_SECONDS));
		write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.sign-in-unavailable");
	}

	/** The problem of that key ({@code texts/problems}), in the best language of the request's Accept-Language. */
	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String key) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Language language = Language.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		String title = ProblemTexts.TEXTS.get(language, key + ".title");
		String detail = ProblemTexts.TEXTS.get(language, key + ".detail");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
