package org.oscetrainer.catalog;

import java.nio.file.Files;
import org.oscetrainer.common.EmbeddedMariaDb;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the station library before anything else starts (the database, the web server, Vaadin): a broken station
 * file stops start-up in seconds with every file, line and problem ({@link StationFileFailureAnalyzer}), instead of
 * after the whole application has come up. The library is loaded into the database later, by the catalog's loader,
 * which checks the files again (they may have changed in between).
 */
public class StationLibraryPreCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return EmbeddedMariaDb.ORDER - 20; // after application.yml and the command line, before any database
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        CatalogProperties catalog = Binder.get(environment).bindOrCreate("osce.catalog", CatalogProperties.class);
        if (!Files.isDirectory(catalog.scenariosDir())) {
            return; // the loader says so in the log
        }
        var report = new StationValidator().validateLibrary(catalog.scenariosDir(), catalog.rubricsDir());
        if (!report.ok()) {
            throw new StationFileException(report.problems());
        }
    }
}
