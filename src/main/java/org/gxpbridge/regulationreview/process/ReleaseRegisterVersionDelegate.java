package org.gxpbridge.regulationreview.process;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveRegisterVersion: the version becomes the approved register, listing the
 * signatures that approved it, but only while valid REVIEWED and APPROVED signatures
 * cover its content as it stands in the tables (DESIGN.md §6; P11-70). Otherwise the job
 * fails with the reason, retries and ends as an incident: the register stays unapproved.
 */
@Component("releaseRegisterVersionDelegate")
class ReleaseRegisterVersionDelegate implements JavaDelegate {

	static final List<String> REQUIRED_MEANINGS = List.of("REVIEWED", "APPROVED");

	private final ApplicabilityRegister register;

	private final Signatures signatures;

	ReleaseRegisterVersionDelegate(ApplicabilityRegister register, Signatures signatures) {
		this.register = register;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RegisterVersion version = RegisterSteps.versionOf(register, execution);
		String instance = execution.getProcessInstanceId();
		signatures.missingForRelease(instance, REQUIRED_MEANINGS).ifPresent(reason -> {
			throw new IllegalStateException("Applicability register version " + version.version() + " is not approved: "
					+ reason + ". The register must be signed again (or the change reverted) before release.");
		});
		List<SignatureView> all = signatures.forProcessInstance(instance);
		// the latest valid signature of each meaning is the one that covers this content;
		// earlier rounds' signatures stay with the process instance
		List<String> approving = REQUIRED_MEANINGS.stream()
			.map(meaning -> all.stream()
				.filter(s -> meaning.equals(s.meaning()) && Boolean.TRUE.equals(s.valid())
						&& Boolean.FALSE.equals(s.recordChangedSinceSigning()))
				.max(Comparator.comparing(SignatureView::signedAt))
				.map(SignatureView::signatureId)
				.orElse(null))
			.filter(Objects::nonNull)
			.toList();
		register.approve(version.version(), approving);
	}

}
