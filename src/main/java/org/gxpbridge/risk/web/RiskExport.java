package org.gxpbridge.risk.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gxpbridge.risk.HeatMap;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.risk.internal.RegisterWrites;
import org.gxpbridge.risk.internal.RiskContent;
import org.gxpbridge.shared.CsvCells;

/**
 * The register as CSV ({@link CsvCells}, formulas neutralised; one row per risk, then the
 * heat map counts) and JSON (the register with risks, outcomes, FMEA and heat map
 * counts), both carrying id, version and status.
 */
final class RiskExport {

	static final List<String> COLUMNS = List.of("riskId", "kind", "title", "hazard", "hazardousSituation", "harm",
			"asset", "threat", "vulnerability", "severity", "probability", "exploitability", "outcomeBefore",
			"riskControls", "residualSeverity", "residualProbability", "residualExploitability", "outcomeAfter",
			"patchTrack", "controlsConfirmed", "fmeaSeverity", "fmeaOccurrence", "fmeaDetectability", "rpnBefore",
			"fmeaResidualOccurrence", "fmeaResidualDetectability", "rpnAfter", "updatedBy", "updatedAt");

	private RiskExport() {
	}

	static String json(RiskRegisterView r) {
		Map<String, Object> all = new TreeMap<>();
		all.put("register", r);
		all.put("heatMapCounts", RiskContent.heatMapCounts(r.heatMaps()));
		return RegisterWrites.json(all);
	}

	static String csv(RiskRegisterView r) {
		StringBuilder out = new StringBuilder();
		out.append(CsvCells.line(List.of("register", r.id(), "version", String.valueOf(r.version()), "status",
				r.status(), "title", r.title())));
		out.append(CsvCells.line(COLUMNS));
		for (Risk k : r.risks()) {
			out.append(CsvCells.line(
					Stream
						.of(k.riskId(), k.kind(), k.title(), k.hazard(), k.hazardousSituation(), k.harm(), k.asset(),
								k.threat(), k.vulnerability(), k.severity(), k.probability(), k.exploitability(),
								k.outcomeBefore(), k.riskControls(), k.residualSeverity(), k.residualProbability(),
								k.residualExploitability(), k.outcomeAfter(), k.patchTrack(), k.controlsConfirmed(),
								k.fmeaSeverity(), k.fmeaOccurrence(), k.fmeaDetectability(), k.rpnBefore(),
								k.fmeaResidualOccurrence(), k.fmeaResidualDetectability(), k.rpnAfter(), k.updatedBy(),
								k.updatedAt())
						.map(v -> v == null ? "" : String.valueOf(v))
						.toList()));
		}
		out.append(CsvCells.line(List.of("heatMap", "stage", "severity", "likelihood1", "likelihood2", "likelihood3",
				"likelihood4", "likelihood5")));
		for (HeatMap m : r.heatMaps()) {
			for (HeatMap.Row row : m.rows()) {
				out.append(CsvCells.line(
						Stream
							.concat(Stream.of(m.kind(), m.stage(), String.valueOf(row.severity())),
									row.cells().stream().map(c -> String.valueOf(c.count())))
							.toList()));
			}
		}
		return out.toString();
	}

}
