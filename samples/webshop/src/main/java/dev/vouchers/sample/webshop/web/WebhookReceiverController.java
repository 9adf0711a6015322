// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * M-5: the shop's own webhook receiver, as another system of the shop would be one: it checks
 * the signature ({@link WebhookSignature}: HMAC-SHA256 of {@code t.body} with the shared
 * secret, within 5 minutes), answers 400 to anything unsigned or malformed (the relay parks
 * it) and 204 to an event, which it records for the staff page. At least once: a delivery of
 * an id already received is recorded as a duplicate and answered 204 as well.
 */
@RestController
final class WebhookReceiverController {
  private final ReceivedEvents received;
  private final WebhookSignature signature;
  private final Clock clock;
  private final JsonMapper json;

  WebhookReceiverController(ReceivedEvents received,
      @Value("${vouchers.events.secret}") String secret, Clock clock, JsonMapper json) {
    this.received = received;
    this.signature = WebhookSignature.of(secret);
    this.clock = clock;
    this.json = json;
  }

  @PostMapping("/webhooks/vouchers")
  ResponseEntity<Void> receive(@RequestBody byte[] body,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) @Nullable String signed) {
    Instant now = clock.instant();
    if (!signature.verify(signed, body, now)) {
      return ResponseEntity.badRequest().build();
    }
    try {
      Map<?, ?> event = json.readValue(new String(body, StandardCharsets.UTF_8), Map.class);
      Map<?, ?> data = event.get("data") instanceof Map<?, ?> map ? map : Map.of();
      received.add(text(event.get("id")), Long.parseLong(text(event.get("sequence"))),
          text(event.get("type")), text(event.get("aggregateType")),
          text(event.get("aggregateId")), text(data.get("from")), text(data.get("to")),
          Instant.parse(text(event.get("occurredAt"))), now);
      return ResponseEntity.noContent().build();
    } catch (JacksonException | NumberFormatException | DateTimeParseException e) {
      return ResponseEntity.badRequest().build();
    }
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
