package org.gxpbridge.controls;

/**
 * One cell of the training matrix: a person and the effective version of a document their
 * roles' curriculum requires. {@code status}: {@code CURRENT} (read-and-understood signed
 * for this version), {@code DUE} (not yet, still in time, or about to be assigned),
 * {@code OVERDUE} (past its due date).
 */
public record TrainingStatus(String userId, String documentNumber, String version, String status) {

	public static final String CURRENT = "CURRENT";

	public static final String DUE = "DUE";

	public static final String OVERDUE = "OVERDUE";

}
