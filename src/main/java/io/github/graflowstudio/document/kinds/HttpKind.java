package io.github.graflowstudio.document.kinds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graflowstudio.engine.TaskBody;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code http}: sends one request with {@link java.net.http.HttpClient}. The result is the
 * response body as text, or {@code {"status", "headers", "body"}} with {@code fullResponse}; a
 * status of 400 or more fails the task. A non-string {@code body} is sent as JSON. Immutable and
 * thread-safe.
 */
final class HttpKind extends BaseKind {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");
    static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    HttpKind() {
        super("http", "Sends an HTTP request and returns the response body.", List.of(
                ConfigField.optional("method", FieldType.STRING, "GET", "One of " + METHODS + "."),
                ConfigField.required("url", FieldType.STRING, "An http:// or https:// URL."),
                ConfigField.optional("body", FieldType.JSON, null,
                        "Request body: a string is sent as is, any other JSON value as JSON."),
                ConfigField.optional("headers", FieldType.STRING_MAP, null, "Request headers."),
                ConfigField.optional("timeoutMillis", FieldType.INTEGER, DEFAULT_TIMEOUT_MILLIS,
                        "Time limit for the whole exchange, in milliseconds."),
                ConfigField.optional("fullResponse", FieldType.BOOLEAN, false,
                        "Return {status, headers, body} instead of the body text.")));
    }

    @Override
    protected void checkValues(ConfigValues config, List<ConfigProblem> problems) {
        String method = config.string("method");
        if (!METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            problems.add(ConfigProblem.error("method", "field 'method' must be one of " + METHODS + ", was '" + method + "'"));
        }
        String url = config.string("url");
        String urlProblem = checkUrl(url);
        if (urlProblem != null) {
            problems.add(ConfigProblem.error("url", "field 'url' " + urlProblem));
        }
        for (String name : config.stringMap("headers").keySet()) {
            if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(ConfigProblem.error("headers", "header '" + name + "' is set by the HTTP client and cannot be configured"));
            } else if (name.isBlank() || !name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
                problems.add(ConfigProblem.error("headers", "header name '" + name + "' is not valid"));
            }
        }
        checkRange(config, "timeoutMillis", 1, 3_600_000, problems);
    }

    private static String checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must be an http:// or https:// URL, was '" + url + "'";
            }
            if (uri.getHost() == null) {
                return "has no host: '" + url + "'";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getMessage();
        }
    }

    @Override
    protected TaskBody body(ConfigValues config) {
        Object body = config.value("body");
        String bodyText;
        try {
            bodyText = body == null ? null : body instanceof String text ? text : Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("field 'body' cannot be written as JSON: " + e.getMessage(), e);
        }
        HttpExchange exchange = new HttpExchange(config.string("method").toUpperCase(Locale.ROOT),
                URI.create(config.string("url")), bodyText, !(body instanceof String) && body != null,
                config.stringMap("headers"), config.integer("timeoutMillis"), config.bool("fullResponse"));
        return context -> exchange.send();
    }

    /** Holds the JSON writer for bodies, so that Jackson's data binding loads only when a request is built. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Reads a map-valued header list into single strings. */
    static Map<String, Object> joinHeaders(Map<String, List<String>> headers) {
        Map<String, Object> joined = new java.util.TreeMap<>();
        headers.forEach((name, values) -> joined.put(name, String.join(", ", values)));
        return joined;
    }
}
