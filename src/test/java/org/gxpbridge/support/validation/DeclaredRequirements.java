package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which requirement ids the compiled tests declare with {@link Verifies}: for one test
 * (the listener) and for all test classes (the kit lists a declared test that did not run
 * as "not run", and {@code VerifiesIdsTests} checks every id exists).
 */
public final class DeclaredRequirements {

	private DeclaredRequirements() {
	}

	/**
	 * A declaration found in the compiled tests.
	 *
	 * @param className the class carrying it (binary name)
	 * @param method the method, or {@code null} for the class as a whole
	 * @param ids the ids, as written
	 */
	public record Declaration(String className, String method, List<String> ids) {

		/**
		 * @return {@code Class#method}, or the class alone
		 */
		public String testName() {
			return (this.method != null) ? this.className + "#" + this.method : this.className;
		}

	}

	/**
	 * The ids one test demonstrates: its method's, its class's (inherited) and its
	 * enclosing classes'.
	 * @param type the test class, {@code null} when it could not be loaded
	 * @param method the test method, or {@code null}
	 * @return the ids, sorted, without duplicates
	 */
	public static List<String> of(Class<?> type, AnnotatedElement method) {
		TreeSet<String> ids = new TreeSet<>();
		if (method != null) {
			add(ids, method);
		}
		for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
			add(ids, c);
		}
		return List.copyOf(ids);
	}

	/**
	 * Every {@link Verifies} on a class or method under a directory of compiled tests.
	 * @param testClasses e.g. target/test-classes
	 * @param loader a class loader that sees those classes
	 * @return the declarations, ordered by class and method
	 */
	public static List<Declaration> scan(Path testClasses, ClassLoader loader) {
		List<Declaration> found = new ArrayList<>();
		if (!Files.isDirectory(testClasses)) {
			return found;
		}
		try (Stream<Path> files = Files.walk(testClasses)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).sorted().toList()) {
				String name = testClasses.relativize(file).toString().replace(".class", "").replace('/', '.');
				Class<?> type = load(name, loader);
				if (type != null) {
					declarations(type, found);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		found.sort(Comparator.comparing(Declaration::testName));
		return found;
	}

	private static void declarations(Class<?> type, List<Declaration> found) {
		Method[] methods;
		try {
			methods = type.getDeclaredMethods();
		}
		catch (LinkageError ex) {
			return;
		}
		// only what JUnit runs counts: a helper or fixture class carrying the annotation
		// declares no test
		List<Method> tests = Stream.of(methods).filter(DeclaredRequirements::isTest).toList();
		Verifies onClass = type.getDeclaredAnnotation(Verifies.class);
		if (onClass != null && (!tests.isEmpty() || hasNestedTests(type))) {
			found.add(new Declaration(type.getName(), null, List.of(onClass.value())));
		}
		for (Method method : tests) {
			Verifies onMethod = method.getAnnotation(Verifies.class);
			if (onMethod != null) {
				found.add(new Declaration(type.getName(), method.getName(), List.of(onMethod.value())));
			}
		}
	}

	private static boolean isTest(Method method) {
		return AnnotationSupport.isAnnotated(method, Testable.class);
	}

	private static boolean hasNestedTests(Class<?> type) {
		try {
			return Stream.of(type.getDeclaredClasses()).anyMatch((c) -> c.isAnnotationPresent(Nested.class));
		}
		catch (LinkageError ex) {
			return false;
		}
	}

	private static Class<?> load(String name, ClassLoader loader) {
		try {
			return Class.forName(name, false, loader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// a test class whose dependencies are absent declares nothing we could run
			return null;
		}
	}

	private static void add(TreeSet<String> ids, AnnotatedElement element) {
		Verifies verifies = element.getAnnotation(Verifies.class);
		if (verifies != null) {
			for (String id : verifies.value()) {
				ids.add(id.trim());
			}
		}
	}

}
