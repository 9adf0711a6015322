// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the generators of {@link UseCaseCalls} draw in common: ids, references, requests. */
final class GuardDraws {
  private GuardDraws() {}

  static List<String> values(List<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  static List<String> partners() {
    return List.of(GuardWorld.A.value(), GuardWorld.B.value(), GuardWorld.BARE.value());
  }

  static List<String> vouchers(GuardWorld w) {
    return values(w.vouchers);
  }

  /** A voucher reference: by id ({@code id:...}) or by code as typed. */
  static String ref(Fields f) {
    return f.other("voucher", () -> f.chance(50) ? "id:" + f.pick(vouchers(f.world))
        : f.pick(f.world.codes).toLowerCase(Locale.ROOT).replace('-', ' '),
        in -> f.chance(50) ? "id:" + HostileInputs.idStrings().generate(in)
            : HostileInputs.strings().generate(in));
  }

  static VoucherRef toRef(String typed, String caller) {
    return typed.startsWith("id:") ? VoucherRef.id(new VoucherId(typed.substring(3)))
        : VoucherRef.code(typed, CallerKey.of(caller));
  }

  /**
   * G-1: the caller key a typed code comes with: one of a few addresses (so that a key reaches
   * its limit now and then) or any hostile string.
   */
  static String caller(Fields f) {
    return f.other("caller", () -> f.pick(GuardWorld.CALLERS), HostileInputs.strings()::generate);
  }

  static PageRequest page(int size, Optional<String> cursor) {
    return new PageRequest(size, cursor);
  }

  static OrderRequest request(Fields f) {
    Optional<String> customer = f.optionalText("request.customerName", "Customer");
    Optional<String> notes = f.optionalText("request.notes", "INV-7");
    String payment = f.text("request.paymentMethod", "invoice");
    String product = f.id("line.product", List.of(GuardWorld.SSL.value(), GuardWorld.ORG.value()));
    int years = f.integer("line.validityYears", 1, 2);
    int fqdns = f.integer("line.fqdns", 0, 2);
    int wildcards = f.integer("line.wildcards", 0, 1);
    int quantity = f.integer("line.quantity", 1, 3);
    return new OrderRequest(customer, notes, payment,
        List.of(new OrderRequest.Line(product, years, fqdns, wildcards, quantity)));
  }

  static final int REQUEST_FIELDS = 8;

  static URI link(String value) {
    return URI.create(value);
  }
}
