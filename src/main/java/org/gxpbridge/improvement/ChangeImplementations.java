package org.gxpbridge.improvement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.improvement.internal.ChangeArtifactCheck;
import org.gxpbridge.improvement.internal.ChangeRequestInputs;
import org.gxpbridge.improvement.internal.ChangeRequestStore;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.NewCapa;
import org.gxpbridge.monitoring.Severity;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a change after its approval: release (the revisions of its documents start
 * through document control), implementation with the artifact, the check that the
 * installed artifact is the approved one (a mismatch raises a deviation CAPA through the
 * monitoring module and nothing is released), post-implementation verification by someone
 * other than the implementer, effectiveness check, closure.
 */
@Service
public class ChangeImplementations {

	private final ChangeRequests requests;

	private final ChangeRequestStore store;

	private final ChangeArtifactCheck artifacts;

	private final Documents documents;

	private final Capas capas;

	private final Workflow workflow;

	private final Clock clock;

	ChangeImplementations(ChangeRequests requests, ChangeRequestStore store, ChangeArtifactCheck artifacts,
			Documents documents, Capas capas, Workflow workflow, Clock clock) {
		this.requests = requests;
		this.store = store;
		this.artifacts = artifacts;
		this.documents = documents;
		this.capas = capas;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * Released for implementation (after the signature check): APPROVED, and the revision
	 * of each linked document starts as a DocumentApprovalProcess of its requester.
	 */
	@Transactional
	public ChangeRequest release(String id) {
		ChangeRequest c = requests.get(id);
		if (c.status() != ChangeRequestStatus.ASSESSED) {
			throw new ConflictException("change_not_assessed", "Change " + id + " is " + c.status());
		}
		store.status(id, ChangeRequestStatus.APPROVED);
		requests.publish(c, "CHANGE_RELEASED", null, "status", c.status().name(), "APPROVED",
				"approved (signed) and released for implementation");
		for (ChangeRequestDocument d : c.documents()) {
			String pi = workflow.start(DocumentApprovalModel.PROCESS_KEY, d.documentNumber(),
					Map.of(DocumentApprovalModel.VAR_TITLE, d.title(), DocumentApprovalModel.VAR_VERSION,
							nextVersion(d.versionAtRequest()), DocumentApprovalModel.VAR_CHANGE_SUMMARY,
							"Revision for change " + id + ": " + c.title()),
					c.requestedBy())
				.processInstanceId();
			store.revisionStarted(id, d.documentNumber(), pi);
			requests.publish(c, "CHANGE_DOCUMENT_REVISION_STARTED", null, "document " + d.documentNumber(), null,
					"revision of version " + d.versionAtRequest() + " in " + pi, null);
		}
		return requests.get(id);
	}

	/**
	 * The implementer's completion: the artifact is the newest file attached to the
	 * instance that is not a detached signature; none attached is refused.
	 */
	@Transactional
	public ChangeRequest implemented(String id, String userId) {
		ChangeRequest c = requests.get(id);
		Evidence artifact = attached(c, false).orElseThrow(() -> new RefusedByRuleException("artifact_missing",
				"Attach the installed artifact of change " + id + " before completing the implementation"));
		store.implemented(id, artifact.documentId(), artifact.fileName(), artifact.sha256(), userId, clock.instant());
		requests.publish(c, "CHANGE_IMPLEMENTED", userId, "artifact", c.artifactSha256(),
				artifact.fileName() + " sha256 " + artifact.sha256(), null);
		return requests.get(id);
	}

	/**
	 * Is the installed artifact the approved one: its SHA-256 equals the approved hash,
	 * or an attached detached signature (.p7s) verifies against the release certificate.
	 * Recorded either way; false leads to the deviation path.
	 */
	@Transactional
	public boolean verifyArtifact(String id) {
		ChangeRequest c = requests.get(id);
		ChangeArtifactCheck.Result result = artifacts.byHash(c.approvedSha256(), c.artifactSha256());
		Optional<Evidence> signature = attached(c, true);
		if (!result.verified() && signature.isPresent()) {
			result = artifacts.bySignature(documents.content(c.artifactDocumentId(), Accounts.SYSTEM).bytes(),
					documents.content(signature.get().documentId(), Accounts.SYSTEM).bytes());
		}
		ChangeRequestStatus status = result.verified() ? ChangeRequestStatus.ARTIFACT_VERIFIED
				: ChangeRequestStatus.IMPLEMENTED;
		store.artifactChecked(id, status, result.finding());
		requests.publish(c, result.verified() ? "CHANGE_ARTIFACT_VERIFIED" : "CHANGE_ARTIFACT_REFUSED", null,
				"artifact check", c.artifactCheck(), result.finding(), null);
		return result.verified();
	}

	/** Revised documents not yet effective. */
	public boolean documentsPending(String id) {
		return requests.get(id).documents().stream().anyMatch(d -> !d.effective());
	}

	/**
	 * A deviation: a CAPA (source DEVIATION, this change as its reference) opened through
	 * the monitoring module by the person whose step found it; the change ends DEVIATION.
	 */
	@Transactional
	public ChangeRequest raiseDeviation(String id) {
		ChangeRequest c = requests.get(id);
		boolean ineffective = "NOT_EFFECTIVE".equals(c.effectivenessResult());
		String what = ineffective ? "Change " + id + " was not effective: " + c.effectivenessComment()
				: "Change " + id + ": the installed artifact is not the approved one (" + c.artifactCheck() + ")";
		String actor = ineffective ? c.effectivenessBy() : c.implementedBy();
		var capa = capas.open(new NewCapa("Deviation in change " + id + ": " + c.title(), what, CapaSource.DEVIATION,
				id, ineffective ? Severity.MINOR : Severity.MAJOR, false,
				c.kind() == ChangeKind.SOFTWARE_UPDATE || c.kind() == ChangeKind.PATCH), actor);
		store.deviation(id, capa.id());
		requests.publish(c, "CHANGE_DEVIATION_RAISED", actor, "status", c.status().name(), "DEVIATION " + capa.id(),
				what);
		return requests.get(id);
	}

	/** The implementer never verifies their own change. */
	public void refuseImplementer(String id, String userId) {
		ChangeRequest c = requests.get(id);
		if (userId != null && userId.equals(c.implementedBy())) {
			throw new RefusedByRuleException("implementer_cannot_verify",
					"'" + userId + "' implemented change " + id + " and may not verify it");
		}
	}

	@Transactional
	public ChangeRequest postVerify(String id, boolean passed, String comment, String userId) {
		refuseImplementer(id, userId);
		ChangeRequest c = requests.get(id);
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (!passed && text == null) {
			throw new InvalidInputException("verification_comment_required",
					"Say what failed in the verification of change " + id);
		}
		ChangeRequestStatus status = passed ? ChangeRequestStatus.VERIFIED : ChangeRequestStatus.APPROVED;
		store.postVerified(id, status, text, userId, clock.instant());
		requests.publish(c, passed ? "CHANGE_VERIFIED" : "CHANGE_RETURNED", userId, "status", c.status().name(),
				status.name(), text);
		return requests.get(id);
	}

	@Transactional
	public ChangeRequest effectiveness(String id, boolean effective, String comment, String userId) {
		ChangeRequest c = requests.get(id);
		String text = ChangeRequestInputs.text("effectivenessComment", comment, 2000);
		String result = effective ? "EFFECTIVE" : "NOT_EFFECTIVE";
		store.effectiveness(id, result, text, userId);
		requests.publish(c, "CHANGE_EFFECTIVENESS_CHECKED", userId, "effectiveness", null, result, text);
		return requests.get(id);
	}

	@Transactional
	public ChangeRequest close(String id) {
		ChangeRequest c = requests.get(id);
		store.closed(id, clock.instant());
		requests.publish(c, "CHANGE_CLOSED", null, "status", c.status().name(), "CLOSED",
				"outputs " + c.outputs().stream().map(d -> d.documentNumber() + " v" + d.effectiveVersion()).toList());
		return requests.get(id);
	}

	/**
	 * A revision this module started became effective: recorded as the change's output;
	 * answers the change's process instance when no revision is pending any more.
	 */
	@Transactional
	public Optional<String> documentEffective(String revisionProcessInstanceId, String number, String version,
			Instant at) {
		Optional<String> id = store.changeOfRevision(revisionProcessInstanceId);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		ChangeRequest c = requests.get(id.get());
		store.documentEffective(c.id(), number, version, at);
		requests.publish(c, "CHANGE_DOCUMENT_EFFECTIVE", null, "document " + number, null,
				"version " + version + " effective", null);
		return documentsPending(c.id()) ? Optional.empty() : Optional.of(c.processInstanceId());
	}

	private Optional<Evidence> attached(ChangeRequest c, boolean signature) {
		List<Evidence> files = documents.evidenceOf(c.processInstanceId());
		return files.stream()
			.filter(e -> isSignature(e) == signature)
			.reduce((first, second) -> second.attachedAt().isBefore(first.attachedAt()) ? first : second);
	}

	private static boolean isSignature(Evidence e) {
		String name = e.fileName() == null ? "" : e.fileName().toLowerCase(Locale.ROOT);
		return name.endsWith(".p7s") || name.endsWith(".sig");
	}

	static String nextVersion(String version) {
		try {
			return String.valueOf(Integer.parseInt(version.strip()) + 1);
		}
		catch (NumberFormatException e) {
			return version + ".1";
		}
	}

}
