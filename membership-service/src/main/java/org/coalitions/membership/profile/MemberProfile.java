package org.coalitions.membership.profile;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.coalitions.contracts.DigestPreference;
import org.coalitions.contracts.Language;
import org.coalitions.contracts.MailOptedOut;
import org.coalitions.contracts.MemberProfileUpdated;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.StakeholderGroup;
import org.coalitions.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person as members see them. Made on first use from the sign-in token, or, for a coalition's proposer who
 * has not signed in here yet, from the proposal alone (no group or country); the first sign-in then fills what
 * is missing from the token. What mailing the person needs (name, address, time zone, mail preferences — digests
 * chosen per coalition included —, language) is
 * published as {@link MemberProfileUpdated} whenever it is made or changes, in the same write.
 */
@Document(MemberProfile.COLLECTION)
public class MemberProfile extends OutboxAggregate {

	static final String COLLECTION = "member_profiles";

	static final int NAME_MAX = 120;

	private String displayName;

	private String email;

	private StakeholderGroup stakeholderGroup;

	private String country;

	private String organisation;

	private String timeZone;

	/** Null: the default for the person's role (coordinators DAILY, members WEEKLY), which follows the role. */
	private DigestPreference digest;

	private boolean actionMails;

	/**
	 * The digest the person chose for some of their coalitions, by coalition id, overriding {@code digest} for that
	 * coalition's news (a coalition left keeps its choice, which then applies to nothing).
	 */
	private Map<String, DigestPreference> coalitionDigests;

	/** Privacy consent: coordinators of this person's coalitions may see the address. Off until given. */
	private boolean emailVisibleToCoordinators;

	/** The language of the pages ({@link org.coalitions.contracts.Language}'s tag); null: the browser's. */
	private String language;

	/**
	 * The best of the six languages the browser asked for when the person first came (their profile was made): what
	 * their mails are written in while they chose none; mails have no browser to ask.
	 */
	private String browserLanguage;

	/** When the person first signed in here; null for a profile made from a proposal. */
	private Instant firstSignInAt;

	private Instant createdAt;

	private Instant updatedAt;

	/** When the person deleted their account; the profile is a tombstone since, holding nothing about them. */
	private Instant erasedAt;

	protected MemberProfile() {
	}

	static MemberProfile fromSignIn(SignIn signIn, Instant now) {
		MemberProfile profile = minimal(signIn.id(), signIn.user().name(), now);
		profile.signedIn(signIn, now);
		return profile;
	}

	static MemberProfile minimal(String id, String name, Instant now) {
		MemberProfile profile = new MemberProfile();
		profile.id = id;
		profile.displayName = clip(name == null || name.isBlank() ? id : name.strip());
		profile.timeZone = TimeZones.DEFAULT;
		profile.actionMails = true;
		profile.createdAt = now;
		profile.updatedAt = now;
		return profile;
	}

	/**
	 * Takes what the token says: the email always (it is not edited here), group and country only at the first
	 * sign-in and only where the profile has none, so the person's own choices are never overwritten.
	 * @return whether anything changed
	 */
	boolean signedIn(SignIn signIn, Instant now) {
		boolean changed = false;
		String email = signIn.user().email();
		if (email != null && !email.isBlank() && !email.equals(this.email)) {
			this.email = email;
			changed = true;
		}
		if (firstSignInAt == null) {
			if (stakeholderGroup == null) {
				stakeholderGroup = StakeholderGroup.parse(signIn.stakeholderGroupClaim()).orElse(null);
			}
			if (country == null) {
				country = Countries.normalise(signIn.countryClaim()).orElse(null);
			}
			firstSignInAt = now;
			changed = true;
		}
		if (changed) {
			updatedAt = now;
		}
		return changed;
	}

	void update(UpdateProfile change, Instant now) {
		displayName = change.displayName().strip();
		stakeholderGroup = StakeholderGroup.valueOf(change.stakeholderGroup());
		country = Countries.normalise(change.country()).orElseThrow();
		organisation = change.organisation() == null || change.organisation().isBlank() ? null
				: change.organisation().strip();
		timeZone = change.timeZone();
		digest = change.digest() == null ? null : DigestPreference.valueOf(change.digest());
		actionMails = change.actionMails();
		emailVisibleToCoordinators = change.emailVisibleToCoordinators();
		language = change.language();
		updatedAt = now;
	}

