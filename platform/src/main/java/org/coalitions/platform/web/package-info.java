/** Error responses: every failure the client can do something about is a 4xx {@code application/problem+json}. */
package org.coalitions.platform.web;
