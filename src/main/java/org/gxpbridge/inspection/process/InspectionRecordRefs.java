package org.gxpbridge.inspection.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.gxpbridge.inspection.InspectionRequestModel;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Facts the inspection steps take from the engine's history: the process instances a
 * response's record references name (an instance id, or a business key: its latest
 * instance), and who completed the preparation step.
 */
@Component
class InspectionRecordRefs {

	private final HistoryService history;

	InspectionRecordRefs(HistoryService history) {
		this.history = history;
	}

	/**
	 * @throws InvalidInputException {@code unknown_record} naming a reference that is no
	 * record
	 */
	List<String> resolve(String lines) {
		List<String> ids = new ArrayList<>();
		if (lines == null) {
			return ids;
		}
		for (String ref : Arrays.stream(lines.split("[\\r\\n,]+"))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.toList()) {
			HistoricProcessInstance byId = history.createHistoricProcessInstanceQuery()
				.processInstanceId(ref)
				.singleResult();
			HistoricProcessInstance found = byId != null ? byId
					: history.createHistoricProcessInstanceQuery()
						.processInstanceBusinessKey(ref)
						.list()
						.stream()
						.max(Comparator.comparing(HistoricProcessInstance::getStartTime))
						.orElseThrow(() -> new InvalidInputException("unknown_record",
								"'" + ref + "' is neither a process instance id nor a business key of a record"));
			if (!ids.contains(found.getId())) {
				ids.add(found.getId());
			}
		}
		return ids;
	}

	/** Who completed the latest preparation step of this instance (its assignee). */
	String preparedBy(String processInstanceId) {
		return history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(InspectionRequestModel.TASK_PREPARE_RESPONSE)
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.list()
			.stream()
			.findFirst()
			.map(HistoricTaskInstance::getAssignee)
			.orElse(null);
	}

}
