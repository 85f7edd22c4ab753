package org.coalitions.platform.observability;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

/**
 * The W3C {@code traceparent} of the work on the current thread (a request, a consumed record), kept with an
 * outbox entry so that the relay, which sends later on another thread, can hand the trace on in the record's
 * headers. The header's name is the one Micrometer Tracing reads back on the consumer's side.
 */
public final class TraceParent {

	/** The record header (and HTTP header) that carries the trace context. */
	public static final String HEADER = "traceparent";

	private TraceParent() {
	}

	/** @return the current trace context as a {@code traceparent} value, or null outside any trace */
	public static String current() {
		Map<String, String> carrier = new HashMap<>(2);
		W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
		return carrier.get(HEADER);
	}
}
