package org.coalitions.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Refuses request bodies larger than {@link WebLimits#maxRequestSize()} (file uploads: {@link
 * WebLimits#maxUploadSize()}) with a 413 problem. A body that
 * declares its length is refused before anything (security included) reads it; a chunked body, whose length
 * is known only at its end, is counted while it is read, and its stream fails with
 * {@link PayloadTooLargeException} at the first byte too many, which {@link ApiProblems} answers with 413.
 * <p>
 * It runs first on every request, most of which (GETs) have no body at all: those, and bodies of a declared
 * length, go on as they came, with no wrapper and no bookkeeping. A plain {@link Filter}, not a
 * {@code OncePerRequestFilter}: registered as a bean it sees each request once (REQUEST dispatches only), and
 * async or error dispatches bring no new body.
 */
public class RequestSizeLimit implements Filter {

	private final WebLimits limits;

	public RequestSizeLimit(WebLimits limits) {
		this.limits = limits;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		long declared = request.getContentLengthLong();
		long maxBytes = limits.maxBytes(request.getContentType());
		if (declared > maxBytes) {
			refuse((HttpServletResponse) response, maxBytes);
			return;
		}
		chain.doFilter(declared >= 0 || !mayHaveBody(request) ? request
				: new CountedRequest((HttpServletRequest) request, maxBytes), response);
	}

	/**
	 * Whether a request without a declared length may still have a body. In HTTP/1.x it has one only with a
	 * Transfer-Encoding (RFC 9112, 6.3); in HTTP/2 or later any request may, so those are always counted.
	 */
	private static boolean mayHaveBody(ServletRequest request) {
		return !request.getProtocol().startsWith("HTTP/1.") || !(request instanceof HttpServletRequest http)
				|| http.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/** Written by hand: this runs outside Spring MVC, and the text holds nothing a client sent. */
	static void refuse(HttpServletResponse response, long maxBytes) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,\"detail\":"
				+ "\"The request body is larger than the " + maxBytes + " bytes this service accepts.\"}")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream counted;

		CountedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountedStream(super.getInputStream(), maxBytes);
			}
			return counted;
		}
	}

	private static final class CountedStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long maxBytes;

		private long read;

		CountedStream(ServletInputStream body, long maxBytes) {
			this.body = body;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws PayloadTooLargeException {
			read += n;
			if (read > maxBytes) {
				throw new PayloadTooLargeException(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
