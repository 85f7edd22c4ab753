/**
 * Test support shared by every service's integration tests (published as this module's test jar): real
 * servers, real tokens, and probes that read what really went over Kafka.
 */
package org.coalitions.platform.test;
