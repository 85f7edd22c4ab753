package org.coalitions.membership.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.Language;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.Topics;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.messaging.EventHandlers;
import org.coalitions.platform.messaging.EventSubscription;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds, makes and updates member profiles. A profile's contact details and mail preferences are published on
 * {@code people.events} (see {@link MemberProfile#contact()}); group and country reach other services through
 * the memberships' events.
 */
@Service
public class Profiles {

	private final MongoOperations mongo;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final EventHandlers handlers;

	Profiles(MongoOperations mongo, ApplicationEventPublisher publisher, Clock clock) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.clock = clock;
		this.handlers = EventHandlers.builder()
			.on(MailOptedOut.class, event -> optOut(event.data().personId(), event.data().kind()))
			.build();
	}

	/**
	 * Unsubscribe links are followed at notification-service, which signed them; the preference they change lives
	 * in the profile here. Applying an opt-out twice changes nothing the second time.
	 */
	@EventSubscription(id = "membership-mail-opt-outs", groupSuffix = "profiles", topics = Topics.PEOPLE_EVENTS)
	EventHandlers handlers() {
		return handlers;
	}

	public Optional<MemberProfile> find(String id) {
		return Optional.ofNullable(mongo.findById(id, MemberProfile.class));
	}

	public Map<String, MemberProfile> findAll(Collection<String> ids) {
		return mongo.find(Query.query(Criteria.where("_id").in(ids)), MemberProfile.class)
			.stream()
			.collect(Collectors.toMap(MemberProfile::getId, Function.identity()));
	}

	/** The signed-in person's profile, made from the token on first use and kept in step with it. */
	public MemberProfile signIn(SignIn signIn) {
		return signIn(signIn, null);
	}

	/**
	 * A profile made now also keeps the language the person's browser asks for ({@code browser}; null: none of the
	 * six), which their mails are written in while they chose none. Only the first browser counts: mails do not
	 * change language with whichever computer the person used last (a colleague's, a conference's).
	 */
	MemberProfile signIn(SignIn signIn, Language browser) {
		return change(signIn.id(), signIn.id(), () -> {
			MemberProfile made = MemberProfile.fromSignIn(signIn, now());
			made.browsedIn(browser, now());
			return made;
		}, profile -> profile.signedIn(signIn, now()));
	}

	/**
	 * The profile of someone known only from an event (a coalition's proposer), made with just their name if
	 * there is none. Safe to repeat.
	 */
	public MemberProfile ensureExists(String id, String name) {
		MemberProfile known = mongo.findById(id, MemberProfile.class);
		if (known != null && known.isErased()) {
			return known;
		}
		return change(id, id, () -> MemberProfile.minimal(id, name, now()), profile -> false);
	}

	/**
	 * Turns off the digest or the action mails of a person who followed an unsubscribe link. Nothing happens
	 * for an unknown person or when the mails are off already.
	 */
	void optOut(String id, String kind) {
		if (find(id).filter(profile -> !profile.isErased()).isEmpty()) {
			return;
		}
		change(id, id, () -> {
			throw new IllegalStateException("profile " + id + " vanished");
		}, profile -> profile.optOut(kind, now()));
	}

	MemberProfile update(SignIn signIn, UpdateProfile update) {
		return change(signIn.id(), signIn.id(), () -> MemberProfile.fromSignIn(signIn, now()), profile -> {
			profile.signedIn(signIn, now());
			profile.update(update, now());
			return true;
		});
	}

	/**
	 * The digest one of the person's coalitions goes into (null: their default one); whether they are a member is
	 * the caller's to check. notification-service learns of it with the profile's contact event.
	 */
	MemberProfile chooseCoalitionDigest(SignIn signIn, String coalitionId, DigestPreference digest) {
		return change(signIn.id(), signIn.id(), () -> MemberProfile.fromSignIn(signIn, now()), profile -> {
			boolean signedIn = profile.signedIn(signIn, now());
			return profile.chooseCoalitionDigest(coalitionId, digest, now()) || signedIn;
		});
	}

	/**
	 * The language switch. notification-service learns of it with the profile's contact event, for the language of
	 * the person's mails and feed.
	 */
	MemberProfile chooseLanguage(SignIn signIn, String language) {
		return change(signIn.id(), signIn.id(), () -> MemberProfile.fromSignIn(signIn, now()), profile -> {
			boolean signedIn = profile.signedIn(signIn, now());
			return profile.chooseLanguage(language, now()) || signedIn;
		});
	}

	/**
	 * The person deleted their account: the profile becomes a tombstone, with {@code PersonErased} in its outbox
	 * (made so when the person never came here: the other services may know them all the same). Safe to repeat.
	 */
	public void erase(String id) {
		ConcurrentSaves.retrying(() -> {
			MemberProfile profile = mongo.findById(id, MemberProfile.class);
			if (profile == null) {
				MemberProfile tombstone = MemberProfile.minimal(id, id, now());
				tombstone.erase(id, now());
				return mongo.insert(tombstone);
			}
			return profile.erase(id, now()) ? mongo.save(profile) : profile;
		});
	}

	/**
	 * Makes the profile if it is missing, applies the change, and saves it (if new or changed); a concurrent
	 * writer (optimistic lock, or the same new profile inserted twice) makes it start again on the fresh state.
	 * Tells memberships when what they copy changed.
	 */
	private MemberProfile change(String id, String actor, Supplier<MemberProfile> maker,
			Predicate<MemberProfile> change) {
		return ConcurrentSaves.retrying(() -> {
			MemberProfile profile = mongo.findById(id, MemberProfile.class);
			if (profile == null) {
				MemberProfile made = maker.get();
				change.test(made);
				made.publishContactIfChanged(null, actor, now());
				return mongo.insert(made);
			}
			if (profile.isErased()) {
				// a token issued before the account was deleted, still valid for a few minutes
				throw new ForbiddenException("This account was deleted.");
			}
			ProfileChanged before = profile.snapshot();
			MemberProfileUpdated contactBefore = profile.contact();
			if (!change.test(profile)) {
				return profile;
			}
			profile.publishContactIfChanged(contactBefore, actor, now());
			MemberProfile saved = mongo.save(profile);
			ProfileChanged changed = saved.changeSince(before);
			if (changed != null) {
				publisher.publishEvent(changed);
			}
			return saved;
		});
	}

	/** Milliseconds, as the store keeps them, so a profile reads the same before and after saving. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
