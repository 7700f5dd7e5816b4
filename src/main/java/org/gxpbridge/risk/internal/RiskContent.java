package org.gxpbridge.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gxpbridge.risk.HeatMap;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskKind;
import org.gxpbridge.risk.RiskOutcome;
import org.gxpbridge.risk.RiskRegisterView;

/**
 * The register's canonical content (what a signature covers and a snapshot keeps) and its
 * heat maps. Status, release time and process binding are not content: releasing a signed
 * version must not make its signature "changed". Null values are left out, so the content
 * holds only strings, numbers, booleans, lists and maps.
 */
public final class RiskContent {

	private RiskContent() {
	}

	public static Map<String, Object> canonical(RiskRegisterView register, List<Risk> risks) {
		Map<String, Object> c = new TreeMap<>();
		put(c, "id", register.id());
		put(c, "version", register.version());
		put(c, "title", register.title());
		put(c, "scope", register.plan().scope());
		put(c, "intendedUse", register.plan().intendedUse());
		put(c, "acceptabilityCriteriaRef", register.plan().acceptabilityCriteriaRef());
		put(c, "euMarket", register.plan().euMarket());
		put(c, "afapJustification", register.afapJustification());
		var sw = register.softwareSafety();
		put(c, "canContributeToHazardousSituation", sw.canContributeToHazardousSituation());
		put(c, "unacceptableRiskAfterExternalControls", sw.unacceptableRiskAfterExternalControls());
		put(c, "worstHarm", sw.worstHarm());
		put(c, "softwareSafetyClass", sw.softwareSafetyClass());
		put(c, "benefitRiskConclusion", register.benefitRiskConclusion());
		List<Object> rows = new ArrayList<>();
		for (Risk r : risks) {
			rows.add(risk(r));
		}
		c.put("risks", rows);
		return c;
	}

	static Map<String, Object> risk(Risk r) {
		Map<String, Object> m = new TreeMap<>();
		put(m, "riskId", r.riskId());
		put(m, "kind", r.kind().name());
		put(m, "title", r.title());
		put(m, "hazard", r.hazard());
		put(m, "hazardousSituation", r.hazardousSituation());
		put(m, "harm", r.harm());
		put(m, "asset", r.asset());
		put(m, "threat", r.threat());
		put(m, "vulnerability", r.vulnerability());
		put(m, "severity", r.severity());
		put(m, "probability", r.probability());
		put(m, "exploitability", r.exploitability());
		put(m, "riskControls", r.riskControls());
		put(m, "residualSeverity", r.residualSeverity());
		put(m, "residualProbability", r.residualProbability());
		put(m, "residualExploitability", r.residualExploitability());
		put(m, "outcomeBefore", r.outcomeBefore().name());
		put(m, "outcomeAfter", r.outcomeAfter() == null ? null : r.outcomeAfter().name());
		put(m, "patchTrack", r.patchTrack());
		put(m, "fmeaSeverity", r.fmeaSeverity());
		put(m, "fmeaOccurrence", r.fmeaOccurrence());
		put(m, "fmeaDetectability", r.fmeaDetectability());
		put(m, "fmeaResidualOccurrence", r.fmeaResidualOccurrence());
		put(m, "fmeaResidualDetectability", r.fmeaResidualDetectability());
		put(m, "controlsConfirmed", r.controlsConfirmed());
		return m;
	}

	/**
	 * Safety and cybersecurity maps before and after controls; cells coloured by the
	 * tables' grids (severity 1–5 outer, likelihood 1–5 inner).
	 */
	public static List<HeatMap> heatMaps(List<Risk> risks, List<List<RiskOutcome>> acceptability,
			List<List<RiskOutcome>> cyber) {
		return List.of(map(risks, RiskKind.SAFETY, "before", "probability", acceptability, false),
				map(risks, RiskKind.SAFETY, "after", "probability", acceptability, true),
				map(risks, RiskKind.CYBERSECURITY, "before", "exploitability", cyber, false),
				map(risks, RiskKind.CYBERSECURITY, "after", "exploitability", cyber, true));
	}

	private static HeatMap map(List<Risk> risks, RiskKind kind, String stage, String axis, List<List<RiskOutcome>> grid,
			boolean after) {
		int[][] counts = new int[6][6];
		for (Risk r : risks) {
			if (r.kind() == kind) {
				counts[after ? r.severityAfter() : r.severity()][after ? r.likelihoodAfter() : r.likelihood()]++;
			}
		}
		List<HeatMap.Row> rows = new ArrayList<>();
		for (int s = 5; s >= 1; s--) {
			List<HeatMap.Cell> cells = new ArrayList<>();
			for (int l = 1; l <= 5; l++) {
				cells.add(new HeatMap.Cell(l, counts[s][l], grid.get(s - 1).get(l - 1)));
			}
			rows.add(new HeatMap.Row(s, cells));
		}
		return new HeatMap(kind.name(), stage, axis, rows);
	}

	/**
	 * Heat map counts as plain data for exports and snapshots: kind/stage → severity →
	 * counts.
	 */
	public static Map<String, Object> heatMapCounts(List<HeatMap> maps) {
		Map<String, Object> all = new TreeMap<>();
		for (HeatMap m : maps) {
			Map<String, Object> rows = new LinkedHashMap<>();
			m.rows().forEach(r -> rows.put("S" + r.severity(), r.cells().stream().map(HeatMap.Cell::count).toList()));
			all.put(m.kind() + "/" + m.stage(), rows);
		}
		return all;
	}

	private static void put(Map<String, Object> m, String key, Object value) {
		if (value != null) {
			m.put(key, value);
		}
	}

}
