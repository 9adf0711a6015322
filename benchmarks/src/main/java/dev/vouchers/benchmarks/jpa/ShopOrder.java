// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An order of vouchers. */
@Entity
@Table(name = "shop_orders", indexes = @Index(name = "shop_orders_by_partner",
    columnList = "partner_id, placed_at DESC, id"))
public class ShopOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_order_ids")
  @SequenceGenerator(name = "shop_order_ids", sequenceName = "shop_order_ids", allocationSize = 50)
  private @Nullable Long id;

  @Column(name = "partner_id", nullable = false, length = 64)
  private String partnerId = "";

  @Column(name = "product_id", nullable = false, length = 64)
  private String productId = "";

  @Column(nullable = false)
  private int quantity;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt = Instant.EPOCH;

  @Column(name = "placed_by", nullable = false)
  private String placedBy = "";

  @Column(nullable = false, length = 16)
  private String status = "OPEN";

  @Version private long version;

  /** For JPA. */
  protected ShopOrder() {}

  /**
   * A new open order.
   *
   * @param partnerId the ordering partner
   * @param productId the product
   * @param quantity the number of vouchers
   * @param placedAt when
   * @param placedBy by whom
   */
  public ShopOrder(
      String partnerId, String productId, int quantity, Instant placedAt, String placedBy) {
    this.partnerId = partnerId;
    this.productId = productId;
    this.quantity = quantity;
    this.placedAt = placedAt;
    this.placedBy = placedBy;
  }

  /**
   * The id, once persisted.
   *
   * @return the id
   */
  public @Nullable Long getId() {
    return id;
  }
}
