package org.gxpbridge.lifecycle;

/**
 * What starts a programme: title (required), scope, and the optional inputs of its first
 * steps.
 *
 * @param frameworkIds catalogue framework ids step 2 assesses, comma separated; null for
 * those of the approved applicability register
 * @param intakeDocumentId an uploaded regulatory document whose citations step 1 proposes
 */
public record NewProgramme(String title, String scope, String frameworkIds, String intakeDocumentId) {
}
