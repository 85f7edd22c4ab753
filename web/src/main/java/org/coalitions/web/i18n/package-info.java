/**
 * The pages' texts in the browser's language: the message bundles ({@code messages*.properties}: English, French,
 * Spanish) served as one JSON object, chosen from {@code Accept-Language}.
 */
package org.coalitions.web.i18n;
