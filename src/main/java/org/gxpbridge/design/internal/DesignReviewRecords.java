package org.gxpbridge.design.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.design.DesignItem;
import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.DesignVerification;
import org.gxpbridge.design.TraceMatrix;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of DesignReviewProcess covers: the review bound to the
 * process instance in {@code gxp_design_review} (round, outcome, reviewer, findings, gap
 * justifications) with the design item as reviewed: designers, requirements, the threat
 * model's SHA-256, the risk register id and version, the verifications with their
 * evidence hashes and traces, and the open gaps. Statuses and the approval time are left
 * out: release changes them after the signature.
 */
@Component("designReviewRecords")
class DesignReviewRecords implements SignableRecords {

	static final String TYPE = "design-review";

	private final DesignReviewStore reviews;

	private final DesignItemStore items;

	private final RiskRegister risks;

	DesignReviewRecords(DesignReviewStore reviews, DesignItemStore items, RiskRegister risks) {
		this.reviews = reviews;
		this.items = items;
		this.risks = risks;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return reviews.forProcessInstance(processInstanceId).map(this::record);
	}

	private SignableRecord record(DesignReview r) {
		DesignItem item = items.find(r.itemId()).orElseThrow();
		RiskRegisterView register = risks.find(item.riskRegisterId());
		TraceMatrix matrix = TraceMatrixBuilder.build(item, register.risks());
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", r.id());
		content.put("round", r.round());
		content.put("outcome", nz(r.outcome()));
		content.put("reviewerId", nz(r.reviewerId()));
		content.put("findings", Map.copyOf(r.findings()));
		content.put("gapJustifications", Map.copyOf(r.justifications()));
		content.put("itemId", item.id());
		content.put("itemName", item.name());
		content.put("itemVersion", item.version());
		content.put("designers", item.designers());
		content.put("requirements",
				item.requirements().stream().map(q -> List.of(q.id(), q.type(), q.text())).toList());
		content.put("threatModelSha256", item.threatModel() == null ? "" : item.threatModel().sha256());
		content.put("riskRegisterId", register.id());
		content.put("riskRegisterVersion", register.version());
		content.put("riskControls", TraceMatrixBuilder.riskControls(register.risks()));
		content.put("verifications", item.verifications().stream().map(DesignReviewRecords::verification).toList());
		content.put("openGaps", matrix.gaps().stream().map(TraceMatrix.Gap::key).toList());
		return new SignableRecord(TYPE, r.id(), r.round(), content);
	}

	private static Map<String, Object> verification(DesignVerification v) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", v.id());
		m.put("method", v.method());
		m.put("result", v.result());
		m.put("description", v.description());
		m.put("evidenceSha256", nz(v.evidenceSha256()));
		m.put("requirementIds", v.requirementIds());
		m.put("riskControlIds", v.riskControlIds());
		return m;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
