/**
 * Related coalitions: for each coalition the ones closest to it by text, shared members and theme, with the
 * reasons, and the table of every related pair for the secretariat and the coordination group. The ranking is in
 * {@link org.coalitions.coalition.related.Relatedness}; the text similarity is Lucene's MoreLikeThis over an
 * in-memory index of this instance ({@link org.coalitions.coalition.related.RelatedIndex}), built from the store
 * at start and kept up to date from events.
 */
package org.coalitions.coalition.related;
