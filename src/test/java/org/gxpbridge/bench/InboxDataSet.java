package org.gxpbridge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Multiplies a few real process instances inside PostgreSQL with set-based SQL, so that a
 * data set of 100,000 open tasks and about 10 M history rows is built in minutes instead
 * of hours (issue 17, goal 3).
 * <p>
 * The templates are instances the engine itself started (and users claimed), so every row
 * kind is genuine: executions, tasks, candidate identity links, the engine's per-task
 * authorizations, variables, and the {@code ACT_HI_*} rows of all of them. Each copy
 * {@code g} of a template copies every row that belongs to the template instance
 * ({@code PROC_INST_ID_} or {@code ROOT_PROC_INST_ID_}, the identity links and
 * authorizations of its tasks, the byte arrays its variables point to). In every text
 * column a value that is the id of a template row is replaced by
 * {@code md5(id || ':' || g)} formatted as a UUID, so the references between the copied
 * rows stay consistent across tables (execution, task, identity link, authorization,
 * variable, history) and the ids have the engine's own shape. Timestamps move back by
 * {@code g} times a few minutes (creation order and due dates spread as in operation),
 * business keys get {@code -g}. Assignees and candidate groups stay those of the
 * template, so the spread over users and groups is the templates' spread.
 * <p>
 * Open copies get runtime and history rows; "finished" copies get the history rows only,
 * with end times, state COMPLETED and the task's delete reason "completed", and make up
 * the rest of the history volume.
 * <p>
 * Left out: the audit ledger (gxp_audit_*) and the mail queue. The inbox never reads them
 * (it reads ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RE_PROCDEF through the engine and
 * ACT_HI_PROCINST for business keys); the templates themselves have their ledger entries
 * and mails.
 * <p>
 * Runs as the cluster's superuser with {@code session_replication_role = replica}: the
 * foreign-key triggers do not fire for the copies (the copies are consistent by
 * construction; the templates passed them).
 */
final class InboxDataSet {

	/** Shift of every timestamp per copy for open copies. */
	private static final String OPEN_SHIFT = "13 minutes";

	/** Shift per copy for finished copies. */
	private static final String FINISHED_SHIFT = "17 minutes";

	private final DataSource superuser;

	private final Map<String, List<Column>> columns = new LinkedHashMap<>();

	private final Map<String, Long> templateRows = new LinkedHashMap<>();

	/** Per template table, the text columns that hold ids of template rows. */
	private final Map<String, Set<String>> idColumns = new LinkedHashMap<>();

	record Column(String name, String type) {
	}

	InboxDataSet(DataSource superuser) {
		this.superuser = superuser;
	}

