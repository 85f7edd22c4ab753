package org.coalitions.web.session;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The front door's own 401 and 403 answers (a missing sign-in, a missing or stale CSRF token) as
 * {@code application/problem+json}, the same shape the services and the proxy answer with, so the pages show every
 * refusal the same way.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required", "Please sign in.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		String detail = (exception instanceof CsrfException)
				? "The request did not carry this session's CSRF token. Please reload the page and try again."
				: "You may not do this.";
		write(request, response, HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail) throws IOException {
		if (response.isCommitted()) {
			return;
		}
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
