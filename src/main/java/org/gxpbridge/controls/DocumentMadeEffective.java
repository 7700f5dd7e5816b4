package org.gxpbridge.controls;

import java.time.Instant;

/**
 * Published in the registering transaction: a document version entered the register of
 * effective documents (for the audit ledger, which seals the register row with it).
 */
public record DocumentMadeEffective(String documentNumber, String version, String title, String authorId,
		String processInstanceId, Instant effectiveAt) {
}
