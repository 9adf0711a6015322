// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver on loopback (the JDK's {@link HttpServer}): it checks each request's
 * signature as a shop would ({@link WebhookSignature#verify}), records what it received and
 * answers with the status it is told. It can hold one request (recorded, not yet answered) so
 * that a test kills the sender while the POST is in flight.
 */
final class LoopbackReceiver implements AutoCloseable {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
  private static final Pattern AGGREGATE = Pattern.compile("\"aggregateId\":\"([^\"]+)\"");

  /** One request as received. */
  record Received(String id, String idHeader, String type, long sequence, String aggregateId,
      String body, boolean signed) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new ArrayList<>();
  private volatile IntSupplier status = () -> 200;
  private volatile CountDownLatch held = new CountDownLatch(0);
  private volatile CountDownLatch release = new CountDownLatch(0);
  private volatile boolean holdNext;

  private LoopbackReceiver(WebhookSignature signature, Clock clock) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/webhooks", exchange -> handle(exchange, signature, clock));
    server.start();
  }

  static LoopbackReceiver start(WebhookSignature signature, Clock clock) throws IOException {
    return new LoopbackReceiver(signature, clock);
  }

  URI url() {
    return URI.create("http://" + server.getAddress().getHostString() + ":"
        + server.getAddress().getPort() + "/webhooks");
  }

  /** The status the next requests get. */
  void answer(IntSupplier status) {
    this.status = status;
  }

  /** The next request is recorded and then held until {@link #release()}. */
  synchronized void holdNext() {
    held = new CountDownLatch(1);
    release = new CountDownLatch(1);
    holdNext = true;
  }

  /** Waits until the held request has arrived. */
  void awaitHeld() throws InterruptedException {
    if (!held.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no request arrived to hold");
    }
  }

  void release() {
    release.countDown();
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange, WebhookSignature signature, Clock clock)
      throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String text = new String(body, StandardCharsets.UTF_8);
    boolean signed = signature.verify(
        exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body, clock.instant());
    boolean hold;
    CountDownLatch wait;
    synchronized (this) {
      received.add(new Received(group(ID, text), String.valueOf(exchange.getRequestHeaders()
          .getFirst(WebhookSignature.EVENT_ID_HEADER)), String.valueOf(exchange
          .getRequestHeaders().getFirst(WebhookSignature.EVENT_TYPE_HEADER)),
          Long.parseLong(group(SEQUENCE, text)), group(AGGREGATE, text), text, signed));
      hold = holdNext;
      holdNext = false;
      wait = release;
      if (hold) {
        held.countDown();
      }
    }
    try {
      if (hold) {
        wait.await(30, TimeUnit.SECONDS);
      }
      exchange.sendResponseHeaders(signed ? status.getAsInt() : 400, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the sender is gone (killed mid-delivery): nobody reads the answer
    } finally {
      exchange.close();
    }
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    executor.shutdownNow();
  }
}
