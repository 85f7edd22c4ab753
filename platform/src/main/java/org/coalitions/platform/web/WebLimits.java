package org.coalitions.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 * @param maxRequestSize the largest request body a service reads: our JSON bodies are a few kilobytes, and a body
 * of megabytes is an attack or a mistake, refused with 413 before it is parsed
 */
@ConfigurationProperties("coalitions.web")
public record WebLimits(@DefaultValue("256KB") DataSize maxRequestSize) {
}
