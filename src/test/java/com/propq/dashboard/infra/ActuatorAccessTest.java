package com.propq.dashboard.infra;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Health answers anyone with its status only; details and every other endpoint are for admins. */
@SpringBootTest
class ActuatorAccessTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    // In this mock web environment the app's own PropQ sandbox is not listening, so the overall
    // status is DOWN (503) because of PropQ: exactly what the readiness probe must not follow.

    @Test
    void healthAnswersWithoutSignInButShowsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void anAdminSeesTheHealthDetailsOfTheDatabaseAndPropq() throws Exception {
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.propq.status").exists());
    }

    @Test
    void readinessDoesNotDependOnPropq() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void otherEndpointsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/metrics").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }
}
