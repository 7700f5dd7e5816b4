package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.AuditTrailReviewModel.MESSAGE_REVIEW_REQUESTED;
import static org.gxpbridge.monitoring.AuditTrailReviewModel.VAR_RECORD_TYPE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gxpbridge.monitoring.ReviewedRecordType;
import org.springframework.stereotype.Component;

/**
 * Task_ScheduleAuditTrailReviews: the timer's run starts one review per record type, each
 * its own process instance and record (so each review is signed on its own).
 */
@Component("scheduleAuditTrailReviewsDelegate")
class ScheduleAuditTrailReviewsDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		for (ReviewedRecordType type : ReviewedRecordType.values()) {
			execution.getProcessEngineServices()
				.getRuntimeService()
				.startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED, "ATR-" + day + "-" + type,
						Map.of(VAR_RECORD_TYPE, type.name()));
		}
	}

}
