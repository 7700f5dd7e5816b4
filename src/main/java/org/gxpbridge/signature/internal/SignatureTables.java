package org.gxpbridge.signature.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * A signature with the content it signed and its CMS, sealed by its
 * {@code SIGNATURE_MADE} entry.
 */
@Component
class SignatureTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedSignature());
	}

	private static SealedRecordTable sealedSignature() {
		return SealedRecordTable.of("gxp_signature", "s.id", "gxp_signature s",
				"s.task_id, s.task_definition_key, s.process_instance_id, s.business_key, s.process_definition_id, "
						+ "s.signer_id, s.printed_name, s.meaning, s.signed_at, s.record_digest, s.certificate_serial, "
						+ "s.content, s.cms",
				e -> "SIGNATURE_MADE".equals(e.action()) ? e.objectId() : null);
	}

}
