package org.gxpbridge.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The requirement ids a test demonstrates: ids of reference/regulatory.md (P11-10e,
 * A11-9, CHK-07 ...) and our own user requirements (URS-nn), all listed in
 * docs/validation/requirements.md ({@code VerifiesIdsTests} refuses any other id). On a
 * class it covers every test of the class (and of its nested classes); on a method it
 * adds to the class's ids. The validation kit (docs/validation/README.md) builds the
 * trace matrix from these ids and the results the test run recorded.
 */
@Documented
@Inherited
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Verifies {

	/**
	 * Requirement ids, e.g. {@code {"P11-10e", "CHK-07"}}.
	 * @return the ids this test demonstrates
	 */
	String[] value();

}
