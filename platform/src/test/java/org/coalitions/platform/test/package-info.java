/**
 * Test support shared by every service's tests (published as this module's test jar): real servers ({@link
 * org.coalitions.platform.test.RealServers}), real tokens, probes that read what really went over Kafka, one
 * client for a running service's API ({@link org.coalitions.platform.test.ApiIntegrationTest}, {@link
 * org.coalitions.platform.test.ApiClient}), and web slices with production's security and problem answers
 * ({@link org.coalitions.platform.test.ApiSlice}, {@link org.coalitions.platform.test.Callers}, {@link
 * org.coalitions.platform.test.Problems}).
 */
package org.coalitions.platform.test;
