package org.coalitions.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table of {@code authorisation-matrix.md}: per operation and caller, the one status the platform must
 * answer. Kept as a Markdown table so that it reads as the powers table it is and a new endpoint is one line.
 */
final class AuthorisationMatrix {

	/** The callers, in the order of the table's status columns. */
	enum Caller {

		ANONYMOUS(null), MEMBER_X("chen"), MEMBER_Y("dana"), COORDINATOR_X("alice"), COORDINATOR_Y("bruno"),
		SECRETARIAT("sam");

		final String user;

		Caller(String user) {
			this.user = user;
		}
	}

	/**
	 * One row. {@code path} and {@code body} hold placeholders ({@code {X}}, ...); {@code before} names what to
	 * prepare before each caller's request (empty, {@code etag}, {@code open} or {@code closed}).
	 */
	record Row(int line, String service, String method, String path, String body, String before,
			List<Integer> expected) {

		/** The operation as OpenAPI names it, with every path variable written {@code {}}. */
		String operation() {
			return operation(service, method, path);
		}

		static String operation(String service, String method, String path) {
			return service + " " + method.toUpperCase() + " "
					+ path.replaceAll("\\?.*", "").replaceAll("\\{[^}/]+}", "{}");
		}

		@Override
		public String toString() {
			return "line " + line + ": " + service + " " + method + " " + path;
		}
	}

	static final String RESOURCE = "/authorisation-matrix.md";

	private AuthorisationMatrix() {
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		List<String> lines = read().lines().toList();
		boolean inTable = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith("|---")) {
				// the separator under the header: rows follow
				inTable = true;
				continue;
			}
			if (!inTable || !line.startsWith("|")) {
				continue;
			}
			List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
				.map(String::strip)
				.toList();
			if (cells.size() != 5 + Caller.values().length) {
				throw new IllegalStateException(RESOURCE + " line " + (i + 1) + " has " + cells.size()
						+ " cells, not " + (5 + Caller.values().length) + ": " + line);
			}
			List<Integer> expected = cells.subList(5, cells.size()).stream().map(Integer::valueOf).toList();
			rows.add(new Row(i + 1, cells.get(0), cells.get(1).toUpperCase(), cells.get(2),
					cells.get(3).isEmpty() ? null : cells.get(3), cells.get(4), expected));
		}
		return rows;
	}

	private static String read() {
		try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
