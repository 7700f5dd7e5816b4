package org.gxpbridge.workflow.internal;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * Reads the arguments of an engine command. Camunda's commands keep them in protected
 * fields without getters; the engine version is pinned (7.24, the last Community
 * Edition), and EngineCommandsTests fails the build if a field the guard reads is gone. A
 * missing field refuses the command (fail closed).
 */
final class CommandFields {

	private CommandFields() {
	}

	static String string(Object command, String name) {
		Object value = read(command, name);
		return value == null ? null : value.toString();
	}

	static Set<String> variableNames(Object command, String name) {
		Object value = read(command, name);
		return value instanceof Map<?, ?> map ? new TreeSet<>(map.keySet().stream().map(String::valueOf).toList())
				: Set.of();
	}

	static Object read(Object command, String name) {
		for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(command);
			}
			catch (NoSuchFieldException e) {
				// look in the superclass
			}
			catch (IllegalAccessException e) {
				break;
			}
		}
		throw new AuthorizationException("The guard cannot read '" + name + "' of " + command.getClass().getSimpleName()
				+ "; the operation is refused until the guard knows this engine version");
	}

}