	/** The coalition's news in this digest; null: in the person's default one. @return whether it changed */
	boolean chooseCoalitionDigest(String coalitionId, DigestPreference chosen, Instant now) {
		Map<String, DigestPreference> digests = new TreeMap<>(getCoalitionDigests());
		DigestPreference before = chosen == null ? digests.remove(coalitionId) : digests.put(coalitionId, chosen);
		if (before == chosen) {
			return false;
		}
		coalitionDigests = digests;
		updatedAt = now;
		return true;
	}

	/** @return whether it changed */
	boolean chooseLanguage(String tag, Instant now) {
		if (java.util.Objects.equals(tag, language)) {
			return false;
		}
		language = tag;
		updatedAt = now;
		return true;
	}

	/** Remembers the language the browser asks for (null: none of the six, nothing changes). @return whether it changed */
	boolean browsedIn(Language browser, Instant now) {
		if (browser == null || browser.tag().equals(browserLanguage)) {
			return false;
		}
		browserLanguage = browser.tag();
		updatedAt = now;
		return true;
	}

	/** The language mails to the person are written in: their choice, else their browser's; null: English. */
	String mailLanguage() {
		return language != null ? language : browserLanguage;
	}

	/** @return whether anything changed */
	boolean optOut(String kind, Instant now) {
		if (MailOptedOut.DIGEST.equals(kind)
				&& (digest != DigestPreference.OFF || !getCoalitionDigests().isEmpty())) {
			// no digest at all any more: a coalition's own choice would go on mailing one
			digest = DigestPreference.OFF;
			coalitionDigests = null;
		}
		else if (MailOptedOut.ACTION.equals(kind) && actionMails) {
			actionMails = false;
		}
		else {
			return false;
		}
		updatedAt = now;
		return true;
	}

	/**
	 * The person deleted their account: everything about them goes (name, address, organisation, group, country,
	 * preferences, languages), the id and the time of the erasure stay, so that no sign-in or event makes the
	 * profile again, and {@link PersonErased} tells the other services, in the same write. Erased already: nothing.
	 * @return whether it changed
	 */
	boolean erase(String actor, Instant now) {
		if (erasedAt != null) {
			return false;
		}
		displayName = null;
		email = null;
		stakeholderGroup = null;
		country = null;
		organisation = null;
		timeZone = null;
		digest = null;
		actionMails = false;
		coalitionDigests = null;
		emailVisibleToCoordinators = false;
		language = null;
		browserLanguage = null;
		firstSignInAt = null;
		createdAt = null;
		updatedAt = now;
		erasedAt = now;
		record(new PersonErased(id), actor, now);
		return true;
	}

	public boolean isErased() {
		return erasedAt != null;
	}

	public Instant getErasedAt() {
		return erasedAt;
	}

	/** Joining needs both: the balance of a coalition is counted by them. */
	public boolean isComplete() {
		return stakeholderGroup != null && country != null;
	}

	ProfileChanged changeSince(ProfileChanged before) {
		ProfileChanged now = snapshot();
		return now.equals(before) ? null : now;
	}

	/** What notification-service needs to mail this person, as published. */
	MemberProfileUpdated contact() {
		Map<String, String> digests = new TreeMap<>();
		getCoalitionDigests().forEach((coalitionId, chosen) -> digests.put(coalitionId, chosen.name()));
		return new MemberProfileUpdated(id, displayName, email, timeZone, digest == null ? null : digest.name(),
				actionMails, mailLanguage(), digests);
	}

	/** Records the contact event when it differs from {@code before} (null: the profile is new). */
	void publishContactIfChanged(MemberProfileUpdated before, String actor, Instant now) {
		MemberProfileUpdated after = contact();
		if (!after.equals(before)) {
			record(after, actor, now);
		}
	}

	ProfileChanged snapshot() {
		return new ProfileChanged(id, displayName, stakeholderGroup, country);
	}

	private static String clip(String name) {
		return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX);
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public StakeholderGroup getStakeholderGroup() {
		return stakeholderGroup;
	}

	public String getCountry() {
		return country;
	}

	public String getOrganisation() {
		return organisation;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public DigestPreference getDigest() {
		return digest;
	}

	public Map<String, DigestPreference> getCoalitionDigests() {
		return coalitionDigests == null ? Map.of() : Map.copyOf(coalitionDigests);
	}

	public boolean isActionMails() {
		return actionMails;
	}

	public String getLanguage() {
		return language;
	}

	public boolean isEmailVisibleToCoordinators() {
		return emailVisibleToCoordinators;
	}

	public String getBrowserLanguage() {
		return browserLanguage;
	}

	public Instant getFirstSignInAt() {
		return firstSignInAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
