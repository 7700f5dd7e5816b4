package org.gxpbridge.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one place that decides whether a failure means "the database is unreachable" (gone,
 * restarting, refusing connections), as opposed to a fault of the request or a bug: the
 * JSON API, the error pages, the engine REST adapter, the early servlet filter and the
 * scheduled work all ask here, so every route answers the same 503 {@code
 * database_unavailable} (docs/operations.md, "Database outage").
 * <p>
 * Nothing that this recognises can have left half a write: the transaction either never
 * began (no connection) or was rolled back by the database when the connection broke. A
 * full disk (SQLSTATE 53100, "No space left on device") is not an outage but
 * {@link StorageFullException}, wherever it sits in the chain.
 */
public final class DatabaseOutage {

	/** The {@code error} code of every answer refused for this reason. */
	public static final String CODE = "database_unavailable";

	/** What the client is told. */
	public static final String MESSAGE = "The database is unreachable at the moment; nothing of this request was stored."
			+ " Try again shortly";

	/**
	 * Seconds a client should wait before trying again (the {@code Retry-After} header).
	 */
	public static final int RETRY_AFTER_SECONDS = 5;

	/**
	 * PostgreSQL's "operator intervention" states of a server going away or not yet back:
	 * admin_shutdown, crash_shutdown, cannot_connect_now (starting up, in recovery).
	 */
	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	/**
	 * Messages of the pool and the driver that mean the same when an adapter (Camunda's
	 * REST resources) kept only the message of the failure and dropped its cause.
	 */
	private static final List<String> MESSAGES = List.of("connection is not available, request timed out",
			// Hikari's answer on a connection it already evicted as broken (a rollback
			// after
			// the database went away)
			"connection is closed", "could not open jdbc connection", "failed to obtain jdbc connection",
			"an i/o error occurred while sending to the backend", "this connection has been closed",
			"terminating connection due to administrator command", "the database system is shutting down",
			"the database system is starting up", "the database system is in recovery mode",
			"check that the hostname and port are correct and that the postmaster is accepting");

	private static final int MAX_DEPTH = 64;

	/** A full disk looks like a broken connection to some drivers; it is 507, not 503. */
	private static final String DISK_FULL = "no space left on device";

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or one of its causes, is the database being unreachable: no
	 * connection could be had from the pool ({@link CannotGetJdbcConnectionException},
	 * {@link CannotCreateTransactionException}, Hikari's
	 * {@link SQLTransientConnectionException}), the connection broke (SQLSTATE class
	 * {@code 08}) or the server is shutting down or starting ({@code 57P01..57P03}).
	 */
	public static boolean isOutage(Throwable failure) {
		boolean outage = false;
		int depth = 0;
		// a depth limit rather than Throwable's own cycle check: causes may form a loop
		for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && StorageFullException.POSTGRES_DISK_FULL.equals(sql.getSQLState())
					|| t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(DISK_FULL)) {
				return false;
			}
			if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& rollback.getApplicationException() != failure && isOutage(rollback.getApplicationException())) {
				// the rollback on a broken connection failed and hides what broke it
				return true;
			}
			outage |= t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException
					|| t instanceof SQLException sql && isOutageState(sql.getSQLState()) || namesOutage(t.getMessage());
		}
		return outage;
	}

	static boolean isOutageState(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
	}

	private static boolean namesOutage(String message) {
		if (message == null) {
			return false;
		}
		String lower = message.toLowerCase(Locale.ROOT);
		return MESSAGES.stream().anyMatch(lower::contains);
	}

	/**
	 * The innermost message of the failure, for the one log line of an outage (no stack
	 * trace: the cause is known).
	 */
	public static String describe(Throwable failure) {
		Throwable root = failure;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < MAX_DEPTH) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
