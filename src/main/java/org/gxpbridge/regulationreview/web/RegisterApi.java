package org.gxpbridge.regulationreview.web;

import java.util.List;

import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.regulationreview.FrameworkProposal;
import org.gxpbridge.regulationreview.IntakeProposals;
import org.gxpbridge.regulationreview.RegisterDrafting;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.CurrentUser;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicability register (current approved version and every version, superseded ones
 * included) and the intake proposals, readable by every role; entries of a DRAFT version
 * are edited by whoever works its proposal step. A reason is the body's {@code reason} or
 * the {@code X-GxP-Reason} header.
 */
@RestController
@Access.AnyRole
class RegisterApi {

	/** The register: its current approved version (null before the first) and all. */
	record RegisterView(String registerId, RegisterVersion current, List<RegisterVersion> versions) {
	}

	/** An entry as sent by a client; the framework id is the path's. */
	record EntryChange(Boolean applicable, String rationale, String responsible, String accountable, String consulted,
			String informed, String reason) {
	}

	private final ApplicabilityRegister register;

	private final RegisterDrafting drafting;

	private final IntakeProposals proposals;

	RegisterApi(ApplicabilityRegister register, RegisterDrafting drafting, IntakeProposals proposals) {
		this.register = register;
		this.drafting = drafting;
		this.proposals = proposals;
	}

	@GetMapping("/api/regulations/register")
	RegisterView register() {
		return new RegisterView(ApplicabilityRegister.REGISTER_ID, register.current().orElse(null),
				register.versions());
	}

	@GetMapping("/api/regulations/register/versions/{version}")
	RegisterVersion version(@PathVariable int version) {
		return register.version(version);
	}

	@GetMapping("/api/regulations/proposals")
	List<FrameworkProposal> proposals(@RequestParam(required = false) String documentId) {
		if (documentId == null || documentId.isBlank()) {
			throw new InvalidInputException("document_id_required", "Name the intake document: ?documentId=");
		}
		return proposals.forDocument(documentId.strip());
	}

	@Access.ContentWriter
	@PutMapping("/api/regulations/register/versions/{version}/entries/{frameworkId}")
	ApplicableFramework saveEntry(@PathVariable int version, @PathVariable String frameworkId,
			@RequestBody EntryChange change) {
		if (change.applicable() == null) {
			throw new InvalidInputException("applicable_required", "Say whether " + frameworkId + " applies");
		}
		return drafting.saveEntry(version,
				new ApplicableFramework(frameworkId, change.applicable(), change.rationale(), change.responsible(),
						change.accountable(), change.consulted(), change.informed()),
				CurrentUser.idOrSystem(), reason(change.reason()));
	}

	@Access.ContentWriter
	@DeleteMapping("/api/regulations/register/versions/{version}/entries/{frameworkId}")
	ResponseEntity<Void> removeEntry(@PathVariable int version, @PathVariable String frameworkId,
			@RequestParam(required = false) String reason) {
		drafting.removeEntry(version, frameworkId, CurrentUser.idOrSystem(), reason(reason));
		return ResponseEntity.noContent().build();
	}

	private static String reason(String given) {
		return given != null && !given.isBlank() ? given : ReasonForChange.current().orElse(null);
	}

}
