package org.coalitions.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.kafka.common.TopicPartition;
import org.coalitions.contracts.ConsistencyToken;
import org.coalitions.contracts.ConsistencyToken.Position;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.outbox.RelayedPositions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reading your own writes across services, both halves ({@link ConsistencyToken}):
 * <ul>
 * <li>A request that names positions in {@link ConsistencyToken#HEADER} is answered once this service has applied
 * each of them whose topic it reads ({@link ConsumerPositions#applied}, so whichever instance applied it), waiting
 * at most {@code coalitions.consistency.apply-wait}; past that, a 503 problem with {@code Retry-After}. A malformed
 * header is a 400 problem naming it.</li>
 * <li>A command's answer names the positions of the events it saved, once the relay has sent them (waiting at most
 * {@code coalitions.consistency.relay-wait}, else it goes without). Its body is held back meanwhile, so that the
 * header can still be set.</li>
 * </ul>
 */
public class ConsistencyFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 1;

	private static final long POLL_MILLIS = 20;

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ConsistencyProperties properties;

	private final ConsumerPositions consumed;

	private final RelayedPositions relayed;

	/**
	 * @param consumed null in a service that reads no topic
	 * @param relayed null in a service that publishes nothing
	 */
	public ConsistencyFilter(ConsistencyProperties properties, ConsumerPositions consumed, RelayedPositions relayed) {
		this.properties = properties;
		this.consumed = consumed;
		this.relayed = relayed;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(ConsistencyToken.HEADER);
		if (header != null) {
			ConsistencyToken token;
			try {
				token = ConsistencyToken.parse(header);
			}
			catch (IllegalArgumentException ex) {
				refuse(response, 400, "Invalid " + ConsistencyToken.HEADER, ex.getMessage());
				return;
			}
			if (!awaitApplied(token)) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
				refuse(response, 503, "Not caught up yet", "This service has not yet applied the changes "
						+ ConsistencyToken.HEADER + " names. Try again in a moment.");
				return;
			}
		}
		if (relayed == null || SAFE_METHODS.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		try (RelayedPositions.Command command = relayed.command()) {
			chain.doFilter(request, held);
			command.token(properties.relayWait())
				.ifPresent(token -> held.setHeader(ConsistencyToken.HEADER, token.toString()));
		}
		finally {
			held.copyBodyToResponse();
		}
	}

	/** Whether this service applied every position of the token in a topic it reads, within the bound. */
	private boolean awaitApplied(ConsistencyToken token) {
		if (consumed == null || token.isEmpty()) {
			return true;
		}
		Set<String> topics = consumed.groupsByTopic().keySet();
		List<Position> waiting = new ArrayList<>(
				token.positions().stream().filter(position -> topics.contains(position.topic())).toList());
		long deadline = System.nanoTime() + properties.applyWait().toNanos();
		while (true) {
			waiting.removeIf(position -> consumed
				.applied(new TopicPartition(position.topic(), position.partition()), position.offset())
				.orElse(false));
			long left = deadline - System.nanoTime();
			if (waiting.isEmpty() || left <= 0) {
				return waiting.isEmpty();
			}
			try {
				Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	/** Written by hand, like {@link OccurredAtFilter}'s: this runs outside Spring MVC. */
	private static void refuse(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
				+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
