package org.coalitions.infra;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} pairs of a main's command line. */
final class Args {

	private final Map<String, String> values = new HashMap<>();

	Args(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
			}
			values.put(args[i].substring(2), args[++i]);
		}
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	String require(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing --" + name);
		}
		return value;
	}

	int intValue(String name, int fallback) {
		String value = values.get(name);
		return value == null ? fallback : Integer.parseInt(value);
	}
}
