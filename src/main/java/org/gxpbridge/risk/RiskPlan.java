package org.gxpbridge.risk;

/**
 * The risk management plan's fields (ISO 14971 clause 4.4): scope, intended use, the
 * reference of the acceptability criteria (top management's policy, clause 4.2) and
 * whether the device is placed on the EU market (AFAP, MDR Annex I).
 */
public record RiskPlan(String scope, String intendedUse, String acceptabilityCriteriaRef, Boolean euMarket) {
}
