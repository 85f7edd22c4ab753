/**
 * Real servers for machines without Docker: a KRaft Kafka broker and a MongoDB wire-protocol server.
 * The {@code *Main} classes are what {@code infra/stack} runs; {@link org.coalitions.infra.KafkaBroker}
 * and {@link org.coalitions.infra.MongoStore} are what integration tests use, and they start the very
 * same mains.
 */
package org.coalitions.infra;
