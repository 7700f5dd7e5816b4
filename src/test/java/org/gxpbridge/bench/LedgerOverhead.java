package org.gxpbridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 goal 1: process instances per second with the audit ledger against Camunda's
 * plain FULL history, in alternating rounds on one server (the baseline swaps the
 * engine's history handler back to the bare {@link CompositeDbHistoryEventHandler} for
 * its rounds only; production has no such switch). Besides wall-clock rates, which swing
 * with whatever else runs on the machine, it counts the CPU each instance costs: the
 * server JVM's and, on PostgreSQL, that of the database server's processes (read from
 * {@code /proc}), so that the ratio holds on a busy machine too. Prints, asserts nothing.
 */
final class LedgerOverhead {

	private final ProcessEngine engine;

	private final Workflow workflow;

	private final TaskService tasks;

	/**
	 * PID of the PostgreSQL postmaster whose processes to count, or 0 (H2, in the JVM).
	 */
	private final long postmaster;

	private final String label;

	private final String starter;

	/**
	 * The benchmark's database on PostgreSQL (its autovacuum runs are counted per round),
	 * or null.
	 */
	private JdbcTemplate database;

	LedgerOverhead(ProcessEngine engine, Workflow workflow, long postmaster, String label) {
		this(engine, workflow, postmaster, label, postmaster == 0 ? "qm" : POSTGRES_STARTER);
	}

	LedgerOverhead(ProcessEngine engine, Workflow workflow, long postmaster, String label, String starter) {
		this.starter = starter;
		this.engine = engine;
		this.workflow = workflow;
		this.tasks = engine.getTaskService();
		this.postmaster = postmaster;
		this.label = label;
	}

	/**
	 * A server of its own on embedded PostgreSQL with the job executor off, so the
	 * figures are the request path's (the sealer still runs on its interval, as in
	 * production).
	 */
	static ConfigurableApplicationContext postgresServer(String database) {
		return PostgresServer.start(PostgresServer.newDatabase(database),
				Map.of("camunda.bpm.job-execution.enabled", "false"));
	}

	/** The walk on such a server, counting its PostgreSQL processes' CPU too. */
	static LedgerOverhead onPostgres(ConfigurableApplicationContext server, String label) {
		createStarter(server.getBean(Accounts.class));
		Integer backend = server.getBean(JdbcTemplate.class).queryForObject("select pg_backend_pid()", Integer.class);
		LedgerOverhead overhead = new LedgerOverhead(server.getBean(ProcessEngine.class),
				server.getBean(Workflow.class), parentOf(backend), label);
		overhead.database = server.getBean(JdbcTemplate.class);
		return overhead;
	}

	/** The starter of the walks on PostgreSQL (the demo profile's "qm" on H2). */
	static final String POSTGRES_STARTER = "bench.quality";

	/** Creates {@link #POSTGRES_STARTER} on a server without demo users. */
	static void createStarter(Accounts accounts) {
		if (accounts.find(POSTGRES_STARTER).isEmpty()) {
			accounts.createSeedAccount(
					new NewAccount(POSTGRES_STARTER, "Bench Quality Manager", "bench@example.com",
							EnumSet.of(Role.QUALITY_MANAGER, Role.PROCESS_OWNER), "Bench-Passw0rd-2026", null),
					false, false);
		}
	}

	/** One result line: means over the rounds, and the ratio ledger/plain of each. */
	void measure(int threads, int instances, int rounds) throws Exception {
		ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		HistoryEventHandler withLedger = config.getHistoryEventHandler();
		HistoryEventHandler plain = new CompositeDbHistoryEventHandler();
		try {
			compare(threads, instances, rounds, "plain FULL history", () -> config.setHistoryEventHandler(plain),
					"FULL history + ledger", () -> config.setHistoryEventHandler(withLedger));
		}
		finally {
			config.setHistoryEventHandler(withLedger);
		}
	}

