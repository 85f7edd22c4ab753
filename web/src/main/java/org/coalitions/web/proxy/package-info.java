/**
 * Same-origin routing of {@code /api/**}: {@link org.coalitions.web.proxy.ApiRoutes} says which service owns a
 * path, {@link org.coalitions.web.proxy.ApiProxy} forwards the request with the session's access token and
 * streams the answer back unchanged (status, body, the headers the pages use; server-sent events as they come).
 * {@link org.coalitions.web.proxy.MyDataController} ({@code GET /my-data}) asks all three services at once for the
 * person's own data and hands back one file.
 */
package org.coalitions.web.proxy;
