package org.gxpbridge.lifecycle;

import java.util.List;

/** A programme with its six steps in the current cycle. */
public record ProgrammeView(Programme programme, List<ProgrammeStep> steps) {
}
