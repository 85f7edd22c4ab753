package org.coalitions.contracts;

/**
 * Header names of the CloudEvents Kafka protocol binding in binary mode: the record value is the event data,
 * the attributes travel as {@code ce_}-prefixed headers.
 */
public final class CloudEvents {

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String TIME = "ce_time";

	/** Extension attribute: the user whose action caused the event, for the audit trail. */
	public static final String ACTOR = "ce_actor";

	public static final String CONTENT_TYPE = "content-type";

	public static final String SPEC_VERSION_1_0 = "1.0";

	public static final String JSON = "application/json";

	private CloudEvents() {
	}
}
