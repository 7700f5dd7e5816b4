package org.gxpbridge.gap.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gxpbridge.gap.RowStatus;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

/**
 * A status that needs no action is refused as invalid input before the decision is
 * evaluated (there is no engine here to evaluate it), never a silent "no match".
 */
@Verifies("URS-17")
class ActionPrioritiesTests {

	@ParameterizedTest
	@NullSource
	@EnumSource(value = RowStatus.class, names = { "MET", "NOT_APPLICABLE" })
	void refusesAStatusOutsideTheTablesRangeBeforeEvaluating(RowStatus status) {
		ActionPriorities priorities = new ActionPriorities(null);
		assertThatThrownBy(() -> priorities.of(status, true, true)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("PARTIAL or GAP");
	}

}
