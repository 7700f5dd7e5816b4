package org.gxpbridge.reports;

import java.time.Instant;

/**
 * One record (a process instance) as {@code /records} lists it, from the engine's
 * history: its title is the process name (the engine's; never a variable), its dossier is
 * at {@code /reports/process-instances/{processInstanceId}}.
 */
public record RecordRow(String processInstanceId, String businessKey, String processKey, String title, int version,
		String status, Instant startedAt, Instant endedAt, String startedBy, String dossierPath) {

	/** The path of a record's dossier page (the dossier module's). */
	public static String dossierPathOf(String processInstanceId) {
		return "/reports/process-instances/" + processInstanceId;
	}

}
