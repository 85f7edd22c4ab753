/**
 * coalition-service: coalitions, their charter, theme, join policy and life cycle, their coordination and
 * reported outcomes. One package per feature; each keeps its web and persistence adapters package-private.
 */
package org.coalitions.coalition;
