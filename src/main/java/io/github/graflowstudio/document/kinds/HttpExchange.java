package io.github.graflowstudio.document.kinds;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One configured HTTP request of an {@code http} node; {@link #send()} performs it. Immutable and
 * thread-safe (the shared {@link HttpClient} is thread-safe).
 */
final class HttpExchange {
    /** The largest response body accepted. */
    static final int MAX_BODY_BYTES = 8 << 20;

    private final String method;
    private final URI uri;
    private final String body;
    private final boolean jsonBody;
    private final Map<String, String> headers;
    private final long timeoutMillis;
    private final boolean fullResponse;

    HttpExchange(String method, URI uri, String body, boolean jsonBody, Map<String, String> headers,
                 long timeoutMillis, boolean fullResponse) {
        this.method = method;
        this.uri = uri;
        this.body = body;
        this.jsonBody = jsonBody;
        this.headers = Map.copyOf(headers);
        this.timeoutMillis = timeoutMillis;
        this.fullResponse = fullResponse;
    }

    /** Sends the request and returns the body text (or the full response map). */
    Object send() throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeoutMillis));
        headers.forEach(request::header);
        if (jsonBody && headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("content-type"))) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        CompletableFuture<HttpResponse<byte[]>> future = Client.INSTANCE.sendAsync(request.build(),
                info -> new BoundedBodySubscriber(MAX_BODY_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpRequestException(method + " " + uri + " timed out after " + timeoutMillis + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
        String text = new String(response.body(), charset(response));
        if (response.statusCode() >= 400) {
            String snippet = text.length() > 500 ? text.substring(0, 500) + "..." : text;
            throw new HttpRequestException("HTTP " + response.statusCode() + " from " + method + " " + uri
                    + (snippet.isBlank() ? "" : ": " + snippet.strip()), response.statusCode());
        }
        if (!fullResponse) {
            return text;
        }
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("status", (long) response.statusCode());
        full.put("headers", HttpKind.joinHeaders(response.headers().map()));
        full.put("body", text);
        return full;
    }

    private HttpRequestException failure(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return new HttpRequestException(method + " " + uri + " timed out after " + timeoutMillis + " ms", cause);
        }
        if (cause instanceof ConnectException) {
            return new HttpRequestException("cannot connect to " + uri + ": " + cause.getMessage(), cause);
        }
        return new HttpRequestException(method + " " + uri + " failed: " + cause, cause);
    }

    private static Charset charset(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        for (String part : type.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(trimmed.substring(8).replace("\"", "").trim());
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The process-wide client, made on first use. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }
}