	/**
	 * Alternating rounds of the same walk under two settings of one engine; prints the
	 * means, the ratio second/first by wall clock (mean and median of the rounds) and by
	 * CPU per instance.
	 */
	void compare(int threads, int instances, int rounds, String first, Runnable setFirst, String second,
			Runnable setSecond) throws Exception {
		// both settings warmed up: with one warm-up, the first rounds of the other paid
		// the JIT (the H2 1-thread figure swung by 15 % between its mean and median)
		setFirst.run();
		run(threads, instances, "warm-up (" + first + ")");
		setSecond.run();
		run(threads, instances, "warm-up (" + second + ")");
		double[][] firstRounds = new double[rounds][];
		double[][] secondRounds = new double[rounds][];
		for (int round = 0; round < rounds; round++) {
			setFirst.run();
			firstRounds[round] = run(threads, instances, first);
			setSecond.run();
			secondRounds[round] = run(threads, instances, second);
		}
		double firstRate = mean(firstRounds, 0);
		double secondRate = mean(secondRounds, 0);
		double firstCpu = mean(firstRounds, 1);
		double secondCpu = mean(secondRounds, 1);
		System.out.printf(
				"BENCH %s, %d thread(s), %d instances x %d rounds: %s %.1f instances/s, %s %.1f instances/s, ratio %.3f (median of rounds %.3f); CPU per instance %.2f ms vs %.2f ms, CPU ratio %.3f; load %s%n",
				label, threads, instances, rounds, first, firstRate, second, secondRate, secondRate / firstRate,
				medianRatio(secondRounds, firstRounds), firstCpu, secondCpu, firstCpu / secondCpu, load());
	}

