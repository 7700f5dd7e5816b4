package org.gxpbridge.lifecycle.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The programme record, sealed by the entry of each {@code ProgrammeChanged}, with the
 * control implementations the programme started as its child rows.
 */
@Component
class LifecycleTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(SealedRecordTable
			.of("gxp_programme", "r.id", "gxp_programme r",
					"r.number, r.title, r.scope, r.owner_id, r.status, r.cycle, r.process_instance_id, r.started_at, "
							+ "r.status_reason",
					SealedRecordTable.byObjectId("Programme"))
			.withChildren(new Children("gxp_programme_control", "programme_id",
					"cycle, implementation_id, " + "process_instance_id")));
	}

}
