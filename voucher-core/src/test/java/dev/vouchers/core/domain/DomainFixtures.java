// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import dev.vouchers.core.domain.code.CodeFormat;
import dev.vouchers.core.domain.code.CodeGenerator;
import dev.vouchers.core.domain.code.Entropy;
import dev.vouchers.core.domain.code.CodeVault;
import dev.vouchers.core.domain.code.StoredCode;
import dev.vouchers.core.domain.code.VoucherCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shared fixed instants, principals and builders for the domain tests (no system clock). */
final class DomainFixtures {
  static final Instant T0 = Instant.parse("2026-03-10T09:15:30.123456789Z");
  static final Duration DAYS_30 = Duration.ofDays(30);
  static final Duration NANO = Duration.ofNanos(1);

  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId OTHER = PartnerId.of("other");
  static final ProductId SSL = ProductId.of("ssl-dv");
  static final ProductId ORG = ProductId.of("org-cert");

  static final Principal.PartnerUser ACME_ADMIN =
      new Principal.PartnerUser(UserId.of("alice"), ACME, PartnerRole.ADMIN);
  static final Principal.PartnerUser OTHER_ADMIN =
      new Principal.PartnerUser(UserId.of("olga"), OTHER, PartnerRole.ADMIN);
  static final Principal.VendorStaff MANAGER =
      Principal.VendorStaff.of(UserId.of("mia"), StaffRole.PARTNER_MANAGER);
  static final Principal.VendorStaff SUPPORT =
      Principal.VendorStaff.of(UserId.of("sam"), StaffRole.SUPPORT);
  static final Principal.CodeHolder HOLDER = new Principal.CodeHolder("bob@example.com");
  static final Principal.Service PLATFORM = new Principal.Service("cert-platform");

  private static final CodeGenerator CODES =
      new CodeGenerator(CodeFormat.defaults(), Entropy.secure());
  /** One code for the fixture vouchers, so that two builds of a voucher are equal. */
  static final VoucherCode CODE = CODES.next();
  static final CodeVault VAULT = CodeVault.withRandomKeys();
  static final StoredCode SEALED = VAULT.seal(CODE);

  private DomainFixtures() {}

  static VoucherCode code() {
    return CODES.next();
  }

  static ProductConfiguration sslConfig() {
    return ProductConfiguration.of(SSL, 1, 1, 0);
  }

  static Product.Builder productBuilder() {
    return Product.builder().id(SSL).name("SSL DV").kind(ProductKind.SSL_DV)
        .addValidityYears(1, 2).minFqdns(1).maxFqdns(1).maxWildcards(0);
  }

  static Product plainProduct() {
    return productBuilder().build();
  }

  /** A voucher issued at T0, expiring one year later, version 0 (the builder is strict). */
  static Voucher.Builder voucherBuilder(VoucherStatus status) {
    return voucherBuilder(VoucherId.of("v-1"), status);
  }

  static Voucher.Builder voucherBuilder(VoucherId id, VoucherStatus status) {
    return Voucher.builder()
        .id(id)
        .order(OrderId.of("o-1"))
        .partner(ACME)
        .configuration(sslConfig())
        .code(SEALED)
        .status(status)
        .issuedAt(T0)
        .expiresAt(ExpiryPolicy.defaults().expiryFor(T0));
  }

  static Voucher voucher(VoucherStatus status) {
    return voucherBuilder(status).build();
  }

  static OrderLine line(int number, ProductConfiguration configuration, int quantity, Money unit) {
    return new OrderLine(number, configuration, "SSL DV", quantity,
        new PriceQuote(unit, unit, PriceSource.LIST_PRICE));
  }

  static Order order(Instant placedAt, OrderLine... lines) {
    return new Order(OrderId.of("o-1"), ACME, Optional.of("Customer AG"), Optional.of("INV-7"),
        "invoice", List.of(lines), placedAt, ACME_ADMIN.describe(), OrderStatus.OPEN,
        Optional.empty(), 0);
  }

  static Order order(Instant placedAt) {
    return order(placedAt, line(1, sslConfig(), 2, Money.ofMinor("CHF", 4990)));
  }
}
