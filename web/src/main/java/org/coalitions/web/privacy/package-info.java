/**
 * A person's own data at the front door: {@code GET /my-data} asks each service for what it holds about the
 * signed-in person and hands back one JSON file ("download my data").
 */
package org.coalitions.web.privacy;
