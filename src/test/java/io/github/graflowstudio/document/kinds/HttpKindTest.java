package io.github.graflowstudio.document.kinds;

import static io.github.graflowstudio.document.Runs.chain;
import static io.github.graflowstudio.document.Runs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.graflowstudio.document.Runs;
import io.github.graflowstudio.engine.RunStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http kind against a local server on 127.0.0.1. */
class HttpKindTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hello", exchange -> respond(exchange, 200, "hello " + exchange.getRequestMethod()));
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            String token = exchange.getRequestHeaders().getFirst("X-Token");
            respond(exchange, 201, type + "|" + token + "|" + body);
        });
        server.createContext("/missing", exchange -> respond(exchange, 404, "no such thing"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "late");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Runs.Outcome call(Map<String, Object> config) {
        Map<String, Object> full = new LinkedHashMap<>(config);
        full.put("url", base + full.get("url"));
        return Runs.run(chain(node("call", "http", full)));
    }

    @Test
    void getReturnsTheBodyText() {
        Runs.Outcome outcome = call(Map.of("url", "/hello"));
        assertEquals(RunStatus.COMPLETED, outcome.result().status());
        assertEquals("hello GET", outcome.result("call"));
    }

    @Test
    void aJsonBodyIsSentAsJsonWithHeaders() {
        Runs.Outcome outcome = call(Map.of("url", "/echo", "method", "post", "body", Map.of("n", 1),
                "headers", Map.of("X-Token", "secret")));
        assertEquals("application/json|secret|{\"n\":1}", outcome.result("call"));
    }

    @Test
    void aStringBodyIsSentAsIs() {
        Runs.Outcome outcome = call(Map.of("url", "/echo", "method", "PUT", "body", "plain",
                "headers", Map.of("Content-Type", "text/plain")));
        assertEquals("text/plain|null|plain", outcome.result("call"));
    }

    @Test
    void fullResponseGivesStatusHeadersAndBody() {
        Runs.Outcome outcome = call(Map.of("url", "/echo", "method", "POST", "body", "x", "fullResponse", true));
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) outcome.result("call");
        assertEquals(201L, response.get("status"));
        assertEquals("text/plain; charset=utf-8", ((Map<?, ?>) response.get("headers")).get("content-type"));
        assertTrue(((String) response.get("body")).endsWith("|x"));
    }

    @Test
    void anErrorStatusFailsTheTask() {
        Runs.Outcome outcome = call(Map.of("url", "/missing"));
        assertEquals(RunStatus.FAILED, outcome.result().status());
        HttpRequestException error = assertInstanceOf(HttpRequestException.class, outcome.result().error().getCause());
        assertEquals(404, error.status());
        assertEquals("HTTP 404 from GET " + base + "/missing: no such thing", error.getMessage());
    }

    @Test
    void aSlowServerTimesOut() {
        long started = System.nanoTime();
        Runs.Outcome outcome = call(Map.of("url", "/slow", "timeoutMillis", 300));
        assertTrue(System.nanoTime() - started < 2_500_000_000L);
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertTrue(outcome.result().errorMessage().contains("timed out after 300 ms"), outcome.result().errorMessage());
    }

    @Test
    void aClosedPortFailsToConnect() {
        server.stop(0);
        Runs.Outcome outcome = call(Map.of("url", "/hello", "timeoutMillis", 2000));
        assertEquals(RunStatus.FAILED, outcome.result().status());
        assertInstanceOf(HttpRequestException.class, outcome.result().error().getCause());
    }
}
