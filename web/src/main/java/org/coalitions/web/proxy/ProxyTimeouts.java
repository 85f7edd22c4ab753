package org.coalitions.web.proxy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the front door waits for a service, so that a service that hangs costs the page a quick 504 problem
 * instead of a request (and a server thread) held for as long as the browser waits.
 *
 * @param connectTimeout how long to wait to connect to the service
 * @param responseTimeout how long to wait for the service's answer to begin (its status and headers); a stream
 * (server-sent events) that has begun is not cut off. Longer than any bounded wait of the services (the store's
 * time-outs, a read-your-writes wait), so those answer for themselves with their own 503 problem.
 */
@ConfigurationProperties("coalitions.web.proxy")
public record ProxyTimeouts(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration responseTimeout) {
}
