package org.coalitions.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fault's figures, as {@code docs/reliability.md} keeps them. A mail "resent" is the same message (the same
 * Message-ID) delivered again: the one copy a crash between the SMTP server's "accepted" and the queue's "sent"
 * may cause ({@code MailDelivery}), which a receiving system recognises; a "doubled" mail is two different
 * messages for one cause, which must never happen.
 *
 * @param digestsDoubled people with two different digests for one period (-1: no digest run in this fault)
 * @param resendsAllowed copies of one message that a crash of the sender may explain
 * @param problems what went wrong, command by command
 */
record Figures(String fault, int perSecond, long seconds, int sent, int accepted, int refused, long refusalP99Millis,
		long refusalMaxMillis, int lost, int doubled, int redelivered, int mailsLost, int mailsDoubled, int resent,
		int digests, int digestsDoubled, int resendsAllowed, String notes, List<String> problems) {

	/**
	 * With the digests of a run: every reader must have one (lost otherwise), nobody two different ones.
	 * @param resendsAllowed one per kill of the sender
	 */
	Figures withDigests(Map<String, List<MimeMessage>> digestsByReader, int resendsAllowed) {
		List<String> all = new ArrayList<>(problems);
		int missing = 0;
		int twice = 0;
		int copies = 0;
		int count = 0;
		for (Map.Entry<String, List<MimeMessage>> reader : digestsByReader.entrySet()) {
			Set<String> distinct = new HashSet<>(reader.getValue().stream().map(Mailboxes::messageId).toList());
			count += distinct.size();
			if (distinct.isEmpty()) {
				missing++;
				all.add("no digest for " + reader.getKey());
			}
			if (distinct.size() > 1) {
				twice++;
				all.add(distinct.size() + " different digests for " + reader.getKey());
			}
			copies += reader.getValue().size() - distinct.size();
		}
		return new Figures(fault, perSecond, seconds, sent, accepted, refused, refusalP99Millis, refusalMaxMillis, lost,
				doubled, redelivered, mailsLost + missing, mailsDoubled, resent + copies, count, twice, resendsAllowed,
				notes, all);
	}

	void assertNothingLostOrDoubled() {
		assertThat(problems).as(fault).isEmpty();
		assertThat(lost).as(fault + ": lost").isZero();
		assertThat(doubled).as(fault + ": doubled").isZero();
		assertThat(mailsLost).as(fault + ": mails lost").isZero();
		assertThat(mailsDoubled).as(fault + ": mails doubled").isZero();
		assertThat(Math.max(0, digestsDoubled)).as(fault + ": digests doubled").isZero();
		assertThat(resent).as(fault + ": the same mail delivered again").isLessThanOrEqualTo(resendsAllowed);
	}

	static String table(List<Figures> figures) {
		StringBuilder table = new StringBuilder("""
				| Fault | Load | Duration | Sent | Accepted | Refused | p99 / max of refusals | Lost | Doubled \
				| Redelivered | Mails lost / doubled / resent | Digests (doubled) | Notes |
				|---|---|---|---|---|---|---|---|---|---|---|---|---|
				""");
		for (Figures f : figures) {
			table.append("| %s | %d commands/s | %d s | %d | %d | %d | %d / %d ms | %d | %d | %d | %d / %d / %d | %s | %s |\n"
				.formatted(f.fault, f.perSecond, f.seconds, f.sent, f.accepted, f.refused, f.refusalP99Millis,
						f.refusalMaxMillis, f.lost, f.doubled, f.redelivered, f.mailsLost, f.mailsDoubled, f.resent,
						f.digestsDoubled < 0 ? "-" : f.digests + " (" + f.digestsDoubled + ")", f.notes));
		}
		for (Figures f : figures) {
			f.problems.forEach(problem -> table.append("\n- ").append(f.fault).append(": ").append(problem));
		}
		return table.toString();
	}

	@Override
	public String toString() {
		return table(List.of(this));
	}
}
