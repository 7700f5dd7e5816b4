package org.gxpbridge.controls;

import java.time.Instant;

/**
 * A line of the training curriculum: people in this role must be trained on this
 * document.
 */
public record CurriculumEntry(String role, String documentNumber, String addedBy, Instant addedAt) {
}
