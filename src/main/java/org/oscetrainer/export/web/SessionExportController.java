package org.oscetrainer.export.web;

import org.oscetrainer.export.SessionExport;
import org.oscetrainer.export.SessionExportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of a session's grade files for the signed-in faculty (the service checks the role and
 * audits). The data are read in the request; the file is then streamed out.
 */
@RestController
@RequestMapping("/exports/sessions/{sessionId}")
class SessionExportController {

    private final SessionExportService exports;

    SessionExportController(SessionExportService exports) {
        this.exports = exports;
    }

    @GetMapping("grades.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(@PathVariable long sessionId,
            @RequestParam(defaultValue = "en") String lang) {
        return download(exports.workbook(sessionId, lang, false));
    }

    @GetMapping("grades-pseudonymised.xlsx")
    ResponseEntity<StreamingResponseBody> pseudonymised(@PathVariable long sessionId,
            @RequestParam(defaultValue = "en") String lang) {
        return download(exports.workbook(sessionId, lang, true));
    }

    @GetMapping("moodle.csv")
    ResponseEntity<StreamingResponseBody> moodle(@PathVariable long sessionId) {
        return download(exports.moodleCsv(sessionId));
    }

    private static ResponseEntity<StreamingResponseBody> download(SessionExport export) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(export.contentType()))
                .body(out -> export.writer().write(out));
    }
}
