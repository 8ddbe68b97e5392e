package org.oscetrainer.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the station library is read from at start-up.
 *
 * @param scenariosDir folder of scenario YAML files ({@code osce.catalog.scenarios-dir}, default {@code scenarios})
 * @param rubricsDir folder of rubric YAML files ({@code osce.catalog.rubrics-dir}, default {@code rubrics})
 */
@ConfigurationProperties("osce.catalog")
public record CatalogProperties(@DefaultValue("scenarios") Path scenariosDir, @DefaultValue("rubrics") Path rubricsDir) {
}
