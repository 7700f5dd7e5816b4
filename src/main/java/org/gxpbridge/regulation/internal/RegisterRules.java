package org.gxpbridge.regulation.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterChanged;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rules of the applicability register's versions; every change publishes
 * {@link RegisterChanged}. Called inside the transactions of
 * {@code ApplicabilityRegister}.
 */
@Component
public class RegisterRules {

	private final RegisterStore store;

	private final RegulationCatalogue catalogue;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RegisterRules(RegisterStore store, RegulationCatalogue catalogue, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.catalogue = catalogue;
		this.clock = clock;
		this.events = events;
	}

	public RegisterVersion open(String registerId, String actorId, String processInstanceId, String intakeDocumentId,
			List<ApplicableFramework> proposed, String reason) {
		List<RegisterVersion> versions = store.versions(registerId);
		versions.stream().filter(RegisterRules::isOpen).findFirst().ifPresent(v -> {
			throw new ConflictException("register_version_open", "Version " + v.version()
					+ " of the applicability register is still " + v.status() + " in process " + v.processInstanceId());
		});
		boolean approvedBefore = versions.stream().anyMatch(RegisterRules::wasApproved);
		if (approvedBefore && isBlank(reason)) {
			throw new ReasonRequiredException("A change of the approved applicability register needs a reason");
		}
		int next = versions.size() + 1;
		store.insertVersion(registerId, next, actorId, processInstanceId, intakeDocumentId, trim(reason),
				clock.instant());
		publish(registerId, next, "REGISTER_VERSION_OPENED", actorId, processInstanceId, "status", null,
				RegisterVersion.DRAFT, reason);
		Map<String, ApplicableFramework> entries = new LinkedHashMap<>();
		versions.stream()
			.filter(v -> RegisterVersion.APPROVED.equals(v.status()))
			.reduce((a, b) -> b)
			.ifPresent(v -> v.entries().forEach(e -> entries.put(e.frameworkId(), e)));
		for (ApplicableFramework p : proposed == null ? List.<ApplicableFramework>of() : proposed) {
			entries.putIfAbsent(p.frameworkId(), p);
		}
		for (ApplicableFramework e : entries.values()) {
			ApplicableFramework valid = RegisterEntries.validated(e, catalogue);
			store.insertEntry(registerId, next, valid);
			RegisterEntries.changes(null, valid)
				.forEach((field, values) -> publish(registerId, next, "REGISTER_ENTRY_CHANGED", actorId,
						processInstanceId, valid.frameworkId() + "." + field, values[0], values[1], reason));
		}
		return store.version(registerId, next).orElseThrow();
	}

	public ApplicableFramework saveEntry(String registerId, int version, ApplicableFramework entry, String actorId,
			String reason) {
		RegisterVersion v = editable(registerId, version, reason);
		ApplicableFramework valid = RegisterEntries.validated(entry, catalogue);
		ApplicableFramework old = store.entry(registerId, version, valid.frameworkId()).orElse(null);
		if (old == null) {
			store.insertEntry(registerId, version, valid);
		}
		else {
			store.updateEntry(registerId, version, valid);
		}
		RegisterEntries.changes(old, valid)
			.forEach((field, values) -> publish(registerId, version, "REGISTER_ENTRY_CHANGED", actorId,
					v.processInstanceId(), valid.frameworkId() + "." + field, values[0], values[1], reason));
		return valid;
	}

	public void removeEntry(String registerId, int version, String frameworkId, String actorId, String reason) {
		RegisterVersion v = editable(registerId, version, reason);
		ApplicableFramework old = store.entry(registerId, version, frameworkId)
			.orElseThrow(() -> new NotFoundException("register_entry_not_found",
					"Version " + version + " of the applicability register does not list " + frameworkId));
		store.deleteEntry(registerId, version, frameworkId);
		publish(registerId, version, "REGISTER_ENTRY_REMOVED", actorId, v.processInstanceId(), frameworkId,
				RegisterEntries.describe(old), null, reason);
	}