	/** {rate in instances/s, CPU ms per instance (JVM + database server)}. */
	private double[] run(int threads, int instances, String phase) throws Exception {
		JdbcTemplate statements = statements();
		if (statements != null) {
			statements.execute("select pg_stat_statements_reset()");
		}
		long[] vacuumsBefore = vacuums();
		String walBefore = database == null ? null
				: database.queryForObject("select pg_current_wal_lsn()::text", String.class);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long cpuBefore = cpuNanos();
		long dbBefore = postmaster == 0 ? 0 : databaseCpuNanos(postmaster);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			futures.add(pool.submit(() -> {
				for (int i = thread; i < instances; i += threads) {
					// a walk without a signing step, so the figure is the ledger's cost,
					// not the signature's
					String pi = workflow
						.start(DocumentAcknowledgementModel.PROCESS_KEY, "BENCH-" + System.nanoTime(),
								Map.of("documentNumber", "SOP-" + i, "documentTitle", "SOP " + i), starter)
						.processInstanceId();
					String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
					tasks.complete(task, Map.of("acknowledgementOutcome", "APPROVED"));
				}
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuMs = (cpuNanos() - cpuBefore) / 1e6 / instances;
		double dbMs = postmaster == 0 ? 0 : (databaseCpuNanos(postmaster) - dbBefore) / 1e6 / instances;
		double rate = instances / seconds;
		System.out.printf("BENCH   %-24s %.1f instances/s, %.2f ms CPU per instance%s%n", phase, rate, cpuMs,
				postmaster == 0 ? "" : String.format(" (server JVM %.2f, PostgreSQL %.2f)", cpuMs - dbMs, dbMs));
		if (database != null) {
			// the statistics of a finished autovacuum reach the view within a moment
			Thread.sleep(600);
			long[] vacuums = vacuums();
			Long wal = database.queryForObject("select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint",
					Long.class, walBefore);
			System.out.printf(
					"BENCH     WAL %.1f KB per instance; autovacuum runs in the round: %d (ledger tables %d), autoanalyze %d (ledger %d)%n",
					wal / 1024.0 / instances, vacuums[0] - vacuumsBefore[0], vacuums[1] - vacuumsBefore[1],
					vacuums[2] - vacuumsBefore[2], vacuums[3] - vacuumsBefore[3]);
		}
		if (statements != null) {
			printStatements(statements, instances);
		}
		return new double[] { rate, cpuMs };
	}

	/**
	 * {autovacuum runs, of them on gxp_audit_* tables, autoanalyze runs, of them on
	 * gxp_audit_*} so far, from pg_stat_user_tables; zeros on H2.
	 */
	private long[] vacuums() {
		if (database == null) {
			return new long[4];
		}
		return database.queryForObject(
				"select coalesce(sum(autovacuum_count), 0), "
						+ "coalesce(sum(autovacuum_count) filter (where relname like 'gxp\\_audit\\_%'), 0), "
						+ "coalesce(sum(autoanalyze_count), 0), "
						+ "coalesce(sum(autoanalyze_count) filter (where relname like 'gxp\\_audit\\_%'), 0) "
						+ "from pg_stat_user_tables",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) });
	}

	/**
	 * With {@code -Dgxp.pg.statements=true} (PostgreSQL only): pg_stat_statements over
	 * each round, so the database's share of the ledger's cost can be read statement by
	 * statement.
	 */
	private JdbcTemplate statements() {
		if (postmaster == 0 || !Boolean.getBoolean("gxp.pg.statements")) {
			return null;
		}
		JdbcTemplate superuser = new JdbcTemplate(PostgresServer.cluster().getPostgresDatabase());
		superuser.execute("create extension if not exists pg_stat_statements");
		return superuser;
	}

	private static void printStatements(JdbcTemplate statements, int instances) {
		Double total = statements.queryForObject("select sum(total_exec_time) from pg_stat_statements", Double.class);
		System.out.printf("BENCH     database execution time %.2f ms per instance; top statements:%n",
				(total == null ? 0 : total) / instances);
		statements.query(
				"select calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) from pg_stat_statements "
						+ "order by total_exec_time desc limit 12",
				rs -> {
					System.out.printf("BENCH       %7.3f ms/instance %7d calls %8d rows  %s%n",
							rs.getDouble(2) / instances, rs.getLong(1), rs.getLong(3), rs.getString(4));
				});
	}

	private long cpuNanos() {
		long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		return jvm + (postmaster == 0 ? 0 : databaseCpuNanos(postmaster));
	}

	/**
	 * CPU of the postmaster and its children (backends, WAL writer, checkpointer) from
	 * {@code /proc/<pid>/stat}: utime + stime in clock ticks (100 per second on Linux).
	 */
	static long databaseCpuNanos(long postmaster) {
		long ticks = 0;
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			for (Path p : (Iterable<Path>) procs::iterator) {
				String name = p.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				String[] stat = stat(p);
				if (stat != null && (Long.parseLong(name) == postmaster || Long.parseLong(stat[1]) == postmaster)) {
					ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("/proc is not readable", e);
		}
		return ticks * 10_000_000L;
	}

	/**
	 * Fields of /proc/pid/stat after the command name: [0]=state, [1]=ppid, [11]=utime,
	 * [12]=stime.
	 */
	private static String[] stat(Path proc) {
		try {
			String s = Files.readString(proc.resolve("stat"));
			return s.substring(s.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException e) {
			return null; // the process ended meanwhile
		}
	}

	/** The parent of a backend process: the postmaster. */
	static long parentOf(long pid) {
		String[] stat = stat(Path.of("/proc", Long.toString(pid)));
		if (stat == null) {
			throw new IllegalStateException("no process " + pid);
		}
		return Long.parseLong(stat[1]);
	}

	static String load() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (IOException e) {
			return "?";
		}
	}

	private static double mean(double[][] rounds, int column) {
		return Arrays.stream(rounds).mapToDouble(r -> r[column]).average().orElse(Double.NaN);
	}

	private static double medianRatio(double[][] ledger, double[][] plain) {
		double[] ratios = new double[ledger.length];
		for (int i = 0; i < ratios.length; i++) {
			ratios[i] = ledger[i][0] / plain[i][0];
		}
		Arrays.sort(ratios);
		return ratios.length % 2 == 1 ? ratios[ratios.length / 2]
				: (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
	}

}
