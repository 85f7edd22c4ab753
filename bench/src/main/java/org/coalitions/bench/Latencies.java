package org.coalitions.bench;

import org.HdrHistogram.Histogram;

/** A latency distribution in milliseconds, summarised from every recorded latency (no sampling). */
record Latencies(long count, double p50, double p90, double p99, double max, double mean) {

	/** Microsecond resolution, up to ten minutes. */
	static Histogram histogram() {
		return new Histogram(600_000_000L, 3);
	}

	static Latencies of(Histogram micros) {
		if (micros.getTotalCount() == 0) {
			return new Latencies(0, 0, 0, 0, 0, 0);
		}
		return new Latencies(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
				ms(micros.getValueAtPercentile(90)), ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()),
				Math.round(micros.getMean()) / 1000.0);
	}

	private static double ms(long micros) {
		return micros / 1000.0;
	}
}
