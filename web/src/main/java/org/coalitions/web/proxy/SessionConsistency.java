package org.coalitions.web.proxy;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.coalitions.contracts.ConsistencyToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Reading your own writes for the pages, without their knowing: the session remembers the positions of every
 * command's events ({@link ConsistencyToken}, the highest offset per topic-partition), and each later request of the
 * session names them, so that the service it reaches answers only once it has applied them. A client's own header
 * is merged in (one that cannot be read goes through as it is, for the service to refuse). Requests without a
 * session (scripts with their own bearer token) only pass on what they send.
 */
@Component
class SessionConsistency {

	static final String ATTRIBUTE = SessionConsistency.class.getName();

	/** The header value to send on with this request, if any. */
	Optional<String> toSend(HttpServletRequest request) {
		String explicit = request.getHeader(ConsistencyToken.HEADER);
		ConsistencyToken remembered = remembered(request.getSession(false));
		if (explicit == null) {
			return remembered.isEmpty() ? Optional.empty() : Optional.of(remembered.toString());
		}
		try {
			return Optional.of(remembered.merge(ConsistencyToken.parse(explicit)).toString());
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(explicit);
		}
	}

	/** Remembers, for the session, the token a service answered with. */
	void remember(HttpServletRequest request, String answered) {
		HttpSession session = request.getSession(false);
		if (session == null || answered == null) {
			return;
		}
		ConsistencyToken token;
		try {
			token = ConsistencyToken.parse(answered);
		}
		catch (IllegalArgumentException ex) {
			return; // not from our services
		}
		synchronized (WebUtils.getSessionMutex(session)) {
			session.setAttribute(ATTRIBUTE, remembered(session).merge(token).toString());
		}
	}

	private static ConsistencyToken remembered(HttpSession session) {
		Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
		return value instanceof String text ? ConsistencyToken.parse(text) : ConsistencyToken.parse(null);
	}
}
