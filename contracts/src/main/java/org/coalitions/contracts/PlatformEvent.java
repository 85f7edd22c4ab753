package org.coalitions.contracts;

/**
 * Any event the services exchange. Its {@link #key()} is the Kafka record key: the events of one key stay in
 * one partition and in order.
 */
public interface PlatformEvent {

	String key();
}
