package org.oscetrainer.export;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import org.oscetrainer.analytics.SessionAnalyticsService;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's grade files: the workbook (named or pseudonymised, French or English) and the Moodle
 * gradebook CSV. Each export is audited: who, which session, which file, how many students.
 */
@Service
@PreAuthorize("hasRole('EXPORT_GRADES')")
public class SessionExportService {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private static final Logger log = LoggerFactory.getLogger(SessionExportService.class);

    private final SessionAnalyticsService analytics;
    private final ApplicationEventPublisher events;
    private final Pseudonymiser pseudonymiser;

    SessionExportService(SessionAnalyticsService analytics, ApplicationEventPublisher events, ExportProperties properties) {
        this.analytics = analytics;
        this.events = events;
        this.pseudonymiser = new Pseudonymiser(key(properties));
    }

    /** The grade workbook; {@code pseudonymised} leaves out every name, number, e-mail and reason. */
    @Transactional
    public SessionExport workbook(long sessionId, String language, boolean pseudonymised) {
        SessionResults results = analytics.results(sessionId);
        SessionStatistics statistics = analytics.statistics(results);
        String lang = "fr".equals(language) ? "fr" : "en";
        audit(results, (pseudonymised ? "pseudonymised XLSX" : "XLSX") + ", headers " + lang);
        return new SessionExport(fileName(results, pseudonymised ? "grades-pseudonymised" : "grades", "xlsx"), XLSX,
                out -> new SessionWorkbook().write(results, statistics, lang, pseudonymised ? pseudonymiser : null, out));
    }

    /** The CSV that Moodle's gradebook imports (see docs/exports.md). */
    @Transactional
    public SessionExport moodleCsv(long sessionId) {
        SessionResults results = analytics.results(sessionId);
        SessionStatistics statistics = analytics.statistics(results);
        audit(results, "Moodle CSV");
        return new SessionExport(fileName(results, "moodle", "csv"), CSV,
                out -> new MoodleGradesCsv().write(results, statistics, out));
    }

    private void audit(SessionResults results, String what) {
        long students = results.students().stream().filter(s -> !s.results().isEmpty()).count();
        events.publishEvent(AuditEvent.of(AuditAction.GRADES_EXPORTED, "exam-session", results.sessionId(), null,
                what + " of " + results.sessionName() + ": " + results.students().size() + " students on the roster, "
                        + students + " with results, " + results.stations().size() + " stations"));
    }

    static String fileName(SessionResults results, String kind, String extension) {
        String name = Normalizer.normalize(results.sessionName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "session-" + results.sessionId() : name) + "-" + kind + "." + extension;
    }

    private static byte[] key(ExportProperties properties) {
        if (properties.pseudonymKey() != null && !properties.pseudonymKey().isBlank()) {
            byte[] key;
            try {
                key = java.util.Base64.getDecoder().decode(properties.pseudonymKey().strip());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException("osce.export.pseudonym-key must be Base64 (e.g. openssl rand -base64 32)");
            }
            if (key.length < 16) {
                throw new IllegalStateException("osce.export.pseudonym-key must hold at least 16 bytes (e.g. openssl rand -base64 32)");
            }
            return key;
        }
        log.warn("osce.export.pseudonym-key is not set: pseudonyms in exports will change at each restart");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
