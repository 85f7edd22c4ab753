package org.coalitions.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 * @param maxRequestSize the largest request body a service reads (default 256KB): our JSON bodies are a few
 * kilobytes, and a body of megabytes is an attack or a mistake, refused with 413 before it is parsed
 */
@ConfigurationProperties("coalitions.web")
public record WebLimits(DataSize maxRequestSize) {

	public WebLimits {
		maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(256) : maxRequestSize;
	}
}
