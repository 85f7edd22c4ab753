package org.coalitions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local stack under test, as {@code bench/run} started it: its state folder (pids, logs) and its ports, read
 * from the same environment variables {@code infra/stack} reads.
 */
record Stack(Path dir, Path repo) {

	static Stack fromEnvironment() {
		return new Stack(Path.of(required("STACK_DIR")), Path.of(System.getenv().getOrDefault("REPO_ROOT", ".")));
	}

	String url(String component, String path) {
		return "http://127.0.0.1:" + port(component) + path;
	}

	String keycloak() {
		return "http://localhost:" + port("KEYCLOAK");
	}

	String kafka() {
		return "127.0.0.1:" + port("KAFKA");
	}

	/** The store the stack's services use: {@code MONGODB_URI} when set, else the embedded server on its port. */
	String mongo() {
		return external().orElseGet(() -> "mongodb://127.0.0.1:" + port("MONGO"));
	}

	/** What the report says was measured: {@code mongodb} (a MongoDB at {@code MONGODB_URI}) or {@code embedded}. */
	String store() {
		return external().isPresent() ? "mongodb" : "embedded";
	}

	private static Optional<String> external() {
		return Optional.ofNullable(System.getenv("MONGODB_URI")).filter(uri -> !uri.isBlank());
	}

	static int port(String component) {
		return Integer.parseInt(required(component + "_PORT"));
	}

	/** The pid {@code infra/stack} wrote for a component, if it is running. */
	Optional<Long> pid(String component) {
		Path file = dir.resolve("pids").resolve(component + ".pid");
		try {
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readString(file).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path log(String component) {
		return dir.resolve("logs").resolve(component + ".log");
	}

	Path results() {
		return repo.resolve("bench/results");
	}

	static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " is not set; run the benchmarks with bench/run");
		}
		return value;
	}
}
