package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.CapaRecord;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.MonitoringSettings;
import org.gxpbridge.monitoring.NewCapa;
import org.gxpbridge.monitoring.Severity;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterCapa: the reported CAPA enters the register, bound to this instance, with
 * priority and due date from CapaPriorityDecision.
 */
@Component("registerCapaDelegate")
class RegisterCapaDelegate implements JavaDelegate {

	private final Capas capas;

	private final MonitoringSettings settings;

	RegisterCapaDelegate(Capas capas, MonitoringSettings settings) {
		this.capas = capas;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NewCapa capa = new NewCapa(ProcessValues.text(execution.getVariable(VAR_TITLE)),
				ProcessValues.text(execution.getVariable(VAR_DESCRIPTION)),
				CapaSource.parse(ProcessValues.text(execution.getVariable(VAR_SOURCE))),
				ProcessValues.text(execution.getVariable(VAR_SOURCE_REFERENCE)),
				Severity.parse(ProcessValues.text(execution.getVariable(VAR_SEVERITY))),
				Boolean.TRUE.equals(execution.getVariable(VAR_RECURRENCE)),
				Boolean.TRUE.equals(execution.getVariable(VAR_PATIENT_SAFETY)));
		CapaRecord record = capas.register(capa, Actor.current(execution), execution.getProcessInstanceId());
		execution.setVariable(VAR_CAPA_ID, record.id());
		execution.setVariable(VAR_PRIORITY, record.priority());
		execution.setVariable(VAR_DUE_DATE, record.dueDate().toString());
		execution.setVariable(VAR_INCIDENT, record.source() == CapaSource.CYBERSECURITY_INCIDENT);
		execution.setVariable(VAR_EFFECTIVENESS_DELAY, settings.effectivenessCheckAfter());
	}

}
