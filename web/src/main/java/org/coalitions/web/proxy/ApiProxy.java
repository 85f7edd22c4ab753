package org.coalitions.web.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.coalitions.contracts.ConsistencyToken;
import org.springframework.stereotype.Component;

/**
 * Forwards one API request to its service and streams the answer back.
 * <p>
 * Only the headers the pages and the APIs use are passed on, in both directions (no cookies to the services, no
 * hop-by-hop headers). The answer is copied as it arrives and flushed after every read, so server-sent events reach
 * the browser when the service sends them instead of when the stream ends. Problem responses are ordinary
 * responses here: their status, {@code application/problem+json} type and body pass through untouched. The trace of
 * the request goes on to the service in {@code traceparent} (W3C), so one trace id follows a command from the front
 * door through the service and, in the events' headers, to every consumer.
 * <p>
 * Of a service's instances, the first that accepts the connection gets the request: one that refuses it or does
 * not accept it in time never saw the request, so the next may take it, whatever the method. Once a connection
 * is made, a failure is final (a command may have taken effect).
 * <p>
 * The session's consistency token goes along ({@link SessionConsistency}).
 * <p>
 * Request bodies are small JSON, read whole (at most {@link #MAX_BODY_BYTES}), except file uploads, which are
 * streamed as they arrive, within {@link ProxyUploads}' size and time: a front door holding every upload whole would
 * need 20 MB per upload in flight.
 */
@Component
public class ApiProxy {

	/** Bodies the services accept are small (a charter is at most 20,000 characters, an outcome 100,000). */
	static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	/**
	 * coalitions-occurred-at: a command that says when it happened (the services' {@code OccurredAt.HEADER}; they
	 * decide whether to take it).
	 */
	private static final Set<String> REQUEST_HEADERS = Set.of("accept", "accept-language", "content-type",
			"if-match", "if-none-match", "last-event-id", "coalitions-occurred-at");

