package org.gxpbridge.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's ordering index exists on the engine's task table once the server has
 * started (issue 17 goal 3, docs/performance.md "Inbox latency").
 */
@GxpServerTest
@Verifies({ "URS-11" })
class EngineIndexesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTaskTableHasTheInboxOrderIndexAfterTheEngineStarted() {
		Integer columns = jdbc.queryForObject(
				"select count(*) from information_schema.index_columns "
						+ "where upper(index_name) = 'GXP_IDX_TASK_DUE_CREATE' and upper(table_name) = 'ACT_RU_TASK'",
				Integer.class);
		assertThat(columns).isEqualTo(2);
	}

}
