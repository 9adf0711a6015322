// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderingSettings;
import dev.vouchers.core.ordering.port.out.OrderingEvents;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * What the services of vouchers and orders need beyond the {@link Basics}: their settings,
 * where they tell what they did, the ports of four contexts, and the {@link CodeLookups} they
 * share (a voucher by id, typed code or link, under the attempt limit). ADR 0068: the services
 * of the other contexts are given the basics and the ports they use, not this.
 */
record Context(
    Basics basics,
    OrderingSettings settings,
    OrderingEvents events,
    CodeLookups lookups,
    Vouchers vouchers,
    Partners partners,
    Catalog catalog,
    Mandates mandates,
    DomainProbe probe,
    CodeVault vault,
    ProductNames productNames) {

  Entropy randomness() {
    return basics.entropy();
  }

  <T> Either<Refusal, T> answered(Class<?> useCase, Either<Refusal, T> answer) {
    return basics.answered(useCase, answer);
  }

  Instant now() {
    return basics.now();
  }

  String newId() {
    return basics.newId();
  }

  Either<Refusal, Product> product(Voucher voucher) {
    return catalog.product(voucher.configuration().product())
        .<Either<Refusal, Product>>map(Either::right)
        .orElseGet(() -> Either.left(Refusal.notFound("product")));
  }

  static boolean manages(Actor principal, Voucher voucher) {
    return Access.canManageVouchers(principal, voucher.partner());
  }

  static boolean redeems(Actor principal, Voucher voucher) {
    return Access.canRedeem(principal, voucher.partner());
  }

  static boolean reads(Actor principal, Voucher voucher) {
    return Access.canRead(principal, voucher.partner());
  }
}
