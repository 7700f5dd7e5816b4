package org.gxpbridge.modeling;

/**
 * A draft against the deployed version of its model: both texts (the modeler draws the
 * visual BPMN diff from them) and a unified line diff; {@code deployedContent} is empty
 * for a new model.
 */
public record DraftDiff(String draftId, int version, ModelKind kind, String resourceName, String deployedContent,
		String draftContent, String unifiedDiff) {

}
