package org.gxpbridge.modeling.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.gxpbridge.modeling.ModelProblem;

/**
 * Completeness of UNIQUE decision tables (reference/regulatory.md §6): two rules that can
 * match the same input make the engine fail at evaluation time, so a draft with such a
 * pair is refused. Pairs whose entries use expressions {@link UnaryTest} does not decide
 * are reported as notes, not guessed.
 */
final class DmnTableCheck {

	static final String UNIQUE_RULES = "unique-rules";

	static final String UNDECIDED = "unique-rules-undecided";

	private DmnTableCheck() {
	}

	/** Problems (overlaps) and notes (undecided pairs) of every UNIQUE table. */
	static void check(DmnModelInstance model, List<ModelProblem> problems, List<ModelProblem> notes) {
		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			if (!(decision.getExpression() instanceof DecisionTable table)) {
				continue;
			}
			if (table.getHitPolicy() != null && table.getHitPolicy() != HitPolicy.UNIQUE) {
				continue;
			}
			List<Rule> rules = new ArrayList<>(table.getRules());
			for (int i = 0; i < rules.size(); i++) {
				for (int j = i + 1; j < rules.size(); j++) {
					Boolean overlap = overlap(rules.get(i), rules.get(j));
					String a = rules.get(i).getId();
					String b = rules.get(j).getId();
					if (Boolean.TRUE.equals(overlap)) {
						problems.add(new ModelProblem(b, UNIQUE_RULES,
								decision.getId() + " has hit policy UNIQUE but rules " + a + " (row " + (i + 1)
										+ ") and " + b + " (row " + (j + 1)
										+ ") match the same input: make them exclusive"));
					}
					else if (overlap == null) {
						notes.add(new ModelProblem(b, UNDECIDED,
								decision.getId() + ": cannot decide whether rules " + a + " and " + b
										+ " overlap (an expression beyond literals, lists, comparisons and ranges)"));
					}
				}
			}
		}
	}

	/** True when every column overlaps, false when one does not, null when undecided. */
	private static Boolean overlap(Rule a, Rule b) {
		List<InputEntry> ea = new ArrayList<>(a.getInputEntries());
		List<InputEntry> eb = new ArrayList<>(b.getInputEntries());
		boolean undecided = false;
		for (int c = 0; c < Math.min(ea.size(), eb.size()); c++) {
			Boolean o = UnaryTest.parse(text(ea.get(c))).overlaps(UnaryTest.parse(text(eb.get(c))));
			if (Boolean.FALSE.equals(o)) {
				return false;
			}
			undecided |= o == null;
		}
		return undecided ? null : Boolean.TRUE;
	}

	private static String text(InputEntry e) {
		return e.getText() == null ? "" : e.getText().getTextContent();
	}

}
