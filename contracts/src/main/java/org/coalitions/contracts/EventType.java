package org.coalitions.contracts;

/**
 * One kind of event: its CloudEvents {@code type} (logical and versioned, e.g.
 * {@code org.coalitions.coalition.proposed.v1}), the record that carries its data, and its topic.
 */
public record EventType<T extends PlatformEvent>(String name, Class<T> dataType, String topic) {
}
