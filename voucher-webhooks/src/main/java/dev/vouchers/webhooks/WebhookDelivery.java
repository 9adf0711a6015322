// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import dev.vouchers.core.messaging.domain.Event;
import dev.vouchers.core.messaging.port.out.EventDelivery;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * M-5: delivers an event as a signed webhook: {@code POST} of {@link Event#toJson()} to the
 * receiver's URL with the headers {@value WebhookSignature#EVENT_ID_HEADER} (the stable id a
 * receiver de-duplicates by), {@value WebhookSignature#EVENT_TYPE_HEADER} and
 * {@value WebhookSignature#HEADER} ({@code t=...,v1=<HMAC-SHA256 of "t.body">}, see
 * {@link WebhookSignature}). Over the JDK's {@link HttpClient}; no other library.
 *
 * <p>The answer decides what the relay does: a 2xx is delivered; 408, 429 and 5xx, a timeout
 * or a broken connection are tried again later (an exception); any other 4xx is permanent
 * ({@link PermanentDeliveryFailure}: the receiver will never take this request, e.g. 400, 401,
 * 410), and the relay parks the event. 1xx and 3xx (redirects are not followed) are tried
 * again. Errors name the status only, never the body or the secret.
 */
public final class WebhookDelivery implements EventDelivery {
  private final URI url;
  private final WebhookSignature signature;
  private final Clock clock;
  private final Duration timeout;
  private final HttpClient client;

  /**
   * A delivery with its own HTTP client.
   *
   * @param url the receiver's endpoint (http or https)
   * @param signature the signer with the shared secret
   * @param clock the programme's clock (the signature's timestamp)
   * @param timeout how long one request may take, positive
   */
  public WebhookDelivery(URI url, WebhookSignature signature, Clock clock, Duration timeout) {
    this(url, signature, clock, timeout, HttpClient.newBuilder()
        .connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build());
  }

  /**
   * A delivery over the given client.
   *
   * @param url the receiver's endpoint (http or https)
   * @param signature the signer with the shared secret
   * @param clock the programme's clock (the signature's timestamp)
   * @param timeout how long one request may take, positive
   * @param client the HTTP client (proxy, TLS, executor as the shop needs)
   */
  public WebhookDelivery(URI url, WebhookSignature signature, Clock clock, Duration timeout,
      HttpClient client) {
    this.url = Objects.requireNonNull(url, "url");
    String scheme = url.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("a webhook URL is http or https, got " + url);
    }
    this.signature = Objects.requireNonNull(signature, "signature");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
    }
    this.timeout = timeout;
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public void deliver(Event event) throws IOException, InterruptedException,
      PermanentDeliveryFailure {
    byte[] body = event.toJson().getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header(WebhookSignature.EVENT_ID_HEADER, event.id().toString())
        .header(WebhookSignature.EVENT_TYPE_HEADER, event.type())
        .header(WebhookSignature.HEADER, signature.header(body, clock.instant()))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    if (permanent(status)) {
      throw new PermanentDeliveryFailure("the webhook receiver answered HTTP " + status);
    }
    throw new IOException("the webhook receiver answered HTTP " + status);
  }

  /** A 4xx other than 408 (timeout) and 429 (too many requests): the receiver refuses it. */
  static boolean permanent(int status) {
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }
}
