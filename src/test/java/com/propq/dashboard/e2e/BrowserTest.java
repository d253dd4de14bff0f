package com.propq.dashboard.e2e;

import org.springframework.boot.test.context.SpringBootTest;

/** Base of the end-to-end tests on the shared context (delivery engine off): the app on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends ChromiumTest {}
