package org.gxpbridge.shared;

/**
 * A module event that is a GxP fact the audit trail must record (P11-10e): the event says
 * itself who did what to which object, so the audit trail needs to know no module.
 * Publish it with Spring's {@code ApplicationEventPublisher} inside the transaction of
 * the change; the ledger appends its {@link #auditFacts()} in that same transaction, so
 * the entry exists exactly when the change does (a rolled-back change leaves none).
 */
public interface AuditableEvent {

	/**
	 * What the ledger records for this event. Time, the actor's printed name and roles,
	 * and the client address are added by the ledger, never by the event; a reason left
	 * null is taken from the work's {@link ReasonForChange}.
	 */
	AuditFacts auditFacts();

}
