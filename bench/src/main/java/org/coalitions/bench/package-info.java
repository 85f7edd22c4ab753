/**
 * Benchmarks against the real local stack ({@code infra/stack up}), run by {@code bench/run}. Every figure is
 * compared with a baseline measured in the same run (a bare Spring Boot endpoint, a plain Kafka consumer), because
 * the machines are shared and absolute times vary. Each main writes its raw results as JSON under
 * {@code bench/results}; {@link org.coalitions.bench.Report} turns them into {@code docs/performance.md}.
 */
package org.coalitions.bench;
