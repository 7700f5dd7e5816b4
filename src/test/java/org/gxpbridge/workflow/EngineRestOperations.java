package org.gxpbridge.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's own description of its REST API (openapi.json in
 * camunda-engine-rest-openapi), so the matrix covers every operation the engine offers
 * rather than the ones somebody remembered.
 *
 * <p>
 * Classification rule: GET, HEAD and OPTIONS are reads; a POST is a read when it only
 * queries, i.e. its operationId starts with {@code query}, {@code postQuery} or
 * {@code postExecuteFilter}, or ends with {@code Count} (queryTasks, queryTasksCount,
 * postQueryGroups, postExecuteFilterList...). Every other POST, PUT and DELETE is a
 * write, including the ones that look harmless (identity/verify, migration/generate,
 * fetchAndLock): the strict reading.
 */
final class EngineRestOperations {

	private static final Pattern QUERY = Pattern.compile("^(query|postQuery|postExecuteFilter).*|.*Count$");

	private static final Set<String> WRITE_METHODS = Set.of("post", "put", "delete");

	/**
	 * One request shape: an openapi operation, optionally a variant of its body (e.g.
	 * with startInstructions).
	 */
	record Operation(String id, String method, String path, String variant) {
		String label() {
			return variant == null ? id : id + "+" + variant;
		}

		boolean is(String... ids) {
			return List.of(ids).contains(id);
		}
	}

	private EngineRestOperations() {
	}

	static boolean isRead(String method, String operationId) {
		return !WRITE_METHODS.contains(method.toLowerCase())
				|| ("post".equalsIgnoreCase(method) && QUERY.matcher(operationId).matches());
	}

	/** All POST/PUT/DELETE operations of openapi.json: [writes, query-POSTs]. */
	static List<List<Operation>> load() {
		JsonNode api;
		try (InputStream in = EngineRestOperations.class.getResourceAsStream("/openapi.json")) {
			if (in == null) {
				throw new IllegalStateException("openapi.json not on the test classpath (camunda-engine-rest-openapi)");
			}
			api = new ObjectMapper().readTree(in);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		List<Operation> writes = new ArrayList<>();
		List<Operation> queries = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
				Map.Entry<String, JsonNode> op = ops.next();
				if (!WRITE_METHODS.contains(op.getKey())) {
					continue;
				}
				String id = op.getValue().get("operationId").asText();
				Operation operation = new Operation(id, op.getKey().toUpperCase(), path.getKey(), null);
				(isRead(op.getKey(), id) ? queries : writes).add(operation);
			}
		}
		return List.of(writes, queries);
	}

	/**
	 * Body variants worth a cell of their own: a start with start instructions or skipped
	 * listeners is a different act (QUALITY_MANAGER with a reason) from a plain start,
	 * and a filter with an expression is refused to everyone.
	 */
	static List<Operation> withVariants(List<Operation> writes) {
		List<Operation> all = new ArrayList<>();
		for (Operation op : writes) {
			all.add(op);
			if (op.is("startProcessInstance", "startProcessInstanceByKey")) {
				all.add(new Operation(op.id(), op.method(), op.path(), "startInstructions"));
				all.add(new Operation(op.id(), op.method(), op.path(), "skipCustomListeners"));
			}
			if (op.is("createFilter", "updateFilter")) {
				all.add(new Operation(op.id(), op.method(), op.path(), "expression"));
			}
		}
		return all;
	}

}
