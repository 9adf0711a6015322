// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on a random loopback port for the probe tests: serves what a test publishes at
 * a path, 404 elsewhere, and can redirect or stall until it is closed.
 */
final class LoopbackWebServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private LoopbackWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      try (exchange) {
        requested.add(exchange.getRequestURI().getPath());
        HttpHandler route = routes.get(exchange.getRequestURI().getPath());
        if (route == null) {
          respond(exchange, 404, "not found", true);
        } else {
          route.handle(exchange);
        }
      }
    });
    server.start();
  }

  static LoopbackWebServer start() throws IOException {
    return new LoopbackWebServer();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The paths asked for, in order. */
  List<String> requested() {
    return List.copyOf(requested);
  }

  /** Serves {@code body} with {@code status} and a Content-Length. */
  void serve(String path, int status, String body) {
    routes.put(path, exchange -> respond(exchange, status, body, true));
  }

  /** Serves {@code body} with status 200, chunked (no Content-Length). */
  void serveChunked(String path, String body) {
    routes.put(path, exchange -> respond(exchange, 200, body, false));
  }

  /** Answers {@code status} with a Location header. */
  void redirect(String path, int status, String location) {
    routes.put(path, exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    });
  }

  /** Reads the request and never answers (until the server is closed). */
  void stall(String path) {
    routes.put(path, exchange -> awaitClose());
  }

  /** Sends status 200 and the start of a body, then nothing more (until closed). */
  void stallBody(String path, String start) {
    routes.put(path, exchange -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream body = exchange.getResponseBody();
      body.write(start.getBytes(StandardCharsets.UTF_8));
      body.flush();
      awaitClose();
    });
  }

  private void awaitClose() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, int status, String body, boolean length)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, length ? (bytes.length == 0 ? -1 : bytes.length) : 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
