package org.coalitions.membership.profile;

import jakarta.validation.constraints.Size;
import org.coalitions.contracts.DigestPreference;

/** The digest one coalition's news goes into: DAILY, WEEKLY or OFF; null: the person's default digest. */
record ChooseCoalitionDigest(@Size(max = 10) @OneOf(DigestPreference.class) String digest) {
}
