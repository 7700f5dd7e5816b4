package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.AuditProgramme;
import org.gxpbridge.monitoring.AuditWork;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_CloseAuditCycle: only while a valid APPROVED signature covers the report as it
 * stands, raises the CAPAs of the findings, records the outcome and tells the diagram
 * whether the area stays in the programme.
 */
@Component("closeAuditCycleDelegate")
class CloseAuditCycleDelegate implements JavaDelegate {

	private final AuditWork audits;

	private final AuditProgramme programme;

	private final Signatures signatures;

	CloseAuditCycleDelegate(AuditWork audits, AuditProgramme programme, Signatures signatures) {
		this.audits = audits;
		this.programme = programme;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String auditId = (String) execution.getVariable(VAR_AUDIT_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Audit " + auditId + " is not closed: " + reason);
		});
		audits.closeCycle(auditId);
		execution.setVariable(VAR_AREA_ACTIVE, programme.area((String) execution.getVariable(VAR_AREA_ID)).active());
	}

}