	private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location",
			"Cache-Control", "Content-Disposition", "Retry-After", "WWW-Authenticate", "Allow", "Last-Modified",
			ConsistencyToken.HEADER);

	private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final SessionConsistency consistency;

	private final HttpClient http;

	private final Duration responseTimeout;

	private final ProxyUploads uploads;

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	ApiProxy(SessionConsistency consistency, ProxyTimeouts timeouts, ProxyUploads uploads, ObjectProvider<Tracer> tracer,
			ObjectProvider<Propagator> propagator) {
		this.consistency = consistency;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeouts.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.responseTimeout = timeouts.responseTimeout();
		this.uploads = uploads;
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * @param targets the addresses of the service's instances for this request, the one to try first first
	 * @param bearerToken the signed-in person's access token, or null to forward anonymously
	 * @throws ServiceUnreachableException when no instance can be reached (the caller turns it into a 502)
	 * @throws ServiceTimedOutException when the service does not begin to answer in time (a 504)
	 * @throws BodyTooLargeException when the request body is larger than any service accepts
	 */
	public void forward(List<URI> targets, HttpServletRequest request, HttpServletResponse response,
			String bearerToken) throws IOException {
		HttpResponse<InputStream> answer = send(targets, request, bearerToken);
		consistency.remember(request, answer.headers().firstValue(ConsistencyToken.HEADER).orElse(null));
		try (InputStream body = answer.body()) {
			response.setStatus(answer.statusCode());
			for (String name : RESPONSE_HEADERS) {
				answer.headers().allValues(name).forEach((value) -> response.addHeader(name, value));
			}
			boolean eventStream = answer.headers()
				.firstValue("Content-Type")
				.map((type) -> type.toLowerCase(Locale.ROOT).startsWith("text/event-stream"))
				.orElse(false);
			if (eventStream) {
				// no proxy in between may hold events back
				response.setHeader("X-Accel-Buffering", "no");
				response.setHeader("Cache-Control", "no-cache");
			}
			copy(body, response.getOutputStream(), response);
		}
	}

	private HttpResponse<InputStream> send(List<URI> targets, HttpServletRequest request, String bearerToken)
			throws IOException {
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		boolean upload = !WITHOUT_BODY.contains(method) && isUpload(request);
		HttpRequest.BodyPublisher body = WITHOUT_BODY.contains(method) ? HttpRequest.BodyPublishers.noBody()
				: upload ? streamedBody(request) : HttpRequest.BodyPublishers.ofByteArray(readBody(request));
		ServiceUnreachableException unreachable = null;
		for (URI target : targets) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(target)
				.timeout(upload ? uploads.timeout() : responseTimeout)
				.method(method, body);
			for (String name : REQUEST_HEADERS) {
				var values = request.getHeaders(name);
				while (values != null && values.hasMoreElements()) {
					builder.header(name, values.nextElement());
				}
			}
			consistency.toSend(request).ifPresent(token -> builder.header(ConsistencyToken.HEADER, token));
			if (bearerToken != null) {
				builder.header("Authorization", "Bearer " + bearerToken);
			}
			Tracer current = tracer.getIfAvailable();
			Propagator propagation = propagator.getIfAvailable();
			if (current != null && propagation != null && current.currentTraceContext().context() != null) {
				propagation.inject(current.currentTraceContext().context(), builder, HttpRequest.Builder::header);
			}
			try {
				return http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (ConnectException | HttpConnectTimeoutException notConnected) {
				// never reached this instance (HttpConnectTimeoutException is an HttpTimeoutException: caught first)
				unreachable = new ServiceUnreachableException(target, notConnected);
			}
			catch (HttpTimeoutException ex) {
				throw new ServiceTimedOutException(target, ex);
			}
			catch (IOException ex) {
				if (causedBy(ex, BodyTooLargeException.class)) {
					throw new BodyTooLargeException(uploads.maxSize().toBytes());
				}
				throw new ServiceUnreachableException(target, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ServiceUnreachableException(target, ex);
			}
		}
		throw unreachable;
	}

	private static byte[] readBody(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw new BodyTooLargeException(MAX_BODY_BYTES);
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw new BodyTooLargeException(MAX_BODY_BYTES);
		}
		return body;
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
	}

	/**
	 * The upload as it arrives: of its declared length, refused at once when that is too large; without one, cut
	 * off at the first byte too many (the send then fails with {@link BodyTooLargeException} as its cause). The
	 * service's stream is read only when a connection is made, so a next instance tried after a refused connection
	 * still gets the whole body.
	 */
	private HttpRequest.BodyPublisher streamedBody(HttpServletRequest request) throws IOException {
		long max = uploads.maxSize().toBytes();
		long declared = request.getContentLengthLong();
		if (declared > max) {
			throw new BodyTooLargeException(max);
		}
		InputStream in = request.getInputStream();
		if (declared >= 0) {
			return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> in), declared);
		}
		return HttpRequest.BodyPublishers.ofInputStream(() -> new LimitedStream(in, max));
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** Fails once more than {@code max} bytes were read. */
	private static final class LimitedStream extends java.io.FilterInputStream {

		private final long max;

		private long read;

		LimitedStream(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > max) {
				throw new IOException(new BodyTooLargeException(max));
			}
		}
	}

	/** Copies as it arrives; a browser that went away ends the copy (and closes the service's stream). */
	private static void copy(InputStream in, OutputStream out, HttpServletResponse response) throws IOException {
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) != -1) {
			out.write(buffer, 0, read);
			if (in.available() == 0) {
				response.flushBuffer();
			}
		}
		response.flushBuffer();
	}

	/** The service did not answer. */
	public static class ServiceUnreachableException extends RuntimeException {

		ServiceUnreachableException(URI target, Exception cause) {
			super("The service at " + target.getScheme() + "://" + target.getAuthority() + " did not answer: "
					+ cause.getClass().getSimpleName(), cause);
		}
	}

	/** The service took the request but did not begin to answer within the response time-out. */
	public static class ServiceTimedOutException extends RuntimeException {

		ServiceTimedOutException(URI target, Exception cause) {
			super("The service at " + target.getScheme() + "://" + target.getAuthority() + " did not answer in time",
					cause);
		}
	}

	/** A request body larger than {@link #MAX_BODY_BYTES}, or an upload larger than {@link ProxyUploads#maxSize()}. */
	public static class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException(long maxBytes) {
			super("The request body is larger than " + maxBytes / 1024 + " KiB.");
		}
	}
}
