// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One status move of a voucher, append-only. */
@Entity
@Table(
    name = "shop_voucher_history",
    indexes = @Index(name = "shop_voucher_history_by_voucher", columnList = "voucher_id"))
public class ShopVoucherHistory {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_history_ids")
  @SequenceGenerator(
      name = "shop_history_ids",
      sequenceName = "shop_history_ids",
      allocationSize = JpaShop.BATCH_SIZE)
  private @Nullable Long id;

  @Column(name = "voucher_id", nullable = false)
  private long voucherId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, length = 16)
  private ShopStatus fromStatus = ShopStatus.VALID;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 16)
  private ShopStatus toStatus = ShopStatus.VALID;

  @Column(name = "moved_at", nullable = false)
  private Instant movedAt = Instant.EPOCH;

  @Column(name = "by_whom", nullable = false)
  private String byWhom = "";

  @Column(nullable = false)
  private String why = "";

  /** For JPA. */
  protected ShopVoucherHistory() {}

  ShopVoucherHistory(
      long voucherId,
      ShopStatus fromStatus,
      ShopStatus toStatus,
      Instant movedAt,
      String byWhom,
      String why) {
    this.voucherId = voucherId;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.movedAt = movedAt;
    this.byWhom = byWhom;
    this.why = why;
  }
}
