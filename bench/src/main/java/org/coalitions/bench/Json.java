package org.coalitions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Results as JSON files, one per benchmark, and the answers of the APIs. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Json() {
	}

	static JsonNode parse(String text) {
		return MAPPER.readTree(text);
	}

	static void write(Path file, Object result) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, MAPPER.writeValueAsString(result) + "\n");
			System.out.println("bench: wrote " + file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode read(Path file) {
		try {
			return Files.exists(file) ? MAPPER.readTree(Files.readString(file)) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
