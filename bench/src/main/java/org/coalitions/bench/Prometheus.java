package org.coalitions.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One scrape of a service's {@code /actuator/prometheus} (public), for the means of its timers over a benchmark: two
 * scrapes, and the difference of a timer's {@code _sum} over the difference of its {@code _count}.
 */
record Prometheus(List<String> lines) {

	static Prometheus scrape(Stack stack, String component) {
		byte[] body = new Http().send(Http.request(stack.url(component, "/actuator/prometheus"), null).GET().build())
			.body();
		return new Prometheus(List.of(new String(body, StandardCharsets.UTF_8).split("\n")));
	}

	/** The sum of the samples of that name whose labels contain every one of {@code labels} (e.g. {@code group="x"}). */
	double value(String name, String... labels) {
		double total = 0;
		for (String line : lines) {
			if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
				continue;
			}
			boolean matches = true;
			for (String label : labels) {
				matches &= line.contains(label);
			}
			if (matches) {
				total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return total;
	}

	/**
	 * A timer's mean in milliseconds between an earlier scrape and this one, and how many it timed; NaN when it
	 * timed nothing.
	 */
	Mean meanSince(Prometheus before, String timer, String... labels) {
		double count = value(timer + "_seconds_count", labels) - before.value(timer + "_seconds_count", labels);
		double sum = value(timer + "_seconds_sum", labels) - before.value(timer + "_seconds_sum", labels);
		return new Mean(count <= 0 ? Double.NaN : 1000 * sum / count, (long) count);
	}

	record Mean(double ms, long count) {
	}
}
