package org.gxpbridge.design;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gxpbridge.risk.RiskInput;
import org.gxpbridge.risk.RiskRegister;

/**
 * A design item over a real risk register: risk R-001 (tampered firmware update) with
 * controls R-001-C1 "Signed firmware updates" and R-001-C2 "TLS on every interface",
 * designers owner and itsec.
 */
record DesignFixture(DesignItems items, RiskRegister risks) {

	String register(boolean withUncontrolledRisk) {
		String id = risks.open("Infusion pump cybersecurity risks", "itsec", null).id();
		risks.addRisk(id,
				RiskInput
					.cyber("Tampered firmware update", "pump firmware", "network attacker", "update not authenticated",
							4, 4)
					.withControls("Signed firmware updates\nTLS on every interface", 4, 1),
				"itsec");
		if (withUncontrolledRisk) {
			risks.addRisk(id, RiskInput.cyber("Bolus over Bluetooth", "BLE service", "nearby attacker",
					"unauthenticated pairing", 5, 2), "itsec");
		}
		return id;
	}

	DesignItem item(List<String> designers, boolean withUncontrolledRisk) {
		return items.create(
				new NewDesignItem("Infusion pump firmware", "2.1", register(withUncontrolledRisk), designers), "qm");
	}

	/**
	 * Two requirements, the threat model, a passing verification of each with its
	 * control.
	 */
	DesignItem complete(List<String> designers) {
		DesignItem item = item(designers, false);
		String designer = designers.get(0);
		items.addRequirement(item.id(), "REQ-1", "Only signed firmware is installed", "SECURITY", designer, null);
		items.addRequirement(item.id(), "REQ-2", "Pump data leaves the device encrypted", "SECURITY", designer, null);
		threatModel(item, designer);
		items.addVerification(item.id(), new NewVerification("V-1", "TEST", "PASS",
				"Unsigned image refused by the bootloader", null, List.of("REQ-1"), List.of("R-001-C1")), designer,
				null);
		items.addVerification(item.id(), new NewVerification("V-2", "INSPECTION", "PASS",
				"TLS 1.3 configuration inspected", null, List.of("REQ-2"), List.of("R-001-C2")), designer, null);
		return items.get(item.id());
	}

	void threatModel(DesignItem item, String designer) {
		items.uploadThreatModel(item.id(), "threat-model.txt",
				"STRIDE threat model of the pump firmware: spoofed updates, tampered dose tables"
					.getBytes(StandardCharsets.UTF_8),
				designer, null);
	}

}
