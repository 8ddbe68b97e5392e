package org.oscetrainer;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline.Position;
import com.vaadin.flow.component.page.Inline.Wrapping;
import com.vaadin.flow.server.AppShellSettings;
import org.oscetrainer.common.ui.Formats;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import java.util.Arrays;
import org.oscetrainer.catalog.StationValidatorCommand;
import org.oscetrainer.patient.ScriptedPatientCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OSCE Trainer: simulated clinical examination stations against AI standardized patients.
 * Push (WebSocket) carries the patient's streamed replies to the browser. With {@code validate} as
 * first argument, checks the station files instead of starting (see {@link StationValidatorCommand}).
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
        if (args.length > 0 && "validate".equals(args[0])) {
            System.exit(StationValidatorCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && "ask".equals(args[0])) {
            System.exit(ScriptedPatientCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(OsceTrainerApplication.class, args);
    }

    /** The browser's time zone as a cookie before Vaadin's first request: the first view shows times in it. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Position.PREPEND, Formats.ZONE_COOKIE_SCRIPT, Wrapping.JAVASCRIPT);
    }
}
