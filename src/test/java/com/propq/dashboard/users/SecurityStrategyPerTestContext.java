package com.propq.dashboard.users;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the strategy of the test's own application context.
 * Vaadin installs one strategy bean per context and makes it the global one, so with several cached
 * contexts in one JVM the global holder may belong to another context than the method security of
 * the test at hand, and a test's signed-in user would be invisible to it. One context in production.
 */
public class SecurityStrategyPerTestContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // Before Spring Security's own listener fills the context from @WithMockUser and friends.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