	public RegisterVersion submit(String registerId, int version, String actorId) {
		RegisterVersion v = existing(registerId, version);
		if (v.entries().isEmpty()) {
			throw new InvalidInputException("register_empty",
					"Version " + version + " of the applicability register lists no framework yet");
		}
		return changeStatus(registerId, version, RegisterVersion.DRAFT, RegisterVersion.IN_REVIEW, actorId, null);
	}

	public RegisterVersion changeStatus(String registerId, int version, String from, String to, String actorId,
			String reason) {
		RegisterVersion v = existing(registerId, version);
		if (!from.equals(v.status())) {
			throw new ConflictException("register_version_status",
					"Version " + version + " of the applicability register is " + v.status() + ", not " + from);
		}
		store.setStatus(registerId, version, to, null);
		publish(registerId, version, "REGISTER_STATUS_CHANGED", actorId, v.processInstanceId(), "status", from, to,
				reason);
		return existing(registerId, version);
	}

	public RegisterVersion approve(String registerId, int version, List<String> signatureIds) {
		RegisterVersion v = existing(registerId, version);
		if (!RegisterVersion.IN_REVIEW.equals(v.status())) {
			throw new ConflictException("register_version_status",
					"Version " + version + " of the applicability register is " + v.status() + ", not IN_REVIEW");
		}
		for (RegisterVersion earlier : store.versions(registerId)) {
			if (RegisterVersion.APPROVED.equals(earlier.status())) {
				store.setStatus(registerId, earlier.version(), RegisterVersion.SUPERSEDED, null);
				publish(registerId, earlier.version(), "REGISTER_STATUS_CHANGED", null, earlier.processInstanceId(),
						"status", RegisterVersion.APPROVED, RegisterVersion.SUPERSEDED,
						"superseded by version " + version);
			}
		}
		List<String> ids = signatureIds == null ? List.of() : signatureIds;
		for (int i = 0; i < ids.size(); i++) {
			store.insertSignature(registerId, version, i, ids.get(i));
		}
		store.setStatus(registerId, version, RegisterVersion.APPROVED, clock.instant());
		publish(registerId, version, "REGISTER_STATUS_CHANGED", null, v.processInstanceId(), "status",
				RegisterVersion.IN_REVIEW, RegisterVersion.APPROVED, "signatures " + String.join(", ", ids));
		return existing(registerId, version);
	}

	public RegisterVersion withdraw(String registerId, int version, String actorId, String reason) {
		RegisterVersion v = existing(registerId, version);
		if (!isOpen(v)) {
			throw new ConflictException("register_version_status",
					"Version " + version + " of the applicability register is " + v.status() + " and stays so");
		}
		return changeStatus(registerId, version, v.status(), RegisterVersion.WITHDRAWN, actorId, reason);
	}

	private RegisterVersion editable(String registerId, int version, String reason) {
		RegisterVersion v = existing(registerId, version);
		if (!RegisterVersion.DRAFT.equals(v.status())) {
			throw new ConflictException("register_version_not_editable", "Version " + version
					+ " of the applicability register is " + v.status() + "; only a DRAFT version is edited");
		}
		if (version > 1 && isBlank(reason)
				&& store.versions(registerId).stream().anyMatch(RegisterRules::wasApproved)) {
			throw new ReasonRequiredException("A change of the approved applicability register needs a reason");
		}
		return v;
	}

	private RegisterVersion existing(String registerId, int version) {
		return store.version(registerId, version)
			.orElseThrow(() -> new NotFoundException("register_version_not_found",
					"The applicability register has no version " + version));
	}

	private void publish(String registerId, int version, String action, String actorId, String processInstanceId,
			String field, String oldValue, String newValue, String reason) {
		events.publishEvent(new RegisterChanged(registerId, version, action, actorId, processInstanceId, field,
				oldValue, newValue, trim(reason)));
	}

	private static boolean isOpen(RegisterVersion v) {
		return RegisterVersion.DRAFT.equals(v.status()) || RegisterVersion.IN_REVIEW.equals(v.status());
	}

	private static boolean wasApproved(RegisterVersion v) {
		return RegisterVersion.APPROVED.equals(v.status()) || RegisterVersion.SUPERSEDED.equals(v.status());
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	static String trim(String s) {
		return isBlank(s) ? null : s.strip();
	}

}
