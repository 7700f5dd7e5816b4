package org.gxpbridge.reports;

import java.util.EnumSet;
import java.util.Set;

import org.gxpbridge.reports.internal.RecordQueries;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Service;

/**
 * The records a person can find (issue 15 item 0): the process instances they started,
 * worked a step of (assignee, or any engine operation of theirs on it such as completing
 * a step) or signed, running and finished; every record for the roles that oversee
 * (QUALITY_MANAGER, AUDITOR, INSPECTOR). Read from the engine's history tables and the
 * signature module's API on the server side with this rule, never from variables: the
 * engine's own authorization would filter a normal user's history query by read
 * permissions, which say nothing about taking part.
 */
@Service
public class Records {

	/** The roles that see every record. */
	public static final Set<Role> SEE_EVERYTHING = EnumSet.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);

	private final RecordQueries queries;

	private final Accounts accounts;

	Records(RecordQueries queries, Accounts accounts) {
		this.queries = queries;
		this.accounts = accounts;
	}

	/** A page of the records this user may find, newest first. */
	public RecordPage find(RecordSearch search, String userId) {
		String id = Accounts.normalize(userId);
		boolean everything = accounts.get(id).roles().stream().anyMatch(SEE_EVERYTHING::contains);
		RecordQueries.Participant participant = everything ? null : queries.participant(id);
		return new RecordPage(queries.find(search, participant), search.page(), search.size(),
				queries.count(search, participant), everything);
	}

	/** Whether this user took part in the record (or sees everything). */
	public boolean mayFind(String processInstanceId, String userId) {
		String id = Accounts.normalize(userId);
		if (accounts.get(id).roles().stream().anyMatch(SEE_EVERYTHING::contains)) {
			return true;
		}
		return queries.tookPart(processInstanceId, id);
	}

}
