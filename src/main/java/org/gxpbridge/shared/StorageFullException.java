package org.gxpbridge.shared;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The storage behind a write is full (HTTP 507 {@code storage_full}): the write was
 * rolled back, nothing was stored, and the same request succeeds once an administrator
 * frees or adds space (issue 16, "Bad input and faults").
 */
public class StorageFullException extends DomainException {

	/** PostgreSQL's SQLSTATE for "could not extend file: No space left on device". */
	static final String POSTGRES_DISK_FULL = "53100";

	public StorageFullException(String code, String message) {
		super(Kind.STORAGE_FULL, code, message);
	}

	/**
	 * Whether the failure, or one of its causes, is a full disk: an IOException "No space
	 * left on device" (ENOSPC, the file system or H2's file store) or PostgreSQL's
	 * SQLSTATE 53100 (disk_full).
	 */
	public static boolean isDiskFull(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && POSTGRES_DISK_FULL.equals(sql.getSQLState())) {
				return true;
			}
			String message = t.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left on device")) {
				return true;
			}
		}
		return false;
	}

}
