package org.coalitions.notification.digest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.coalitions.platform.messaging.EventSubscriptions;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which instance runs the digests: a lease in the store, taken by the first instance that checks and renewed at
 * each of its checks; when that instance stops checking (stopped, crashed) another takes it once it ran out. So a
 * run goes through everyone once, not once per instance. Correctness does not hang on it: a digest's mail id is
 * its person and period, so two runs that overlapped (a run longer than the lease) still queue one digest each.
 * Times are the machines' wall clocks, not the application's clock.
 */
@Component
public class DigestLease {

	@Document(Lease.COLLECTION)
	record Lease(String id, String holder, Instant until) {

		static final String COLLECTION = "leases";

		static final String DIGESTS = "digest-runs";
	}

	private final MongoOperations mongo;

	private final Duration length;

	private final String holder;

	DigestLease(MongoOperations mongo, DigestProperties properties, Environment environment) {
		this.mongo = mongo;
		this.length = properties.lease();
		this.holder = holderName(environment.getProperty(EventSubscriptions.INSTANCE_PROPERTY, ""));
	}

	/** Takes or renews the lease; false while another instance holds it. */
	public boolean acquire() {
		Instant now = Instant.now();
		Query free = Query.query(Criteria.where("_id")
			.is(Lease.DIGESTS)
			.orOperator(Criteria.where("holder").is(holder), Criteria.where("until").lt(now)));
		try {
			// a lease held by another matches nothing, and the upsert then collides with it on _id
			mongo.findAndModify(free, new Update().set("holder", holder).set("until", now.plus(length)),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class);
			return true;
		}
		catch (DuplicateKeyException heldByAnother) {
			return false;
		}
	}

	/**
	 * Who this instance is in the lease: its instance name where it has one ({@code coalitions.messaging.instance},
	 * set by infra/stack and the Kubernetes pods), so that an instance restarted after a crash takes its own lease
	 * back at once instead of waiting for it to run out; else the host (for people reading the store) and a unique
	 * part.
	 */
	String holder() {
		return holder;
	}

	private static String holderName(String instance) {
		if (!instance.isBlank()) {
			return instance;
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + "/" + UUID.randomUUID();
	}
}
