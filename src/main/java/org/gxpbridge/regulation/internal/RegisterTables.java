package org.gxpbridge.regulation.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The applicability register (V55): a version with its entries and the signatures that
 * approved it, sealed by every {@code RegisterChanged} entry about the version
 * ("registerId/vN"). Entries and signatures have no event of their own (an entry's change
 * is an event about its version), so they are digested with their version.
 */
@Component
class RegisterTables implements SealedRecordTables {

	private static final String VERSION_KEY = "register_id || '/v' || cast(version as varchar(10))";

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedRegisterVersion());
	}

	private static SealedRecordTable sealedRegisterVersion() {
		return SealedRecordTable
			.of("gxp_register_version", "v.register_id || '/v' || cast(v.version as varchar(10))",
					"gxp_register_version v",
					"v.status, v.author_id, v.process_instance_id, v.intake_document_id, v.reason, v.created_at, "
							+ "v.approved_at",
					SealedRecordTable.byObjectId("ApplicabilityRegister"))
			.withChildren(
					new Children("gxp_register_entry", VERSION_KEY,
							"framework_id, applicable, rationale, responsible, accountable, consulted, informed"),
					new Children("gxp_register_signature", VERSION_KEY, "position, signature_id"));
	}

}
