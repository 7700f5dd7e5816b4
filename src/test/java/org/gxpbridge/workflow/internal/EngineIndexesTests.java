package org.gxpbridge.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's indexes exist on the engine's tables once the server has started (issue 17
 * goal 3, docs/performance.md "Inbox latency").
 */
@GxpServerTest
@Verifies({ "URS-11" })
class EngineIndexesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEngineTablesHaveTheInboxIndexesAfterTheEngineStarted() {
		assertThat(columns("ACT_RU_TASK", "GXP_IDX_TASK_DUE_CREATE")).containsExactly("DUE_DATE_", "CREATE_TIME_");
		assertThat(columns("ACT_RU_TASK", "GXP_IDX_TASK_ASSIGNEE_DUE")).containsExactly("ASSIGNEE_", "DUE_DATE_");
		assertThat(columns("ACT_RU_IDENTITYLINK", "GXP_IDX_IDENTLNK_TASK_CAND")).containsExactly("TASK_ID_", "TYPE_",
				"GROUP_ID_", "USER_ID_");
	}

	List<String> columns(String table, String index) {
		return jdbc.queryForList(
				"select upper(column_name) from information_schema.index_columns "
						+ "where upper(index_name) = ? and upper(table_name) = ? order by ordinal_position",
				String.class, index, table);
	}

}
