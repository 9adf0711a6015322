// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * M-5: an event as the outbox keeps it and a delivery receives it.
 *
 * @param id the stable id: the same on every delivery
 * @param sequence the order in which the store wrote it (across all aggregates; within one
 *     aggregate the events are delivered in this order)
 * @param aggregateType what it is about
 * @param aggregateId the id of that order, voucher, ...
 * @param type e.g. {@code voucher.moved}
 * @param occurredAt when the change happened
 * @param body the JSON object of ids and statuses
 */
public record Event(EventId id, long sequence, AggregateType aggregateType, String aggregateId,
    String type, Instant occurredAt, String body) {

  /** Requires every part. */
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(body, "body");
  }

  /**
   * The event as one JSON object, as a webhook posts it: {@code {"id":..,"sequence":..,
   * "type":..,"aggregateType":..,"aggregateId":..,"occurredAt":..,"data":{..}}}.
   */
  public String toJson() {
    return "{\"id\":" + Json.string(id.toString()) + ",\"sequence\":" + sequence
        + ",\"type\":" + Json.string(type) + ",\"aggregateType\":"
        + Json.string(aggregateType.name()) + ",\"aggregateId\":" + Json.string(aggregateId)
        + ",\"occurredAt\":" + Json.string(occurredAt.toString()) + ",\"data\":" + body + "}";
  }
}
