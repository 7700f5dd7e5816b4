package org.gxpbridge.security;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A client was registered or revoked; the ledger seals the client's row with this entry
 * (objectType {@link #OBJECT_TYPE}, the client id as object id). The token never appears.
 */
public record IntegrationClientChanged(String action, IntegrationClient client, String actorId, String oldValue,
		String newValue, String reason) implements AuditableEvent {

	public static final String OBJECT_TYPE = "IntegrationClient";

	public static final String REGISTERED = "CLIENT_REGISTERED";

	public static final String REVOKED = "CLIENT_REVOKED";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, OBJECT_TYPE, client.clientId())
			.withChange("client " + client.principal(), oldValue, newValue)
			.withReason(reason);
	}

}
