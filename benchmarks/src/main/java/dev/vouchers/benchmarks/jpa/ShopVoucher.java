// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A voucher: its code kept as an HMAC digest (looked up by it) and sealed with AES-GCM (to be
 * shown again), optimistic locking by {@code @Version}. The indexes are what the shop's queries
 * need: the unique digest, the order's vouchers, a partner's listing, and the expiry sweep by
 * expiry (a plain index: the status is in no index, so a status change is a HOT update in
 * PostgreSQL). {@link JpaShop} can add the library's partial index on the status instead.
 */
@Entity
@NamedQuery(
    name = ShopVoucher.BY_DIGEST,
    query = "select v from ShopVoucher v where v.codeDigest = :digest")
@Table(
    name = "shop_vouchers",
    indexes = {
      @Index(name = "shop_vouchers_code", columnList = "code_digest", unique = true),
      @Index(name = "shop_vouchers_by_order", columnList = "order_id"),
      @Index(name = "shop_vouchers_by_partner", columnList = "partner_id, issued_at DESC, id")
    })
public class ShopVoucher {
  /** The named query (parsed once, at start) finding a voucher by its code's digest. */
  static final String BY_DIGEST = "ShopVoucher.byDigest";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_voucher_ids")
  @SequenceGenerator(
      name = "shop_voucher_ids",
      sequenceName = "shop_voucher_ids",
      allocationSize = JpaShop.BATCH_SIZE)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private @Nullable ShopOrder order;

  @Column(name = "partner_id", nullable = false, length = 64)
  private String partnerId = "";

  @Column(name = "product_id", nullable = false, length = 64)
  private String productId = "";

  @Column(name = "code_digest", nullable = false, length = 32)
  private byte[] codeDigest = new byte[0];

  @Column(name = "code_sealed", nullable = false, length = 64)
  private byte[] codeSealed = new byte[0];

  @Column(name = "code_last_four", nullable = false, length = 4)
  private String codeLastFour = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ShopStatus status = ShopStatus.VALID;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt = Instant.EPOCH;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt = Instant.EPOCH;

  @Column(name = "ever_redeemed", nullable = false)
  private boolean everRedeemed;

  @Version private long version;

  /** For JPA. */
  protected ShopVoucher() {}

  ShopVoucher(
      ShopOrder order,
      String partnerId,
      String productId,
      ShopCodes.Sealed code,
      Instant issuedAt,
      Instant expiresAt) {
    this.order = order;
    this.partnerId = partnerId;
    this.productId = productId;
    this.codeDigest = code.digest();
    this.codeSealed = code.sealed();
    this.codeLastFour = code.lastFour();
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /**
   * The id, once persisted.
   *
   * @return the id
   */
  public @Nullable Long getId() {
    return id;
  }

  /**
   * The status.
   *
   * @return the status
   */
  public ShopStatus getStatus() {
    return status;
  }

  /**
   * Whether the voucher can be redeemed at {@code now}: redeemable status, and a reservation
   * (a certificate request under way) survives expiry.
   *
   * @param now the time
   * @return whether it can
   */
  boolean redeemableAt(Instant now) {
    return status == ShopStatus.RESERVED || (status.redeemable() && expiresAt.isAfter(now));
  }

  /** Marks it redeemed. */
  void redeem() {
    status = ShopStatus.REDEEMED;
    everRedeemed = true;
  }
}
