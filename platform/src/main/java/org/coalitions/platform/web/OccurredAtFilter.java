package org.coalitions.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coalitions.platform.time.HistoryProperties;
import org.coalitions.platform.time.OccurredAt;
import org.springframework.http.MediaType;

/**
 * A command that says when it happened ({@link OccurredAt#HEADER}): with history import on, the whole request runs
 * at that instant (see {@link org.coalitions.platform.time.HistoryClock}). Refused with a 400 problem when import is
 * off (a script loading history into a service that would date it now must learn so, not load a wrong past), when
 * the value is not an ISO-8601 instant, and when it lies in the future. Requests without the header go on as they
 * came.
 */
public class OccurredAtFilter implements Filter {

	private final boolean importEnabled;

	private final Clock system;

	public OccurredAtFilter(HistoryProperties history, Clock system) {
		this.importEnabled = history.importEnabled();
		this.system = system;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String header = ((HttpServletRequest) request).getHeader(OccurredAt.HEADER);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!importEnabled) {
			refuse((HttpServletResponse) response, "History import is off here: a request may not say when it "
					+ "happened (" + OccurredAt.HEADER + "; coalitions.history.import-enabled=false).");
			return;
		}
		Instant at;
		try {
			at = Instant.parse(header.strip());
		}
		catch (DateTimeParseException ex) {
			refuse((HttpServletResponse) response,
					OccurredAt.HEADER + " must be an ISO-8601 instant in UTC, e.g. 2009-11-15T09:00:00Z.");
			return;
		}
		if (at.isAfter(system.instant())) {
			refuse((HttpServletResponse) response, OccurredAt.HEADER + " may not be in the future.");
			return;
		}
		try (OccurredAt.Scope scope = OccurredAt.at(at)) {
			chain.doFilter(request, response);
		}
	}

	/** Written by hand, like {@link RequestSizeLimit}'s: this runs outside Spring MVC, and the text holds nothing a client sent. */
	private static void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Invalid " + OccurredAt.HEADER
				+ "\",\"status\":400,\"detail\":\"" + detail + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
