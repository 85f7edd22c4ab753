/**
 * Writing documents when other writers may write them too, and a store that is away: {@link
 * org.coalitions.platform.persistence.ConcurrentSaves} is the one retry of a load-change-save, for aggregates
 * and outboxes alike (with turns for this process's writers of a document that many requests change at once);
 * {@link org.coalitions.platform.persistence.StoreConfiguration} bounds how long a call waits for an unreachable
 * store ({@link org.coalitions.platform.persistence.StoreProperties}), and {@link
 * org.coalitions.platform.persistence.StoreFailures} tells such a failure from bad data.
 */
package org.coalitions.platform.persistence;
