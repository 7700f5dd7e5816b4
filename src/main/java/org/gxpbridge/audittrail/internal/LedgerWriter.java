package org.gxpbridge.audittrail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.IntegrationClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries in the transaction of the change (P11-10e: the trail cannot be
 * suppressed separately from the record). Entries of one transaction are collected and
 * written as one JDBC batch just before it commits, so a rolled-back change leaves no
 * entry and a committed one cannot lack its entry. No lock beyond the inserted rows.
 */
@Component
public class LedgerWriter {

	static final String SYSTEM = "system";

	/** The first of an integration client's roles in its entries (issue 16 item 7). */
	public static final String CLIENT_ROLE = "INTEGRATION_CLIENT";

	private static final long NAME_CACHE_MILLIS = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate requiresNew;

	private final Accounts accounts;

	private final Clock clock;

	private final RecordTables records;

	private final Map<String, Actor> actors = new ConcurrentHashMap<>();

	private volatile IntConsumer afterAppend = n -> {
	};

	LedgerWriter(JdbcTemplate jdbc, Accounts accounts, Clock clock, PlatformTransactionManager transactions,
			RecordTables records) {
		this.records = records;
		this.requiresNew = new TransactionTemplate(transactions);
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Told how many entries each committed transaction added; the sealer uses it to seal
	 * every N entries.
	 */
	void onAppended(IntConsumer listener) {
		this.afterAppend = listener;
	}

	public Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/** Adds printed name and roles of the actor as they are now, then appends. */
	public void append(EntryDraft draft) {
		Pending e = new Pending(draft.recordedAt() == null ? draft.at(now()) : draft, actor(draft.facts().actorId()));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			jdbc.update(LedgerRows.INSERT, e.insertArgs(jdbc));
			afterAppend.accept(1);
			return;
		}
		// looked up among the current synchronizations, not bound as a resource: a
		// REQUIRES_NEW transaction (the
		// engine logs job outcomes that way) suspends the outer synchronizations and must
		// get its own batch
		Batch batch = null;
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Batch b && b.owner() == this) {
				batch = b;
			}
		}
		if (batch == null) {
			batch = new Batch();
			TransactionSynchronizationManager.registerSynchronization(batch);
		}
		if (batch.flushed) {
			// work done after this transaction's commit began: never drop it, write it in
			// a transaction of its own
			requiresNew.executeWithoutResult(status -> jdbc.update(LedgerRows.INSERT, e.insertArgs(jdbc)));
			afterAppend.accept(1);
			return;
		}
		batch.entries.add(e);
	}

	private Actor actor(String id) {
		String actorId = id == null || id.isBlank() ? SYSTEM : id;
		long now = System.currentTimeMillis();
		Actor cached = actors.get(actorId);
		if (cached != null && now - cached.loadedAt < NAME_CACHE_MILLIS) {
			return cached;
		}
		Actor actor = SYSTEM.equals(actorId) ? new Actor(SYSTEM, "GxP Bridge server", "SYSTEM", now)
				: accounts.find(actorId)
					.map((Account a) -> new Actor(a.userId(), a.fullName(), roles(a), now))
					.orElse(new Actor(actorId, null, null, now));
		actors.put(actorId, actor);
		return actor;
	}

	/**
	 * The actor's roles as entries name them; an integration client's start with
	 * {@link #CLIENT_ROLE}, so that no entry it causes reads as a person's.
	 */
	private static String roles(Account a) {
		String roles = a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		return IntegrationClient.isClientId(a.userId()) ? CLIENT_ROLE + (roles.isEmpty() ? "" : "," + roles) : roles;
	}

	private record Actor(String id, String name, String roles, long loadedAt) {
	}

	/** A draft with its time and actor, waiting for the commit. */
	private final class Pending {

		private final EntryDraft draft;

		private final Actor actor;

		Pending(EntryDraft draft, Actor actor) {
			this.draft = draft;
			this.actor = actor;
		}

		// record rows are linked only now: the transaction's writes to them are final
		Object[] insertArgs(JdbcTemplate jdbc) {
			return LedgerRows.insertArgs(records.link(jdbc, draft), actor.id, actor.name, actor.roles);
		}

	}

	private final class Batch implements TransactionSynchronization {

		final List<Pending> entries = new ArrayList<>();

		boolean flushed;

		LedgerWriter owner() {
			return LedgerWriter.this;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			flushed = true;
			if (!entries.isEmpty()) {
				// record rows are digested now, when the transaction's writes are final
				// (RecordTables)
				LedgerRows.insertAll(jdbc, entries.stream().map(e -> e.insertArgs(jdbc)).toList());
			}
		}

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED && !entries.isEmpty()) {
				afterAppend.accept(entries.size());
			}
		}

	}

}
