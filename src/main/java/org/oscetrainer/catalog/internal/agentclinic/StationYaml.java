package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.ScenarioFile;

/** Writes an imported station's records as station files, headed by where they come from. */
public final class StationYaml {

    static final String HEADER = """
            # Imported from AgentClinic (github.com/SamuelSchmidgall/AgentClinic, %s).
            # Copyright (c) 2024 Samuel Schmidgall. MIT licence: keep this notice with the file.
            # Starter station made by OSCE Trainer's importer: review it before students use it.
            """;

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** {@code sourceFile}: the benchmark file the case comes from, e.g. agentclinic_medqa.jsonl. */
    public String scenario(ScenarioFile scenario, String sourceFile) {
        return write(scenario, sourceFile);
    }

    public String rubric(RubricFile rubric, String sourceFile) {
        return write(rubric, sourceFile);
    }

    private String write(Object value, String sourceFile) {
        try {
            return HEADER.formatted(sourceFile) + yaml.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
