package org.coalitions.web.proxy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout how long the front door waits for all three services' parts of "download my data" together (each
 * service's answer must also begin within the proxy's response time-out); past it, a 503 problem naming the ones
 * that did not answer. Well within the minute the file must be assembled in.
 */
@ConfigurationProperties("coalitions.web.my-data")
public record MyDataProperties(@DefaultValue("30s") Duration timeout) {
}
