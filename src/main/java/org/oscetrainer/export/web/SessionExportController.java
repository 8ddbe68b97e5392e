package org.oscetrainer.export.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.oscetrainer.export.SessionExport;
import org.oscetrainer.export.SessionExportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a session's grade files for the signed-in faculty (the service checks the role and
 * audits). The data are read in the request; the file is then written to the response as it is made.
 */
@RestController
@RequestMapping("/exports/sessions/{sessionId}")
class SessionExportController {

    private final SessionExportService exports;

    SessionExportController(SessionExportService exports) {
        this.exports = exports;
    }

    @GetMapping("grades.xlsx")
    void workbook(@PathVariable long sessionId, @RequestParam(defaultValue = "en") String lang,
            HttpServletResponse response) throws IOException {
        download(exports.workbook(sessionId, lang, false), response);
    }

    @GetMapping("grades-pseudonymised.xlsx")
    void pseudonymised(@PathVariable long sessionId, @RequestParam(defaultValue = "en") String lang,
            HttpServletResponse response) throws IOException {
        download(exports.workbook(sessionId, lang, true), response);
    }

    @GetMapping("moodle.csv")
    void moodle(@PathVariable long sessionId, HttpServletResponse response) throws IOException {
        download(exports.moodleCsv(sessionId), response);
    }

    private static void download(SessionExport export, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(export.contentType());
        export.writer().write(response.getOutputStream());
        response.flushBuffer();
    }
}
