package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.oscetrainer.HttpSignIn;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.common.ui.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The findings of issue 11 measured from outside, over real HTTP: login CSRF, the security headers,
 * the session cookie, a download for an unknown session, the upload limit.
 */
@IntegrationTest
class BrowserHardeningTest {

    private static final String PASSWORD = "demo-password";

    @LocalServerPort int port;
    @Autowired MultipartConfigElement multipart;

    @Test
    void aSignInPostedWithoutTheFormsTokenFromAnotherSiteIsRefused() throws Exception {
        HttpSignIn elsewhere = new HttpSignIn(port);
        HttpResponse<String> answer = elsewhere.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").header("Referer", "https://evil.example/page")
                .POST(HttpRequest.BodyPublishers.ofString("username=student&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());

        // refused with 403, whose error dispatch the browser chain answers with the sign-in page
        assertThat(HttpSignIn.signedIn(answer)).as(answer.statusCode() + " " + answer.headers().map()).isFalse();
        assertThat(answer.statusCode() == 403 || answer.headers().firstValue("Location").orElse("").contains("/login"))
                .as(answer.statusCode() + " " + answer.headers().map()).isTrue();
        assertThat(elsewhere.get("/exports/sessions/1/moodle.csv").headers().firstValue("Location").orElse(""))
                .as("still not signed in").contains("/login");
    }

    @Test
    void theSignInFormWithItsPagesTokenSignsIn() throws Exception {
        HttpSignIn browser = new HttpSignIn(port);
        assertThat(HttpSignIn.signedIn(browser.signIn("student", PASSWORD))).isTrue();
        HttpSignIn wrong = new HttpSignIn(port);
        assertThat(HttpSignIn.signedIn(wrong.signIn("student", "not-the-password"))).isFalse();
    }

    @Test
    void pagesCarryAContentSecurityPolicyAReferrerPolicyAndASameSiteCookie() throws Exception {
        HttpResponse<String> page = new HttpSignIn(port).get("/login");

        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "form-action 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void aDownloadForAnUnknownSessionIsNotFound() throws Exception {
        HttpSignIn faculty = new HttpSignIn(port);
        assertThat(HttpSignIn.signedIn(faculty.signIn("faculty", PASSWORD))).isTrue();
        for (String file : new String[] {"grades.xlsx", "grades-pseudonymised.xlsx", "moodle.csv"}) {
            HttpResponse<String> answer = faculty.get("/exports/sessions/987654321/" + file);
            assertThat(answer.statusCode()).as(file).isEqualTo(404);
            assertThat(answer.body()).as(file).isEqualTo("This exam session does not exist.\n");
        }
        HttpSignIn student = new HttpSignIn(port);
        assertThat(HttpSignIn.signedIn(student.signIn("student", PASSWORD))).isTrue();
        assertThat(student.get("/exports/sessions/987654321/moodle.csv").statusCode()).as("not told to a student")
                .isEqualTo(403);
    }

    @Test
    void uploadsTakeTheDocumentedFiveMegabytes() {
        assertThat(Uploads.MAX_BYTES).isEqualTo(5 * 1024 * 1024);
        assertThat(RosterImport.MAX_BYTES).isEqualTo(Uploads.MAX_BYTES);
        assertThat(multipart.getMaxFileSize()).as("the servlet lets a 5 MB file through").isGreaterThanOrEqualTo(Uploads.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(Uploads.MAX_BYTES);
    }
}
