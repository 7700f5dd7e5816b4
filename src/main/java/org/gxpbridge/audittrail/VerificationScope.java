package org.gxpbridge.audittrail;

/** How much of the ledger a verification run walks (see {@link VerificationReport}). */
public enum VerificationScope {

	/** Every entry from the genesis, every row of the cross-checked tables. */
	FULL,

	/**
	 * From the last verified, signed checkpoint: the chain after it and the rows its
	 * entries touch.
	 */
	INCREMENTAL

}
