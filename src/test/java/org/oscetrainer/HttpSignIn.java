package org.oscetrainer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in over raw HTTP as a browser does: opens the sign-in page (which creates the session and
 * writes the CSRF token into {@code meta _csrf}), then posts the form with that token. The client
 * keeps the session cookie and does not follow redirects.
 */
public final class HttpSignIn {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    public final HttpClient client;
    private final String base;

    public HttpSignIn(int port) {
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = "http://localhost:" + port;
    }

    /** The CSRF parameter name and token of a page of the app, as Vaadin writes them into it. */
    public String[] csrf(String path) throws IOException, InterruptedException {
        String page = get(path).body();
        String name = null;
        String token = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            } else {
                name = m.group(2);
            }
        }
        if (name == null || token == null) {
            throw new AssertionError("No CSRF token in the page " + path);
        }
        return new String[] {name, token};
    }

    /** Posts the sign-in form with the page's token; the answer (302) says where it leads. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String[] csrf = csrf("/login");
        return post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&" + csrf[0] + "=" + enc(csrf[1]));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a sign-in answer leads: signed in unless it goes back to the login page. */
    public static boolean signedIn(HttpResponse<?> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("/login");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
