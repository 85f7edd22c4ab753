/**
 * Writing documents when other writers may write them too: {@link
 * org.coalitions.platform.persistence.ConcurrentSaves} is the one retry of a load-change-save, for aggregates
 * and outboxes alike.
 */
package org.coalitions.platform.persistence;
