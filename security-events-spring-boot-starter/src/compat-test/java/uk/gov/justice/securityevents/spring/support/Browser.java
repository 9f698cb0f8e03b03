package uk.gov.justice.securityevents.spring.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client with a cookie jar, as a browser would be: no redirects followed, CSRF tokens from the pages. */
public final class Browser {
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final Set<String> sessionIdsSeen = new LinkedHashSet<>();

    /** A browser for the server on 127.0.0.1 at the given port. */
    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** GET. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** POST of an HTML form. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The login page's CSRF token (creating the anonymous session that holds it). */
    public String loginPageCsrf() {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF_INPUT.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the login page: " + page.body());
        }
        return m.group(1);
    }

    /** Logs in through the form; returns the response (a redirect). */
    public HttpResponse<String> login(String user, String password) {
        String csrf = loginPageCsrf();
        return post("/login", Map.of("username", user, "password", password, "_csrf", csrf));
    }

    /** A POST with the CSRF token of the current session. */
    public HttpResponse<String> postWithCsrf(String path, Map<String, String> form) {
        String token = get("/csrf").body();
        java.util.Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
        withToken.put("_csrf", token);
        return post(path, withToken);
    }

    /** The current raw JSESSIONID, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Every raw session id this browser ever held. */
    public Set<String> sessionIdsSeen() {
        return sessionIdsSeen;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = sessionId();
            if (id != null) {
                sessionIdsSeen.add(id);
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
