// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * V-6, O-3, L-2: what an order's vouchers add up to, without the vouchers: how many are in each
 * status as seen at {@code asOf} (V-4: a VALID or ASSIGNED voucher whose expiry has come counts
 * as EXPIRED before any sweep wrote it), and how many were ever redeemed (a reissue does not
 * forget it). A store computes it where the data is (one aggregate query); the cancellation
 * policy and the order's details read it.
 *
 * @param counts vouchers per status as seen at {@code asOf}; a missing status counts zero
 * @param everRedeemed how many of them were ever REDEEMED
 * @param asOf the instant statuses are seen at
 */
public record OrderTally(Map<VoucherStatus, Long> counts, long everRedeemed, Instant asOf) {

  /** Counts are not negative; statuses without vouchers are left out. */
  public OrderTally {
    Objects.requireNonNull(asOf, "asOf");
    EnumMap<VoucherStatus, Long> copy = new EnumMap<>(VoucherStatus.class);
    counts.forEach((status, count) -> {
      if (count < 0) {
        throw new IllegalArgumentException("a count is not negative: " + status + "=" + count);
      }
      if (count > 0) {
        copy.put(status, count);
      }
    });
    counts = Collections.unmodifiableMap(copy);
    if (everRedeemed < 0) {
      throw new IllegalArgumentException("everRedeemed is not negative: " + everRedeemed);
    }
  }

  /** The tally of an order without vouchers. */
  public static OrderTally empty(Instant asOf) {
    return new OrderTally(Map.of(), 0, asOf);
  }

  /**
   * Adds one voucher's share as seen at {@code asOf}: for adapters that tally vouchers they hold
   * (the in-memory store) and for tests.
   */
  public static OrderTally of(Iterable<Voucher> vouchers, Instant asOf) {
    EnumMap<VoucherStatus, Long> counts = new EnumMap<>(VoucherStatus.class);
    long everRedeemed = 0;
    for (Voucher voucher : vouchers) {
      counts.merge(voucher.statusAt(asOf), 1L, Long::sum);
      if (voucher.everRedeemed()) {
        everRedeemed++;
      }
    }
    return new OrderTally(counts, everRedeemed, asOf);
  }

  /**
   * V-4: the status a stored status is seen as at {@code asOf}, for stores that group vouchers
   * by stored status and whether their expiry has come.
   */
  public static VoucherStatus seenAs(VoucherStatus stored, boolean expiryHasCome) {
    return expiryHasCome && stored.expires() ? VoucherStatus.EXPIRED : stored;
  }

  /** How many vouchers are in the status as seen at {@code asOf}. */
  public long count(VoucherStatus status) {
    return counts.getOrDefault(status, 0L);
  }

  /** How many vouchers the order has. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** V-6: how many are PENDING, RESERVED or REDEEMED. */
  public long inUse() {
    return counts.entrySet().stream().filter(e -> e.getKey().inUse())
        .mapToLong(Map.Entry::getValue).sum();
  }
}