	/**
	 * Copies the template instances: {@code openCopies} times with runtime and history
	 * rows, then as many finished copies (history only) as it takes to reach
	 * {@code historyTarget} rows in ACT_HI_*.
	 * @return the number of finished copies made
	 */
	long multiply(Collection<String> templateInstanceIds, int openCopies, long historyTarget) throws SQLException {
		try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
			c.setAutoCommit(true);
			s.execute("set synchronous_commit = off");
			s.execute("set session_replication_role = replica");
			s.execute("set work_mem = '64MB'");
			s.execute("create temp table bench_pi (id varchar(64) primary key)");
			try (PreparedStatement p = c.prepareStatement("insert into bench_pi values (?)")) {
				for (String id : templateInstanceIds) {
					p.setString(1, id);
					p.addBatch();
				}
				p.executeBatch();
			}
			List<String> runtime = tables(s, "act_ru_%");
			List<String> history = tables(s, "act_hi_%");
			snapshot(s, "act_ru_task", "proc_inst_id_ in (select id from bench_pi)");
			for (String table : runtime) {
				if (table.equals("act_ru_task")) {
					continue;
				}
				if (table.equals("act_ru_identitylink")) {
					snapshot(s, table, "task_id_ in (select id_ from tpl_act_ru_task)");
				}
				else if (table.equals("act_ru_authorization")) {
					snapshot(s, table,
							"resource_id_ in (select id_ from tpl_act_ru_task) or resource_id_ in (select id from bench_pi)");
				}
				else {
					String where = belongsToTemplate(table);
					if (where != null) {
						snapshot(s, table, where);
					}
				}
			}
			for (String table : history) {
				String where = belongsToTemplate(table);
				if (where != null) {
					snapshot(s, table, where);
				}
			}
			// the byte arrays the template rows point to (serialized variables)
			List<String> byteArrayRefs = new ArrayList<>();
			for (String table : new ArrayList<>(templateRows.keySet())) {
				for (Column col : columns.get(table)) {
					if (col.name().equals("bytearray_id_") || col.name().equals("byte_array_id_")) {
						byteArrayRefs.add("select " + col.name() + " from tpl_" + table);
					}
				}
			}
			if (!byteArrayRefs.isEmpty()) {
				columns.put("act_ge_bytearray", columnsOf(s, "act_ge_bytearray"));
				snapshot(s, "act_ge_bytearray", "id_ in (" + String.join(" union ", byteArrayRefs)
						+ ") or root_proc_inst_id_ in (select id from bench_pi)");
			}
			// every id a template row carries: the values to map in each copy
			s.execute("create temp table bench_ids (id varchar(255) primary key)");
			for (String table : templateRows.keySet()) {
				s.execute("insert into bench_ids select id_ from tpl_" + table + " where id_ is not null"
						+ " on conflict do nothing");
			}
			s.execute("insert into bench_ids select id from bench_pi on conflict do nothing");
			s.execute("analyze bench_ids");
			for (String table : templateRows.keySet()) {
				Set<String> found = new HashSet<>();
				for (Column col : columns.get(table)) {
					if (isText(col) && !col.name().equals("business_key_")) {
						try (ResultSet r = s.executeQuery("select exists (select 1 from tpl_" + table + " where "
								+ col.name() + " in (select id from bench_ids))")) {
							r.next();
							if (r.getBoolean(1)) {
								found.add(col.name());
							}
						}
					}
				}
				idColumns.put(table, found);
			}
			System.out.printf("build: id columns mapped per copy %s%n", idColumns);

			long historyPerCopy = 0;
			for (var e : templateRows.entrySet()) {
				if (e.getKey().startsWith("act_hi_")) {
					historyPerCopy += e.getValue();
				}
			}
			System.out.printf("build: templates %s%n", templateRows);
			System.out.printf("build: %,d ACT_HI_* rows per template copy%n", historyPerCopy);

			// the ACT_HI_* tables get about 10 M rows: their indexes and primary keys are
			// dropped for the copy and built once afterwards, instead of being maintained
			// row by row (random md5 ids in each B-tree)
			long t0 = System.nanoTime();
			List<String> rebuild = dropIndexes(s, "act_hi_%");
			System.out.printf("build: %d ACT_HI_* indexes and primary keys dropped for the copy in %.1f s%n",
					rebuild.size(), (System.nanoTime() - t0) / 1e9);

			// open copies: runtime + history
			t0 = System.nanoTime();
			List<String> order = insertOrder();
			for (int from = 1; from <= openCopies; from += 100) {
				int to = Math.min(openCopies, from + 99);
				for (String table : order) {
					s.execute(copy(table, from, to, false));
				}
			}
			System.out.printf("build: %d open copies of %d instances in %.1f s%n", openCopies,
					templateInstanceIds.size(), (System.nanoTime() - t0) / 1e9);

			// finished copies: history only, up to the target
			long historyNow = historyRows(s);
			long finished = historyPerCopy == 0 ? 0
					: Math.max(0, (historyTarget - historyNow + historyPerCopy - 1) / historyPerCopy);
			t0 = System.nanoTime();
			long first = openCopies + 1L;
			for (long from = first; from < first + finished; from += 200) {
				long to = Math.min(first + finished - 1, from + 199);
				for (String table : order) {
					if (table.startsWith("act_hi_")) {
						s.execute(copy(table, from, to, true));
					}
				}
			}
			System.out.printf("build: %d finished copies (history only) in %.1f s%n", finished,
					(System.nanoTime() - t0) / 1e9);
			t0 = System.nanoTime();
			s.execute("set maintenance_work_mem = '1GB'");
			for (String ddl : rebuild) {
				s.execute(ddl);
			}
			System.out.printf("build: %d ACT_HI_* indexes and primary keys built again in %.1f s%n", rebuild.size(),
					(System.nanoTime() - t0) / 1e9);
			t0 = System.nanoTime();
			s.execute("set session_replication_role = origin");
			s.execute("analyze");
			System.out.printf("build: analyze in %.1f s%n", (System.nanoTime() - t0) / 1e9);
			return finished;
		}
	}

	/**
	 * Drops the indexes of the tables named {@code like} (primary keys and unique
	 * constraints included, unless a foreign key refers to them) and returns the
	 * statements that build them again, as they were.
	 */
	static List<String> dropIndexes(Statement s, String like) throws SQLException {
		List<String> drop = new ArrayList<>();
		List<String> rebuild = new ArrayList<>();
		try (ResultSet r = s.executeQuery("select t.relname, i.indexrelid::regclass::text, "
				+ "pg_get_indexdef(i.indexrelid), c.conname, pg_get_constraintdef(c.oid) from pg_index i "
				+ "join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace "
				+ "left join pg_constraint c on c.conindid = i.indexrelid and c.contype in ('p', 'u') "
				+ "where n.nspname = 'public' and t.relname like '" + like + "' and not exists (select 1 from "
				+ "pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid) order by 1, 2")) {
			while (r.next()) {
				String table = r.getString(1);
				if (r.getString(4) != null) {
					drop.add("alter table " + table + " drop constraint " + r.getString(4));
					rebuild.add("alter table " + table + " add constraint " + r.getString(4) + " " + r.getString(5));
				}
				else {
					drop.add("drop index " + r.getString(2));
					rebuild.add(r.getString(3));
				}
			}
		}
		for (String ddl : drop) {
			s.execute(ddl);
		}
		return rebuild;
	}

	/** Rows in all ACT_HI_* tables. */
	static long historyRows(Statement s) throws SQLException {
		long rows = 0;
		for (String table : names(s, "act_hi_%")) {
			try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
				r.next();
				rows += r.getLong(1);
			}
		}
		return rows;
	}

	private String belongsToTemplate(String table) throws SQLException {
		List<String> conditions = new ArrayList<>();
		for (String col : List.of("proc_inst_id_", "root_proc_inst_id_", "process_instance_id_")) {
			if (hasColumn(table, col)) {
				conditions.add(col + " in (select id from bench_pi)");
			}
		}
		return conditions.isEmpty() ? null : String.join(" or ", conditions);
	}

	private boolean hasColumn(String table, String column) {
		return columns.get(table).stream().anyMatch(c -> c.name().equals(column));
	}

	private void snapshot(Statement s, String table, String where) throws SQLException {
		s.execute("create temp table tpl_" + table + " as select * from " + table + " where " + where);
		try (ResultSet r = s.executeQuery("select count(*) from tpl_" + table)) {
			r.next();
			long n = r.getLong(1);
			if (n == 0) {
				s.execute("drop table tpl_" + table);
			}
			else {
				templateRows.put(table, n);
			}
		}
	}

	/** Parents before children, so the copies could also pass the foreign keys. */
	private List<String> insertOrder() {
		List<String> first = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task");
		List<String> order = new ArrayList<>();
		first.stream().filter(templateRows::containsKey).forEach(order::add);
		templateRows.keySet().stream().filter(t -> !order.contains(t)).forEach(order::add);
		return order;
	}

	private String copy(String table, long from, long to, boolean finished) {
		String shift = "(g * interval '" + (finished ? FINISHED_SHIFT : OPEN_SHIFT) + "')";
		boolean hasStart = hasColumn(table, "start_time_");
		List<String> names = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (Column col : columns.get(table)) {
			String n = col.name();
			names.add(n);
			String v;
			if (n.equals("business_key_")) {
				v = "case when t." + n + " is null then null else t." + n + " || '-' || g end";
			}
			else if (isText(col)) {
				v = !idColumns.get(table).contains(n) ? "t." + n
						: "case when t." + n + " in (select id from bench_ids) then md5(t." + n
								+ " || ':' || g)::uuid::text else t." + n + " end";
				if (finished && table.equals("act_hi_procinst") && n.equals("state_")) {
					v = "case when t.state_ = 'ACTIVE' then 'COMPLETED' else t.state_ end";
				}
				else if (finished && table.equals("act_hi_taskinst") && n.equals("delete_reason_")) {
					v = "case when t.end_time_ is null then 'completed' else t.delete_reason_ end";
				}
			}
			else if (col.type().startsWith("timestamp")) {
				v = "t." + n + " - " + shift;
				if (finished && n.equals("end_time_") && hasStart) {
					v = "coalesce(t.end_time_, t.start_time_ + interval '2 days') - " + shift;
				}
			}
			else if (finished && n.equals("duration_") && hasStart) {
				v = "coalesce(t.duration_, 172800000)";
			}
			else {
				v = "t." + n;
			}
			values.add(v);
		}
		return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
				+ " from tpl_" + table + " t cross join generate_series(" + from + ", " + to + ") g";
	}

	private static boolean isText(Column col) {
		return col.type().equals("character varying") || col.type().equals("text");
	}

	private List<String> tables(Statement s, String like) throws SQLException {
		List<String> names = names(s, like);
		for (String t : names) {
			columns.put(t, columnsOf(s, t));
		}
		return names;
	}

	static List<String> names(Statement s, String like) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet r = s
			.executeQuery("select tablename from pg_tables where schemaname = 'public' and tablename like '" + like
					+ "' order by tablename")) {
			while (r.next()) {
				names.add(r.getString(1));
			}
		}
		return names;
	}

	private static List<Column> columnsOf(Statement s, String table) throws SQLException {
		List<Column> cols = new ArrayList<>();
		try (ResultSet r = s.executeQuery("select column_name, data_type from information_schema.columns "
				+ "where table_schema = 'public' and table_name = '" + table + "' order by ordinal_position")) {
			while (r.next()) {
				cols.add(new Column(r.getString(1), r.getString(2)));
			}
		}
		return cols;
	}

}
