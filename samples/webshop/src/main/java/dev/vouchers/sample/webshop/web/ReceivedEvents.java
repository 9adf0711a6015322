// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * M-5: the webhooks the shop received from its own programme (the demo's receiver), newest
 * first, the last {@value #KEPT} only. A receiver de-duplicates by the event id: a delivery of
 * an id seen before is kept and marked as a duplicate, to show at-least-once delivery.
 */
@Component
final class ReceivedEvents {
  static final int KEPT = 200;

  /**
   * One webhook as received.
   *
   * @param id the event id
   * @param sequence the change's order
   * @param type e.g. {@code voucher.moved}
   * @param aggregateType e.g. {@code VOUCHER}
   * @param aggregateId the voucher's, order's, ... id
   * @param from the status moved from, if the event names one
   * @param to the status moved to, if the event names one
   * @param occurredAt when the change happened
   * @param receivedAt when the webhook arrived
   * @param copy 1 for the first delivery of the id, 2 for the next, ...
   */
  record Received(String id, long sequence, String type, String aggregateType,
      String aggregateId, String from, String to, Instant occurredAt, Instant receivedAt,
      int copy) {

    /** Whether an earlier delivery had the same id. */
    public boolean duplicate() {
      return copy > 1;
    }
  }

  private final Deque<Received> received = new ArrayDeque<>();
  private final Map<String, Integer> copies = new HashMap<>();

  /** Records a delivery; the copy number counts earlier deliveries of the same id. */
  synchronized Received add(String id, long sequence, String type, String aggregateType,
      String aggregateId, String from, String to, Instant occurredAt, Instant receivedAt) {
    int copy = copies.merge(id, 1, Integer::sum);
    Received event = new Received(id, sequence, type, aggregateType, aggregateId, from, to,
        occurredAt, receivedAt, copy);
    received.addFirst(event);
    while (received.size() > KEPT) {
      Received dropped = received.removeLast();
      copies.computeIfPresent(dropped.id(), (k, n) -> n > 1 ? n - 1 : null);
    }
    return event;
  }

  /** The received webhooks, newest first. */
  synchronized List<Received> all() {
    return List.copyOf(received);
  }
}
