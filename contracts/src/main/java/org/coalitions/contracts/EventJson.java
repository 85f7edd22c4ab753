package org.coalitions.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of event data, the same in every service. */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private EventJson() {
	}

	public static String write(Object data) {
		return MAPPER.writeValueAsString(data);
	}

	/** Reads event data; throws {@link IllegalArgumentException} when the bytes are not that event. */
	public static <T> T read(byte[] json, Class<T> type) {
		try {
			return MAPPER.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + ex.getOriginalMessage(),
					ex);
		}
	}
}
