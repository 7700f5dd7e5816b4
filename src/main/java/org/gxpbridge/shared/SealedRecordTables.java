package org.gxpbridge.shared;

import java.util.List;

/**
 * A module's record tables for the audit ledger to seal (P11-10a, CHK-04): each module
 * that keeps records implements this as a bean in its {@code internal} package, and the
 * audit trail seals the tables of every such bean of the running application. A table not
 * declared here is not cross-checked by verification.
 */
public interface SealedRecordTables {

	/** The module's record tables. */
	List<SealedRecordTable> sealedTables();

}
