package org.gxpbridge.risk;

/**
 * The two kinds of risk in one register: ISO 14971 safety risks and cybersecurity risks
 * (FDA 2016 postmarket guidance, IEC 81001-5-1).
 */
public enum RiskKind {

	/** Hazard, hazardous situation, harm; severity × probability of harm (§6.1). */
	SAFETY,
	/**
	 * Asset, threat, vulnerability; severity of patient harm × exploitability (§6.2).
	 */
	CYBERSECURITY

}
