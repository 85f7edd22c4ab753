/**
 * This service's own view of the coalitions, kept from coalition-service's events alone (no synchronous
 * calls): what joining needs to know, such as the join policy and whether the coalition still takes members.
 */
package org.coalitions.membership.directory;
