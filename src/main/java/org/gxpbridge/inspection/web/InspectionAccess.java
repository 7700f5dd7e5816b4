package org.gxpbridge.inspection.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Who enters the inspection room: the front room (INSPECTOR) and the back room. */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('INSPECTOR','QUALITY_MANAGER','AUDITOR')")
@interface InspectionAccess {

	/** Only an inspector files a request (the one write an inspector makes). */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasRole('INSPECTOR')")
	@interface Inspector {

	}

}
