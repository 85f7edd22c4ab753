package org.coalitions.web.proxy;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.coalitions.web.WebProperties;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which service answers which API path. The services' own controllers are the source of truth; this table
 * mirrors them. Everything under {@code /api/} that membership-service or notification-service does not own goes
 * to coalition-service (the coalitions, their charter, threads, meetings and outcomes).
 * <p>
 * A service may run as several instances: each request starts with the next one in turn (round robin), and the
 * proxy falls back on the others in that order when one refuses the connection.
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
			route("/api/coalitions/*/invitations/**", Service.MEMBERSHIP),
			route("/api/invitations/**", Service.MEMBERSHIP),
			route("/api/coalitions/*/balance", Service.MEMBERSHIP),
			route("/api/coalitions/*/membership-info", Service.MEMBERSHIP),
			route("/api/feed/**", Service.NOTIFICATION),
			route("/api/digests/**", Service.NOTIFICATION),
			route("/api/activity/**", Service.NOTIFICATION),
			route("/api/coalitions/*/state", Service.NOTIFICATION),
			route("/api/coalitions/*/threads/*/interest", Service.NOTIFICATION),
			route("/api/unsubscribe/**", Service.NOTIFICATION),
			// the operations API names its service: /api/operations/<service>/...
			route("/api/operations/membership-service/**", Service.MEMBERSHIP),
			route("/api/operations/notification-service/**", Service.NOTIFICATION));

	private final WebProperties properties;

	private final Map<Service, AtomicInteger> turns = new EnumMap<>(Service.class);

	public ApiRoutes(WebProperties properties) {
		this.properties = properties;
		for (Service service : Service.values()) {
			turns.put(service, new AtomicInteger());
		}
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

	/**
	 * The addresses of the service's instances for a path and query as the browser sent them (still URL-encoded),
	 * the instance whose turn it is first.
	 */
	public List<URI> targets(String rawPath, String rawQuery) {
		Service service = serviceFor(rawPath);
		List<URI> instances = baseUrls(service);
		int first = Math.floorMod(turns.get(service).getAndIncrement(), instances.size());
		String pathAndQuery = rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
		List<URI> targets = new ArrayList<>(instances.size());
		for (int i = 0; i < instances.size(); i++) {
			String root = instances.get((first + i) % instances.size()).toString().replaceAll("/+$", "");
			targets.add(URI.create(root + pathAndQuery));
		}
		return targets;
	}

	List<URI> baseUrls(Service service) {
		return switch (service) {
			case COALITION -> properties.coalitionServiceUrl();
			case MEMBERSHIP -> properties.membershipServiceUrl();
			case NOTIFICATION -> properties.notificationServiceUrl();
		};
	}
}
