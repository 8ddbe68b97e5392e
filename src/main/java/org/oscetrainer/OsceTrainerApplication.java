package org.oscetrainer;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OSCE Trainer: simulated clinical examination stations against AI standardized patients.
 * Push (WebSocket) carries the patient's streamed replies to the browser.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Push
@Theme("osce")
@PWA(name = "OSCE Trainer", shortName = "OSCE")
public class OsceTrainerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(OsceTrainerApplication.class, args);
    }
}
