package com.propq.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of PropQ Dashboard. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PropqDashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(PropqDashboardApplication.class, args);
    }
}
