/**
 * The values of the services' enums that the pages need ({@link org.coalitions.web.vocabulary.VocabularyController}),
 * read from the contracts so that no script re-lists them.
 */
package org.coalitions.web.vocabulary;
