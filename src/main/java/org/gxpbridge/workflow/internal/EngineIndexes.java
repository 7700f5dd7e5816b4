package org.gxpbridge.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for the inbox at 100,000 open tasks (issue 17,
 * goal 3; docs/performance.md, "Inbox latency"): the inbox orders the tasks a person may
 * see by due date, then creation time, and ACT_RU_TASK has no index on its due date; it
 * counts the tasks offered to a person's groups and the overdue ones up to a cap, one
 * task at a time, which needs the task's candidate links and the assignee with the due
 * date in an index. Created by the server's own database role once the engine has created
 * or updated its schema: that role owns the ACT_* tables, while Flyway runs as the schema
 * owner, owns only the gxp_* tables and runs before the engine has created its tables on
 * a new database. Idempotent; a database where the role may not create the index keeps
 * working, slower, and says so in the log.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	static final List<String> INDEXES = List.of(
			// the inbox list's order (due date, then creation time): an index walk that
			// stops after one page
			"create index if not exists GXP_IDX_TASK_DUE_CREATE on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_)",
			// the overdue count: own (assignee = me) and offered (assignee null) tasks
			// past their due date as one index range each
			"create index if not exists GXP_IDX_TASK_ASSIGNEE_DUE on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_)",
			// "is this task offered to my groups or me": answered from the index alone,
			// per task, so the capped counts stop after the cap instead of hashing every
			// candidate link of the backlog
			"create index if not exists GXP_IDX_IDENTLNK_TASK_CAND on ACT_RU_IDENTITYLINK "
					+ "(TASK_ID_, TYPE_, GROUP_ID_, USER_ID_)");

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		try (Connection c = configuration.getDataSource().getConnection(); Statement s = c.createStatement()) {
			for (String index : INDEXES) {
				s.execute(index);
			}
		}
		catch (SQLException e) {
			log.warn("Could not create the inbox indexes on the engine's tables ({}); the inbox works, slower at scale",
					e.getMessage());
		}
	}

}
