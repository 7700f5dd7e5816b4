package org.gxpbridge.modeling;

import java.util.List;

/** The answer to a save: the version written and what its validation found. */
public record DraftSaved(String draftId, int version, String status, List<ModelProblem> problems) {

}
