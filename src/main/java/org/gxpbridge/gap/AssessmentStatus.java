package org.gxpbridge.gap;

/**
 * Where one version of an assessment stands: a revision waits as DRAFT until a process
 * takes it up, IN_ASSESSMENT while its process runs, APPROVED once signed and released,
 * SUPERSEDED when a later version is approved.
 */
public enum AssessmentStatus {

	DRAFT, IN_ASSESSMENT, APPROVED, SUPERSEDED

}
