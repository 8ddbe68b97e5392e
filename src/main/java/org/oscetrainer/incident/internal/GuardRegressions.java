package org.oscetrainer.incident.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.oscetrainer.incident.AiIncidentReported;
import org.oscetrainer.incident.IncidentKind;
import org.oscetrainer.incident.IncidentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A reported leak or out-of-character reply is an attack the guard let through: once the report is
 * stored, it is appended (station, the student's question, the reply, the kind) as one JSON line to
 * {@code incident-regressions.jsonl} in {@code osce.incident.guard-regressions-dir}. A developer checks it
 * and adds the line to {@code src/test/resources/guard/incident-regressions.jsonl}, which the tests replay
 * through the guard expecting the reply withheld ({@code IncidentRegressionTest}). No names: neither the
 * student nor the reporter is written.
 */
@Component
class GuardRegressions {

    static final String FILE = "incident-regressions.jsonl";
    private static final Set<IncidentKind> ATTACKS = Set.of(IncidentKind.LEAKED_DIAGNOSIS, IncidentKind.OUT_OF_CHARACTER);
    private static final Logger log = LoggerFactory.getLogger(GuardRegressions.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String dir;

    GuardRegressions(IncidentProperties properties) {
        this.dir = properties.guardRegressionsDir();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AiIncidentReported report) {
        // a reply to a question (the turn after the student's): an opening line or the score is no attack
        if (dir == null || dir.isBlank() || report.question() == null || report.turnText() == null
                || !ATTACKS.contains(report.kind())) {
            return;
        }
        ObjectNode line = JSON.createObjectNode()
                .put("station", report.stationId())
                .put("kind", report.kind().name())
                .put("question", report.question())
                .put("reply", report.turnText())
                .put("engine", report.turnEngine())
                .put("reportedAt", report.at().toString())
                .put("expect", "withheld");
        try {
            append(Path.of(dir).resolve(FILE), line.toString() + "\n");
        } catch (IOException | RuntimeException e) {
            log.error("The reported attack could not be appended to {}/{}", dir, FILE, e); // the report itself is stored
        }
    }

    private static synchronized void append(Path file, String line) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
