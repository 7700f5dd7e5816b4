package org.gxpbridge.mail.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply read from the approvals mailbox, reduced to what the decision needs.
 *
 * @param decision APPROVE or REJECT from the first line, or null when the first line says
 * neither
 * @param comment the rest of the first line and the lines after it, up to the quoted
 * original
 */
public record InboundReply(String messageId, String sender, String subject, String token, boolean autoReply,
		String decision, String comment) {

	private static final Pattern FIRST_LINE = Pattern.compile("^(APPROVE|REJECT)\\b[\\s:,.;-]*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTE_START = Pattern
		.compile("^(>|On .+wrote:|Am .+schrieb|-+ ?Original Message|From: |Reference: GXP-).*");

	/**
	 * Reads decision and comment from a plain-text body: the first non-empty line
	 * decides.
	 */
	public static InboundReply parse(String messageId, String sender, String subject, boolean autoReply, String body) {
		String decision = null;
		StringBuilder comment = new StringBuilder();
		boolean first = true;
		for (String raw : (body == null ? "" : body).split("\\R")) {
			String line = raw.strip();
			if (first) {
				if (line.isEmpty()) {
					continue;
				}
				first = false;
				Matcher m = FIRST_LINE.matcher(line);
				if (!m.matches()) {
					break;
				}
				decision = m.group(1).toUpperCase(Locale.ROOT);
				comment.append(m.group(2).strip());
				continue;
			}
			if (QUOTE_START.matcher(line).matches()) {
				break;
			}
			if (!line.isEmpty()) {
				comment.append(comment.length() > 0 ? " " : "").append(line);
			}
		}
		String text = comment.length() > 1000 ? comment.substring(0, 1000) : comment.toString();
		return new InboundReply(messageId, sender, subject, TaskMail.tokenIn(subject, body), autoReply, decision,
				text.isBlank() ? null : text);
	}
}
