package org.gxpbridge.risk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A 5 × 5 heat map: rows are severity 5 down to 1, cells likelihood (probability or
 * exploitability) 1 to 5, each with the number of risks in it and the outcome the
 * decision table gives that cell (its colour).
 */
public record HeatMap(String kind, String stage, String likelihoodAxis, List<Row> rows) {

	public record Row(int severity, List<Cell> cells) {
	}

	public record Cell(int likelihood, int count, RiskOutcome outcome) {
	}

	/** All risks counted in the map. */
	@JsonProperty("total")
	public int total() {
		return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::count).sum();
	}

}
