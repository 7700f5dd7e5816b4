package org.gxpbridge.controls.process;

import static org.gxpbridge.workflow.DocumentApprovalModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.springframework.stereotype.Component;

/** Task_MakeDocumentEffective: the approved version enters the register of effective documents. */
@Component("makeDocumentEffectiveDelegate")
class MakeDocumentEffectiveDelegate implements JavaDelegate {

    private final ControlledDocuments documents;

    MakeDocumentEffectiveDelegate(ControlledDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ControlledDocument doc = documents.makeEffective(
                (String) execution.getVariable(VAR_DOCUMENT_NUMBER),
                (String) execution.getVariable(VAR_VERSION),
                (String) execution.getVariable(VAR_TITLE),
                (String) execution.getVariable(VAR_AUTHOR),
                execution.getProcessInstanceId());
        execution.setVariable(VAR_DOCUMENT_STATUS, doc.status());
        execution.setVariable(VAR_EFFECTIVE_AT, doc.effectiveAt().toString());
    }
}
