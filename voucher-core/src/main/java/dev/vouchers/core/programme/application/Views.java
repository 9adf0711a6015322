// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds partner views of vouchers. Product names are looked up once per call. The code is
 * shown in full to the owning partner only, and only when codes are kept retrievable; everyone
 * else, and the owner in shown-once mode, sees its last four symbols.
 */
final class Views {
  private final Context context;
  private final Actor viewer;
  private final Instant now;
  private final Map<ProductId, String> names = new HashMap<>();

  Views(Context context, Actor viewer) {
    this.context = context;
    this.viewer = viewer;
    this.now = context.now();
  }

  /** The instant the views see statuses at (V-4). */
  Instant now() {
    return now;
  }

  /**
   * How a code and its redemption URL are shown to the voucher's owner (S-1): in full when
   * codes are kept retrievable, else as its last four symbols with the bare redemption page.
   *
   * @param code the redemption URL's code in display form, or its last four symbols
   * @param redemptionUrl the redemption URL (C-6)
   */
  record Shown(String code, String redemptionUrl) {}

  Shown shownToOwner(StoredCode code) {
    Optional<String> display = context.display(code);
    return new Shown(display.orElseGet(() -> masked(code)), display
        .map(context.settings().links()::textForCode)
        .orElseGet(() -> context.settings().redemptionBaseUrl().toString()));
  }

  private static String masked(StoredCode code) {
    return "****-" + code.lastFour();
  }

  VoucherView of(Voucher voucher) {
    boolean owner = Access.canManageVouchers(viewer, voucher.partner());
    // C-5: only the owner is shown the code, and only if codes are kept retrievable
    Optional<String> display = owner ? context.display(voucher.code()) : Optional.empty();
    String shown = display.orElseGet(() -> masked(voucher.code()));
    // the redemption URL carries the code: only the owner gets it, others the bare page
    URI redemption = display.map(context.settings().links()::forCode)
        .orElse(context.settings().redemptionBaseUrl());
    // the partner's own notes (recipient, personal message, comment) stay with the
    // partner and the vendor; an end customer sees the voucher and its own request
    boolean privy = owner || viewer instanceof Actor.VendorStaff
        || viewer instanceof Actor.Service;
    return new VoucherView(voucher.id(), voucher.order(), shown, voucher.statusAt(now),
        voucher.configuration(), productName(voucher.configuration().product()),
        voucher.issuedAt(), voucher.expiresAt(),
        privy ? voucher.assignment() : Optional.empty(),
        voucher.certificateRequest().map(r -> r.reference()),
        privy ? voucher.comment() : Optional.empty(),
        redemption);
  }

  /**
   * The product's name, looked up once per {@code Views}. Calling it before a streamed read
   * (S-1) keeps the catalog lookup out of the stream's transaction, which holds a connection.
   */
  String productName(ProductId product) {
    return names.computeIfAbsent(product, context.productNames()::of);
  }
}
