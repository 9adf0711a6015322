// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * M-5: an event as a store writes it with the change it records, before the store gave it its
 * id and sequence. The body is a small JSON object of ids and statuses: never a code, a link
 * token, an e-mail address or a name (events outlive erasure, E-1, and travel to other
 * systems).
 *
 * <p>The factories are the one definition of each event's type and body; the JDBC adapter
 * renders the same body in SQL for its set-based moves ({@code voucher.moved}) and its tests
 * compare the two.
 *
 * @param aggregateType what the event is about
 * @param aggregateId the id of that order, voucher, ...
 * @param type the event's type, e.g. {@code voucher.moved}
 * @param occurredAt when the change happened (the change's own instant)
 * @param body the JSON object
 */
public record NewEvent(AggregateType aggregateType, String aggregateId, String type,
    Instant occurredAt, String body) {

  /** The type of the event of an order placed. */
  public static final String ORDER_PLACED = "order.placed";
  /** The type of the event of an order cancelled. */
  public static final String ORDER_CANCELLED = "order.cancelled";
  /** The type of the event of a voucher's move (V-1, V-2). */
  public static final String VOUCHER_MOVED = "voucher.moved";

  /** Requires every part. */
  public NewEvent {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(body, "body");
  }

  /**
   * O-4: an order placed with its vouchers.
   *
   * @param order the order's id
   * @param partner the partner's id
   * @param vouchers how many vouchers it issued
   * @param at when it was placed
   */
  public static NewEvent orderPlaced(String order, String partner, int vouchers, Instant at) {
    return new NewEvent(AggregateType.ORDER, order, ORDER_PLACED, at, "{\"orderId\":"
        + Json.string(order) + ",\"partnerId\":" + Json.string(partner) + ",\"vouchers\":"
        + vouchers + "}");
  }

  /**
   * V-6: an order cancelled (each voucher it cancelled has its own {@link #voucherMoved}).
   *
   * @param order the order's id
   * @param partner the partner's id
   * @param vouchers how many vouchers the cancellation moved
   * @param at when it was cancelled
   */
  public static NewEvent orderCancelled(String order, String partner, long vouchers,
      Instant at) {
    return new NewEvent(AggregateType.ORDER, order, ORDER_CANCELLED, at, "{\"orderId\":"
        + Json.string(order) + ",\"partnerId\":" + Json.string(partner) + ",\"vouchers\":"
        + vouchers + "}");
  }

  /**
   * V-1, V-2: a voucher moved, as its history entry records it.
   *
   * @param voucher the voucher's id
   * @param from the status it moved from
   * @param to the status it moved to
   * @param at when
   */
  public static NewEvent voucherMoved(String voucher, String from, String to, Instant at) {
    return new NewEvent(AggregateType.VOUCHER, voucher, VOUCHER_MOVED, at,
        voucherMovedBody(voucher, from, to));
  }

  /** The body of {@link #voucherMoved}: {@code {"voucherId":..,"from":..,"to":..}}. */
  public static String voucherMovedBody(String voucher, String from, String to) {
    return "{\"voucherId\":" + Json.string(voucher) + ",\"from\":" + Json.string(from)
        + ",\"to\":" + Json.string(to) + "}";
  }

  /**
   * A move of one of the other aggregates (invitations, reseller applications, subscriptions):
   * {@code <aggregate>.moved}, e.g. {@code invitation.moved}, with the id and the statuses (and
   * the kind of change where the aggregate names one, e.g. a subscription's RENEWED).
   *
   * @param aggregate what moved
   * @param id its id
   * @param from the status it moved from, empty when it was created
   * @param to the status it moved to
   * @param change the kind of change, if the aggregate names one
   * @param at when
   */
  public static NewEvent moved(AggregateType aggregate, String id,
      java.util.Optional<String> from, String to, java.util.Optional<String> change,
      Instant at) {
    return new NewEvent(aggregate, id, name(aggregate) + ".moved", at, "{\"id\":"
        + Json.string(id) + change.map(c -> ",\"change\":" + Json.string(c)).orElse("")
        + from.map(f -> ",\"from\":" + Json.string(f)).orElse("") + ",\"to\":"
        + Json.string(to) + "}");
  }

  /**
   * I-3: a sub-account changed (created by an acceptance, or changed by its partner):
   * {@code sub-account.changed} with its id only (its data is personal: the shop reads it).
   *
   * @param id the sub-account's id
   * @param at when
   */
  public static NewEvent subAccountChanged(String id, Instant at) {
    return new NewEvent(AggregateType.SUB_ACCOUNT, id, name(AggregateType.SUB_ACCOUNT)
        + ".changed", at, "{\"id\":" + Json.string(id) + "}");
  }

  /**
   * a customer's link to a reseller started or ended ({@code customer-link.started},
   * {@code customer-link.ended}); the aggregate is the customer's link history.
   *
   * @param customer the customer's id
   * @param reseller the reseller's partner id
   * @param number the link's number in the customer's history (1, 2, ...)
   * @param started whether it started (or ended)
   * @param at when
   */
  public static NewEvent customerLink(String customer, String reseller, int number,
      boolean started, Instant at) {
    return new NewEvent(AggregateType.CUSTOMER_LINK, customer, name(AggregateType.CUSTOMER_LINK)
        + (started ? ".started" : ".ended"), at, "{\"customerId\":" + Json.string(customer)
        + ",\"resellerId\":" + Json.string(reseller) + ",\"number\":" + number + "}");
  }

  private static String name(AggregateType aggregate) {
    return aggregate.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
