package io.ytautopilot.cli.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for one of the services' HTTP APIs on a free local port: it answers each
 * "METHOD /path" with the JSON it was given (404 otherwise) and records every request.
 */
final class FakeService implements AutoCloseable {

  record Request(String method, String path, String authorization, String ifMatch, String contentType, String body,
      String query) {}

  private record Reply(int status, String json) {}

  private final HttpServer server;
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  FakeService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        var headers = exchange.getRequestHeaders();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, headers.getFirst("Authorization"),
            headers.getFirst("If-Match"), headers.getFirst("Content-Type"), body, exchange.getRequestURI().getQuery()));
        var reply = replies.getOrDefault(exchange.getRequestMethod() + " " + path,
            new Reply(404, "{\"error\":\"not-found\",\"message\":\"no route\",\"state\":null}"));
        byte[] json = reply.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), json.length);
        exchange.getResponseBody().write(json);
      }
    });
    server.start();
  }

  FakeService answer(String methodAndPath, int status, String json) {
    replies.put(methodAndPath, new Reply(status, json));
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
