package org.coalitions.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 * @param maxRequestSize the largest request body a service reads: our JSON bodies are a few kilobytes, and a body
 * of megabytes is an attack or a mistake, refused with 413 before it is parsed
 * @param maxUploadSize the largest {@code multipart/form-data} body (a file upload) a service reads, where it takes
 * files (coalition-service: outcome documents); never below {@code maxRequestSize}. Unset, uploads get the same
 * limit as every other body.
 */
@ConfigurationProperties("coalitions.web")
public record WebLimits(@DefaultValue("256KB") DataSize maxRequestSize, DataSize maxUploadSize) {

	/** The limit for a body of this content type. */
	long maxBytes(String contentType) {
		boolean upload = contentType != null && contentType.regionMatches(true, 0, "multipart/form-data", 0, 19);
		return upload && maxUploadSize != null ? Math.max(maxRequestSize.toBytes(), maxUploadSize.toBytes())
				: maxRequestSize.toBytes();
	}
}
