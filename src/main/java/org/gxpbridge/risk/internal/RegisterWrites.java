package org.gxpbridge.risk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.gxpbridge.risk.HeatMap;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskRecordChanged;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.risk.RiskSnapshot;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes to a register that every change shares: the version rule (a released register is
 * changed only with a reason, which starts its next version), one audit event per changed
 * field, and snapshots. Callers run inside their own transaction.
 */
@Component
public class RegisterWrites {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final RiskRows rows;

	private final ApplicationEventPublisher events;

	RegisterWrites(RiskRows rows, ApplicationEventPublisher events) {
		this.rows = rows;
		this.events = events;
	}

	public RiskRegisterView require(String registerId) {
		return rows.register(registerId)
			.orElseThrow(() -> new NotFoundException("risk_register_not_found", "No risk register " + registerId));
	}

	/**
	 * The register, ready to change: a released one needs a reason for change and moves
	 * to its next version as a draft (its released version stays readable as a snapshot).
	 */
	public RiskRegisterView beginEdit(String registerId, String actorId) {
		RiskRegisterView r = require(registerId);
		if (!RiskRegisterView.RELEASED.equals(r.status())) {
			return r;
		}
		String reason = ReasonForChange.current()
			.orElseThrow(() -> new ReasonRequiredException("Risk register " + registerId + " version " + r.version()
					+ " is released: a change needs a reason (" + ReasonForChange.HEADER + ") and starts version "
					+ (r.version() + 1)));
		return nextVersion(r, actorId, reason);
	}

	/** Starts the next version as a draft. */
	public RiskRegisterView nextVersion(RiskRegisterView r, String actorId, String reason) {
		rows.setStatus(r.id(), r.version() + 1, RiskRegisterView.DRAFT, null);
		publish(actorId, "RISK_REGISTER_NEW_VERSION", RiskRecordChanged.REGISTER, r.id(), r, "version",
				r.version() + " " + r.status(), (r.version() + 1) + " " + RiskRegisterView.DRAFT, reason);
		return require(r.id());
	}

	/** Sets a register column when its value changes, with its audit event. */
	public void setField(RiskRegisterView r, String column, String field, Object before, Object after, String actorId) {
		if (Objects.equals(before, after)) {
			return;
		}
		rows.setRegister(r.id(), column, after);
		publish(actorId, "RISK_REGISTER_CHANGED", RiskRecordChanged.REGISTER, r.id(), r, field, text(before),
				text(after), null);
	}

	/** One event per field that differs between the two canonical forms of a risk. */
	public void riskChanged(RiskRegisterView r, Risk before, Risk after, String actorId) {
		Map<String, Object> old = RiskContent.risk(before);
		Map<String, Object> now = RiskContent.risk(after);
		Map<String, Object> keys = new TreeMap<>(old);
		keys.putAll(now);
		for (String field : keys.keySet()) {
			if (!Objects.equals(old.get(field), now.get(field))) {
				publish(actorId, "RISK_CHANGED", RiskRecordChanged.RISK, after.registerId() + "/" + after.riskId(), r,
						field, text(old.get(field)), text(now.get(field)), null);
			}
		}
	}

	public void riskAdded(RiskRegisterView r, Risk risk, String actorId) {
		publish(actorId, "RISK_ADDED", RiskRecordChanged.RISK, risk.registerId() + "/" + risk.riskId(), r, "risk", null,
				json(RiskContent.risk(risk)), null);
	}

	/** A dated copy of the register as it stands, with its heat map counts. */
	public RiskSnapshot snapshot(RiskRegisterView r, List<Risk> risks, List<HeatMap> maps, String kind, String actorId,
			Instant at) {
		Map<String, Object> content = new TreeMap<>(RiskContent.canonical(r, risks));
		content.put("heatMapCounts", RiskContent.heatMapCounts(maps));
		String json = json(content);
		RiskSnapshot s = new RiskSnapshot(UUID.randomUUID().toString(), r.id(), r.version(), kind, at,
				actorId == null ? "system" : actorId, Sha256.hex(json), json);
		rows.insertSnapshot(s);
		events.publishEvent(new RiskRecordChanged(actorId, "RISK_REGISTER_SNAPSHOT", RiskRecordChanged.SNAPSHOT, s.id(),
				r.processInstanceId(), "snapshot", null,
				kind + " of " + r.id() + " version " + r.version() + " at " + at + " sha256:" + s.contentSha256(),
				null));
		return s;
	}

	public void publish(String actorId, String action, String objectType, String objectId, RiskRegisterView r,
			String field, String before, String after, String reason) {
		events.publishEvent(new RiskRecordChanged(actorId, action, objectType, objectId, r.processInstanceId(), field,
				before, after, reason));
	}

	public static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(Object v) {
		return v == null ? null : String.valueOf(v);
	}

}
