package org.gxpbridge.design.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gxpbridge.design.DesignItem;
import org.gxpbridge.design.DesignRequirement;
import org.gxpbridge.design.DesignVerification;
import org.gxpbridge.design.TraceMatrix;
import org.gxpbridge.design.TraceMatrix.Gap;
import org.gxpbridge.design.TraceMatrix.Row;
import org.gxpbridge.risk.Risk;

/**
 * Requirement ↔ risk control ↔ verification of a design item and its open gaps: a
 * requirement no verification traces to, a risk of the register without a control, a risk
 * control no verification traces to, a failed verification. Risk controls are the lines
 * (or {@code ;}-separated parts) of a risk's controls text in the risk register, numbered
 * {@code <riskId>-C<n>} in order.
 */
public final class TraceMatrixBuilder {

	private TraceMatrixBuilder() {
	}

	/** Risk control id → its text, for the risks of a register, in register order. */
	public static Map<String, String> riskControls(List<Risk> risks) {
		Map<String, String> controls = new LinkedHashMap<>();
		for (Risk risk : risks) {
			List<String> parts = parts(risk.riskControls());
			for (int i = 0; i < parts.size(); i++) {
				controls.put(risk.riskId() + "-C" + (i + 1), parts.get(i));
			}
		}
		return controls;
	}

	static List<String> parts(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[\\r\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public static TraceMatrix build(DesignItem item, List<Risk> risks) {
		Map<String, String> controls = riskControls(risks);
		Map<String, String> types = new LinkedHashMap<>();
		item.requirements().forEach(r -> types.put(r.id(), r.type()));
		List<Row> rows = new ArrayList<>();
		Set<String> verifiedRequirements = new TreeSet<>();
		Set<String> verifiedControls = new TreeSet<>();
		List<Gap> gaps = new ArrayList<>();
		for (DesignVerification v : item.verifications()) {
			List<String> reqs = v.requirementIds().isEmpty() ? List.of("") : v.requirementIds();
			List<String> ctrls = v.riskControlIds().isEmpty() ? List.of("") : v.riskControlIds();
			for (String r : reqs) {
				for (String c : ctrls) {
					rows.add(new Row(r, types.getOrDefault(r, ""), c, controls.getOrDefault(c, ""), v.id(), v.method(),
							v.result()));
				}
			}
			verifiedRequirements.addAll(v.requirementIds());
			verifiedControls.addAll(v.riskControlIds());
		}
		for (DesignRequirement r : item.requirements()) {
			if (!verifiedRequirements.contains(r.id())) {
				rows.add(new Row(r.id(), r.type(), "", "", "", "", ""));
				gaps.add(gap(TraceMatrix.REQUIREMENT_WITHOUT_VERIFICATION, r.id(),
						"Requirement " + r.id() + " has no verification"));
			}
		}
		for (Risk risk : risks) {
			if (parts(risk.riskControls()).isEmpty()) {
				gaps.add(gap(TraceMatrix.RISK_WITHOUT_CONTROL, risk.riskId(),
						"Risk " + risk.riskId() + " (" + risk.title() + ") has no risk control"));
			}
		}
		controls.forEach((id, text) -> {
			if (!verifiedControls.contains(id)) {
				rows.add(new Row("", "", id, text, "", "", ""));
				gaps.add(gap(TraceMatrix.CONTROL_WITHOUT_VERIFICATION, id,
						"Risk control " + id + " (" + text + ") has no verification"));
			}
		});
		for (DesignVerification v : item.verifications()) {
			if (!v.passed()) {
				gaps.add(gap(TraceMatrix.FAILED_VERIFICATION, v.id(), "Verification " + v.id() + " failed"));
			}
		}
		rows.sort(Comparator.comparing(Row::requirementId)
			.thenComparing(Row::riskControlId)
			.thenComparing(Row::verificationId));
		return new TraceMatrix(item.id(), item.name(), item.version(), item.riskRegisterId(), List.copyOf(rows),
				List.copyOf(gaps));
	}

	private static Gap gap(String kind, String subject, String text) {
		return new Gap(kind + ":" + subject, kind, subject, text);
	}

}
