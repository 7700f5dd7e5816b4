package org.gxpbridge.design;

import java.util.List;

/**
 * A verification as recorded by a designer: id, method, result, description, an optional
 * evidence document id, and the requirement ids and risk control ids it verifies (at
 * least one of both).
 */
public record NewVerification(String id, String method, String result, String description, String evidenceDocumentId,
		List<String> requirementIds, List<String> riskControlIds) {
}
