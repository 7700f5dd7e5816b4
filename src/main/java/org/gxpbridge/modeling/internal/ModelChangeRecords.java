package org.gxpbridge.modeling.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.modeling.ModelChange;
import org.gxpbridge.modeling.ModelDraft;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of ModelChangeProcess covers: the change bound to the
 * process instance in {@code gxp_model_change} and its draft version as it stands in
 * {@code gxp_model_draft_version}: draft id, version, kind, key, resource name and the
 * SHA-256 of the content computed now (a content changed in SQL after signing, with or
 * without its stored checksum, is a changed record).
 */
@Component("modelChangeRecords")
class ModelChangeRecords implements SignableRecords {

	static final String TYPE = "model-change";

	private final ModelChangeStore changes;

	private final ModelDraftStore drafts;

	ModelChangeRecords(ModelChangeStore changes, ModelDraftStore drafts) {
		this.changes = changes;
		this.drafts = drafts;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return changes.forProcessInstance(processInstanceId).map(this::record);
	}

	private SignableRecord record(ModelChange c) {
		ModelDraft d = drafts.version(c.draftId(), c.draftVersion()).orElseThrow();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("changeId", c.changeId());
		content.put("draftId", d.draftId());
		content.put("version", d.version());
		content.put("kind", d.kind().name());
		content.put("key", d.key());
		content.put("resourceName", d.resourceName());
		content.put("checksum", Sha256.hex(d.content()));
		content.put("storedChecksum", d.checksum());
		return new SignableRecord(TYPE, c.changeId(), d.version(), content);
	}

}
