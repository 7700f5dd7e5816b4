package org.gxpbridge.regulation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.regulation.internal.RegisterRules;
import org.gxpbridge.regulation.internal.RegisterStore;
import org.gxpbridge.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicability register (lifecycle step 1): which frameworks of the
 * {@link RegulationCatalogue} apply, why, and who carries them (RACI). Versioned: a
 * version is edited while DRAFT through {@link #saveEntry}, reviewed and approved with
 * signatures by RegulationReviewProcess; a later approved version SUPERSEDES the earlier
 * one, which stays readable. Later steps (gap analysis, risk) read {@link #current()} and
 * {@link #applicableFrameworkIds()}.
 * <p>
 * Every change publishes {@link RegisterChanged} (who, old/new value, reason) in its
 * transaction. Refusals are {@link org.gxpbridge.shared.DomainException}s: unknown
 * version or framework (not found), a version that is not editable now (conflict), a
 * change of an approved register without a reason (reason required), an entry without
 * rationale (invalid input).
 */
@Service
public class ApplicabilityRegister {

	/** The organisation's one applicability register. */
	public static final String REGISTER_ID = "AR-1";

	private final RegisterStore store;

	private final RegisterRules rules;

	ApplicabilityRegister(RegisterStore store, RegisterRules rules) {
		this.store = store;
		this.rules = rules;
	}

	/** The latest APPROVED version; empty while no version was ever approved. */
	public Optional<RegisterVersion> current() {
		return versions().stream()
			.filter(v -> RegisterVersion.APPROVED.equals(v.status()))
			.max(Comparator.comparingInt(RegisterVersion::version));
	}

	/**
	 * The ids of the frameworks the current approved version marks applicable; empty
	 * while none is approved.
	 */
	public List<String> applicableFrameworkIds() {
		return current().map(RegisterVersion::applicableFrameworkIds).orElse(List.of());
	}

	/** Every version, oldest first (superseded and withdrawn ones included). */
	public List<RegisterVersion> versions() {
		return store.versions(REGISTER_ID);
	}

	/** One version; {@code register_version_not_found} when there is none. */
	public RegisterVersion version(int version) {
		return store.version(REGISTER_ID, version)
			.orElseThrow(() -> new NotFoundException("register_version_not_found",
					"The applicability register has no version " + version));
	}

	/** The version a RegulationReviewProcess instance works on, if any. */
	public Optional<RegisterVersion> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId);
	}

	/**
	 * Opens the next version as DRAFT for a review process: a copy of the current
	 * approved version (if any) plus the proposed entries for frameworks it does not list
	 * yet. Once a version was approved, a reason is required (an edit after approval).
	 * Refused while another version is still DRAFT or IN_REVIEW.
	 */
	@Transactional
	public RegisterVersion open(String actorId, String processInstanceId, String intakeDocumentId,
			List<ApplicableFramework> proposed, String reason) {
		return rules.open(REGISTER_ID, actorId, processInstanceId, intakeDocumentId, proposed, reason);
	}

	/**
	 * Adds or changes one entry of a DRAFT version, one audited event per changed field.
	 */
	@Transactional
	public ApplicableFramework saveEntry(int version, ApplicableFramework entry, String actorId, String reason) {
		return rules.saveEntry(REGISTER_ID, version, entry, actorId, reason);
	}

	/** Removes one entry of a DRAFT version. */
	@Transactional
	public void removeEntry(int version, String frameworkId, String actorId, String reason) {
		rules.removeEntry(REGISTER_ID, version, frameworkId, actorId, reason);
	}

	/**
	 * DRAFT to IN_REVIEW when its author submits it; refused for a version without
	 * entries.
	 */
	@Transactional
	public RegisterVersion submitForReview(int version, String actorId) {
		return rules.submit(REGISTER_ID, version, actorId);
	}

	/** IN_REVIEW back to DRAFT when review or approval sends it back. */
	@Transactional
	public RegisterVersion returnToDraft(int version, String actorId, String reason) {
		return rules.changeStatus(REGISTER_ID, version, RegisterVersion.IN_REVIEW, RegisterVersion.DRAFT, actorId,
				reason);
	}

	/**
	 * IN_REVIEW to APPROVED with the signatures that approved it; the previous approved
	 * version becomes SUPERSEDED.
	 */
	@Transactional
	public RegisterVersion approve(int version, List<String> signatureIds) {
		return rules.approve(REGISTER_ID, version, signatureIds);
	}

	/** An unapproved version whose review process ended without approval. */
	@Transactional
	public RegisterVersion withdraw(int version, String actorId, String reason) {
		return rules.withdraw(REGISTER_ID, version, actorId, reason);
	}

}
