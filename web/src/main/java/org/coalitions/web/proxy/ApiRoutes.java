package org.coalitions.web.proxy;

import java.net.URI;
import java.util.List;

import org.coalitions.web.WebProperties;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which service answers which API path. The services' own controllers are the source of truth; this table
 * mirrors them. Everything under {@code /api/} that membership-service or notification-service does not own goes
 * to coalition-service (the coalitions, their charter, threads, meetings and outcomes).
 */
@Component
public class ApiRoutes {

	/** The services behind the front door. */
	public enum Service {
		COALITION, MEMBERSHIP, NOTIFICATION
	}

	private record Route(PathPattern pattern, Service service) {
	}

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private static final List<Route> ROUTES = List.of(
			route("/api/me/**", Service.MEMBERSHIP),
			route("/api/coalitions/*/members/**", Service.MEMBERSHIP),
			route("/api/coalitions/*/join-requests/**", Service.MEMBERSHIP),
			route("/api/coalitions/*/balance", Service.MEMBERSHIP),
			route("/api/coalitions/*/membership-info", Service.MEMBERSHIP),
			route("/api/feed/**", Service.NOTIFICATION),
			route("/api/digests/**", Service.NOTIFICATION),
			route("/api/activity/**", Service.NOTIFICATION),
			route("/api/coalitions/*/state", Service.NOTIFICATION),
			route("/api/unsubscribe/**", Service.NOTIFICATION),
			// the operations API names its service: /api/operations/<service>/...
			route("/api/operations/membership-service/**", Service.MEMBERSHIP),
			route("/api/operations/notification-service/**", Service.NOTIFICATION));

	private final WebProperties properties;

	public ApiRoutes(WebProperties properties) {
		this.properties = properties;
	}

	private static Route route(String pattern, Service service) {
		return new Route(PARSER.parse(pattern), service);
	}

	/** The service that owns an API path (a path under {@code /api/}, without the query). */
	public static Service serviceFor(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Route route : ROUTES) {
			if (route.pattern().matches(container)) {
				return route.service();
			}
		}
		return Service.COALITION;
	}

	/** The service's address for a path and query as the browser sent them (still URL-encoded). */
	public URI target(String rawPath, String rawQuery) {
		URI base = baseUrl(serviceFor(rawPath));
		String root = base.toString().replaceAll("/+$", "");
		return URI.create(root + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
	}

	URI baseUrl(Service service) {
		return switch (service) {
			case COALITION -> properties.coalitionServiceUrl();
			case MEMBERSHIP -> properties.membershipServiceUrl();
			case NOTIFICATION -> properties.notificationServiceUrl();
		};
	}
}
