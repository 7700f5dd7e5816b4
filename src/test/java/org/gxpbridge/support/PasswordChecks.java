package org.gxpbridge.support;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password hash checks the server makes. Tests run with a cheap hash cost
 * (application-test.yml), so "an unknown id costs a hash check too" can no longer be
 * shown by timing; counting the checks shows it exactly, independent of machine load.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PasswordChecks {

	private static final AtomicLong CHECKS = new AtomicLong();

	/** Hash checks made so far by the server under test (all threads). */
	public static long count() {
		return CHECKS.get();
	}

	@Bean
	static BeanPostProcessor countingPasswordEncoder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof PasswordEncoder encoder ? new Counting(encoder) : bean;
			}
		};
	}

	private record Counting(PasswordEncoder delegate) implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			return delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			CHECKS.incrementAndGet();
			return delegate.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return delegate.upgradeEncoding(encodedPassword);
		}

	}

}
