package org.gxpbridge.workflow;

import java.util.Collection;
import java.util.List;

/**
 * Service provider interface of the training gate (21 CFR 11.10(i)): a user task that
 * names required training in its {@code training.requires} property
 * ({@link TaskModel#TRAINING_PROPERTY}, comma-separated document numbers) may be claimed
 * and completed (signed) only by a person who is current on that training. The module
 * that keeps training records implements it; the workflow asks every implementation and
 * knows none of them.
 */
public interface TrainingGate {

	/**
	 * What the user lacks of the named training, one readable line per document (e.g.
	 * {@code "SOP-QA-001 version 2.0: read-and-understood not signed"}); empty when the
	 * user is current on all of them. A document that has no effective version is missing
	 * training too: nobody can be trained on it.
	 */
	List<String> missingTraining(String userId, Collection<String> documentNumbers);

}
