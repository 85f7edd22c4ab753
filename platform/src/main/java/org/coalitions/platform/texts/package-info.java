/**
 * Server-side texts in the six languages: {@link org.coalitions.platform.texts.Texts} over ICU MessageFormat, one
 * set of {@code *.properties} files per service.
 */
package org.coalitions.platform.texts;
