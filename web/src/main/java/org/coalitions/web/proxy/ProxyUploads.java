package org.coalitions.web.proxy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * File uploads ({@code multipart/form-data}) through the front door, which streams them to the service instead of
 * holding them in memory as it does the small JSON bodies.
 *
 * @param maxSize the largest upload passed on: the services' largest (an outcome document, 20 MB) with room for the
 * form around it, as coalition-service's {@code spring.servlet.multipart.max-request-size}; larger ones get a 413
 * problem here, before any byte goes to a service
 * @param timeout how long to wait for the service's answer to an upload to begin: the upload itself comes at the
 * browser's pace within that time (20 MB at 2 Mbit/s takes 80 s), so it is longer than {@link
 * ProxyTimeouts#responseTimeout()}
 */
@ConfigurationProperties("coalitions.web.proxy.upload")
public record ProxyUploads(@DefaultValue("21MB") DataSize maxSize, @DefaultValue("3m") Duration timeout) {
}
