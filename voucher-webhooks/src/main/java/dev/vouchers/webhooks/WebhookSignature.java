// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * M-5: the signature of a webhook, made by the sender and checked by the receiver. The header
 * {@value #HEADER} reads {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC taken with the
 * shared secret over {@code <t>.<body>} (the body's bytes as sent), as Stripe signs its
 * webhooks. A receiver accepts a request when one {@code v1} matches (compared in constant
 * time; a sender rotating its secret may send several) and {@code t} lies within the tolerance
 * of its own clock (a replayed old request is refused); it then de-duplicates by the
 * {@value #EVENT_ID_HEADER} header.
 *
 * <pre>{@code
 * WebhookSignature signature = new WebhookSignature(secret, Duration.ofMinutes(5));
 * if (!signature.verify(request.getHeader(WebhookSignature.HEADER), body, clock.instant())) {
 *   return 400;
 * }
 * }</pre>
 */
public final class WebhookSignature {
  /** The header with the timestamp and the signature. */
  public static final String HEADER = "Vouchers-Signature";
  /** The header with the event's id, the same on every delivery of the event. */
  public static final String EVENT_ID_HEADER = "Vouchers-Event-Id";
  /** The header with the event's type, e.g. {@code voucher.moved}. */
  public static final String EVENT_TYPE_HEADER = "Vouchers-Event-Type";
  /** The tolerance a receiver gives unless told otherwise. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_HEADER = 4_096;

  private final SecretKeySpec key;
  private final Duration tolerance;

  /**
   * A signer and checker with the shared secret.
   *
   * @param secret the shared secret, at least 16 bytes
   * @param tolerance how far a request's timestamp may be from the receiver's clock, positive
   */
  public WebhookSignature(byte[] secret, Duration tolerance) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < 16) {
      throw new IllegalArgumentException("a webhook secret needs at least 16 bytes, got "
          + secret.length);
    }
    if (tolerance.isNegative() || tolerance.isZero()) {
      throw new IllegalArgumentException("the tolerance must be positive, got " + tolerance);
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    this.tolerance = tolerance;
  }

  /**
   * A signer and checker with the secret's UTF-8 bytes and the {@link #DEFAULT_TOLERANCE}.
   *
   * @param secret the shared secret, at least 16 bytes in UTF-8
   */
  public static WebhookSignature of(String secret) {
    return new WebhookSignature(secret.getBytes(StandardCharsets.UTF_8), DEFAULT_TOLERANCE);
  }

  /**
   * The header value for a body sent at {@code at}.
   *
   * @param body the request body as sent
   * @param at when it is sent
   * @return {@code t=...,v1=...}
   */
  public String header(byte[] body, Instant at) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(t, body));
  }

  /**
   * Whether the header signs the body with this secret and its timestamp is within the
   * tolerance of {@code now}. Never throws on what a caller sent: a missing, malformed or
   * over-long header is simply not valid.
   *
   * @param header the {@value #HEADER} header as received, or null when there was none
   * @param body the request body as received
   * @param now the receiver's time
   */
  public boolean verify(@org.jspecify.annotations.Nullable String header, byte[] body,
      Instant now) {
    if (header == null || header.length() > MAX_HEADER) {
      return false;
    }
    OptionalLong timestamp = OptionalLong.empty();
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (name.equals("t")) {
        try {
          timestamp = OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (name.equals("v1")) {
        signatures.add(value);
      }
    }
    if (timestamp.isEmpty() || signatures.isEmpty()) {
      return false;
    }
    long t = timestamp.getAsLong();
    long skew = Math.abs(now.getEpochSecond() - t);
    if (t < 0 || skew > tolerance.toSeconds()) {
      return false;
    }
    byte[] expected = HexFormat.of().formatHex(mac(t, body)).getBytes(StandardCharsets.US_ASCII);
    boolean match = false;
    for (String signature : signatures) {
      // constant time for each candidate; every candidate is compared
      match |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
    return match;
  }

  private byte[] mac(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
