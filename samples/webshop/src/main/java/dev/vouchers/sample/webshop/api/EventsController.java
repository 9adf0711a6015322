// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.messaging.port.out.EventOutbox.ParkedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * M-5 for the vendor's staff and the operator: the events that could not be delivered
 * (parked), keyset-paged by sequence, and a retry of one.
 */
@RestController
class EventsController {
  private final ListParkedEvents listParkedEvents;
  private final RetryParkedEvent retryParkedEvent;

  EventsController(ListParkedEvents listParkedEvents, RetryParkedEvent retryParkedEvent) {
    this.listParkedEvents = listParkedEvents;
    this.retryParkedEvent = retryParkedEvent;
  }

  /**
   * A parked event.
   *
   * @param id the event id
   * @param sequence the change's order (the cursor of the next page)
   * @param type e.g. {@code voucher.moved}
   * @param aggregateType e.g. {@code VOUCHER}
   * @param aggregateId the voucher's, order's, ... id
   * @param occurredAt when the change happened
   * @param data the event's JSON body, as text
   * @param attempts how many times it was tried
   * @param parkedAt when it was parked
   * @param error the receiver's last answer
   */
  record ParkedEventJson(String id, long sequence, String type, String aggregateType,
      String aggregateId, Instant occurredAt, String data, int attempts, Instant parkedAt,
      String error) {
    static ParkedEventJson of(ParkedEvent parked) {
      var e = parked.event();
      return new ParkedEventJson(e.id().toString(), e.sequence(), e.type(),
          e.aggregateType().name(), e.aggregateId(), e.occurredAt(), e.body(),
          parked.attempts(), parked.parkedAt(), parked.error());
    }
  }

  /** The retried event's id. */
  record RetriedJson(String id) {}

  /** M-5: the parked events, oldest first, after the sequence {@code after}. */
  @GetMapping("/api/events/parked")
  List<ParkedEventJson> parked(ApiUser actor,
      @RequestParam(name = "after", required = false) @Nullable Long after,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    return Problems.orRefuse(listParkedEvents.list(new ListParkedEvents.Command(
        actor.principal(), Optional.ofNullable(after), limit))).stream()
        .map(ParkedEventJson::of).toList();
  }

  /** M-5: the parked event due again; the relay delivers it and the later ones it held. */
  @PostMapping("/api/events/{id}/retry")
  RetriedJson retry(ApiUser actor, @PathVariable("id") String id) {
    return new RetriedJson(Problems.orRefuse(retryParkedEvent.retry(
        new RetryParkedEvent.Command(actor.principal(), id))));
  }
}
