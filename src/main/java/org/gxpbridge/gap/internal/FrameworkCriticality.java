package org.gxpbridge.gap.internal;

import java.util.Set;

import org.gxpbridge.regulation.Framework;

/**
 * The two facts about a framework that GapActionPriorityDecision weighs: whether it is
 * binding law or regulation (an inspector cites it directly), and whether it protects
 * patients or GxP data integrity (Part 11 and Annex 11, device safety and device
 * cybersecurity). Kept here, beside the decision, so that the table's rationale and its
 * inputs are read together (dmn/gap-action-priority.dmn documents both).
 */
public final class FrameworkCriticality {

	static final Set<String> SAFETY_RELATED = Set.of("21-CFR-11", "EU-GMP-ANNEX-11", "FDA-PART11-SCOPE",
			"FDA-DATA-INTEGRITY", "ISO-14971", "IEC-62304", "IEC-81001-5-1", "FDCA-524B", "FDA-PREMARKET-CYBER",
			"FDA-POSTMARKET-CYBER");

	private FrameworkCriticality() {
	}

	public static boolean binding(Framework framework) {
		return "LAW".equals(framework.kind()) || "REGULATION".equals(framework.kind());
	}

	public static boolean safetyRelated(Framework framework) {
		return SAFETY_RELATED.contains(framework.id());
	}

}
