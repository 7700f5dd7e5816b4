package org.gxpbridge.regulationreview;

import java.util.List;

import org.gxpbridge.documents.Citation;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.springframework.stereotype.Service;

/**
 * Intake of a regulatory or guidance document: the frameworks of the regulation catalogue
 * it cites (the documents module finds the citations) become proposals for the
 * applicability register. An unknown document is {@code document_not_found} (from
 * documents); a stored document whose bytes no longer match its hash is refused there.
 */
@Service
public class IntakeProposals {

	/**
	 * Proposed RACI of a cited framework, to be confirmed or changed by the quality
	 * manager: the quality manager does the work, the compliance officer answers for it,
	 * IT security is consulted and process owners are informed.
	 */
	static final String RESPONSIBLE = "QUALITY_MANAGER";

	static final String ACCOUNTABLE = "Compliance officer";

	static final String CONSULTED = "IT_SECURITY";

	static final String INFORMED = "PROCESS_OWNER";

	private static final int MAX_RATIONALE = 2000;

	private final Documents documents;

	private final RegulationCatalogue catalogue;

	IntakeProposals(Documents documents, RegulationCatalogue catalogue) {
		this.documents = documents;
		this.catalogue = catalogue;
	}

	/** The catalogue frameworks the document cites, most cited first. */
	public List<FrameworkProposal> forDocument(String documentId) {
		return documents.citations(documentId)
			.stream()
			.filter(c -> catalogue.framework(c.frameworkId()).isPresent())
			.map(IntakeProposals::proposal)
			.toList();
	}

	/**
	 * The proposals as register entries: applicable, with the citations as rationale and
	 * the proposed RACI.
	 */
	public List<ApplicableFramework> entriesFor(String documentId) {
		String title = documents.info(documentId).title();
		return forDocument(documentId).stream().map(p -> entry(documentId, title, p)).toList();
	}

	private static FrameworkProposal proposal(Citation c) {
		return new FrameworkProposal(c.frameworkId(), c.framework(), c.sections(), c.passages());
	}

	private static ApplicableFramework entry(String documentId, String title, FrameworkProposal p) {
		StringBuilder rationale = new StringBuilder("Cited by intake document ").append(documentId);
		if (title != null && !title.isBlank()) {
			rationale.append(" (").append(title).append(')');
		}
		if (!p.sections().isEmpty()) {
			rationale.append(", sections ").append(String.join(", ", p.sections()));
		}
		if (!p.passages().isEmpty()) {
			rationale.append(": \"").append(p.passages().get(0)).append('"');
		}
		String text = rationale.length() > MAX_RATIONALE ? rationale.substring(0, MAX_RATIONALE) : rationale.toString();
		return new ApplicableFramework(p.frameworkId(), true, text, RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED);
	}

}
