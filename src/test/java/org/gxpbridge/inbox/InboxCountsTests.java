package org.gxpbridge.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/** How the inbox page shows a count: exact below the cap, "1,000+" at it. */
@Verifies("URS-11")
class InboxCountsTests {

	@Test
	void aCappedCountReadsAsAtLeastTheCapAnExactOneAsItIs() {
		InboxCounts counts = new InboxCounts(400, 1000, 28, true, false);
		assertThat(counts.groupsText()).isEqualTo("1,000+");
		assertThat(counts.overdueText()).isEqualTo("28");
		assertThat(new InboxCounts(0, 12_345, 1000, false, true).groupsText()).isEqualTo("12,345");
		assertThat(new InboxCounts(0, 12_345, 1000, false, true).overdueText()).isEqualTo("1,000+");
	}

}
