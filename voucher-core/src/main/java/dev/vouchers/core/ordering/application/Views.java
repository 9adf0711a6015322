// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds partner views of vouchers. Product names are looked up once per call. The code is
 * shown in full to the owning partner only, and only when codes are kept retrievable; everyone
 * else, and the owner in shown-once mode, sees its last four symbols. M-4: a view names its
 * order by its short number; the numbers of a page's orders are looked up once, together.
 */
final class Views {
  private final Context context;
  private final Actor viewer;
  private final Instant now;
  private final Map<ProductId, String> names = new HashMap<>();
  /** M-4: the grouped numbers of the orders seen so far; "" for an order not stored. */
  private final Map<OrderId, String> numbers = new HashMap<>();

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
    Optional<String> display = context.lookups().display(code);
    return new Shown(display.orElseGet(() -> masked(code)), display
        .map(context.settings().links()::textForCode)
        .orElseGet(() -> context.settings().redemptionBaseUrl().toString()));
  }

  private static String masked(StoredCode code) {
    return "****-" + code.lastFour();
  }

  /** The views of a page of vouchers; the numbers of their orders in one lookup (M-4, L-1). */
  Page<VoucherView> page(Page<Voucher> page) {
    orderNumbers(page.items());
    return page.map(this::of);
  }

  /** M-4: the views that follow are of this order's vouchers: its number is known already. */
  Views knowing(Order order) {
    return knowing(order.id(), order.number().grouped());
  }

  /** M-4: the number of an order, read already (grouped, or empty if it has none). */
  Views knowing(OrderId order, String grouped) {
    numbers.put(order, grouped);
    return this;
  }

  VoucherView of(Voucher voucher) {
    boolean owner = Access.canManageVouchers(viewer, voucher.partner());
    // C-5: only the owner is shown the code, and only if codes are kept retrievable
    Optional<String> display = owner ? context.lookups().display(voucher.code()) : Optional.empty();
    String shown = display.orElseGet(() -> masked(voucher.code()));
    // the redemption URL carries the code: only the owner gets it, others the bare page
    URI redemption = display.map(context.settings().links()::forCode)
        .orElse(context.settings().redemptionBaseUrl());
    boolean privy = privy(voucher);
    return new VoucherView(voucher.id(), voucher.order(), shown, voucher.statusAt(now),
        voucher.configuration(), productName(voucher.configuration().product()),
        voucher.issuedAt(), voucher.expiresAt(),
        privy ? voucher.assignment() : Optional.empty(),
        voucher.certificateRequest().map(r -> r.reference()),
        privy ? voucher.comment() : Optional.empty(),
        redemption, privy ? orderNumber(voucher.order()) : "");
  }

  /**
   * V-7: the view of a voucher an end customer redeemed in one step (its code holder: neither
   * the owner nor privy, A-1, C-5), from the parts the store answered: the code masked, the
   * bare redemption page, no notes and no order number, as {@link #of(Voucher)} shows it to a
   * code holder.
   */
  VoucherView of(RedeemedVoucher voucher) {
    if (Access.canManageVouchers(viewer, voucher.partner())
        || Access.canRead(viewer, voucher.partner())) {
      throw new IllegalStateException("a redemption's answer is viewed by its code holder only");
    }
    return new VoucherView(voucher.id(), voucher.order(), "****-" + voucher.lastFour(),
        voucher.status(), voucher.configuration(),
        productName(voucher.configuration().product()), voucher.issuedAt(),
        voucher.expiresAt(), Optional.empty(), voucher.requestReference(), Optional.empty(),
        context.settings().redemptionBaseUrl(), "");
  }

  /**
   * the partner's own notes (recipient, personal message, comment) and its order stay with
   * those who may read the partner's orders (its users, the vendor's staff and services); an
   * end customer sees the voucher and its own request.
   */
  private boolean privy(Voucher voucher) {
    return Access.canRead(viewer, voucher.partner());
  }

  /** M-4: looks up, in one call, the numbers of the vouchers' orders not known yet. */
  private void orderNumbers(List<Voucher> vouchers) {
    Set<OrderId> missing = new HashSet<>();
    for (Voucher voucher : vouchers) {
      if (privy(voucher) && !numbers.containsKey(voucher.order())) {
        missing.add(voucher.order());
      }
    }
    if (!missing.isEmpty()) {
      lookUp(missing);
    }
  }

  private String orderNumber(OrderId order) {
    if (!numbers.containsKey(order)) {
      lookUp(Set.of(order));
    }
    return numbers.get(order);
  }

  private void lookUp(Set<OrderId> orders) {
    Map<OrderId, OrderNumber> found = context.vouchers().orderNumbers(orders);
    for (OrderId order : orders) {
      numbers.put(order, Optional.ofNullable(found.get(order)).map(OrderNumber::grouped)
          .orElse(""));
    }
  }

  /**
   * The product's name, looked up once per {@code Views}. Calling it before a streamed read
   * (S-1) keeps the catalog lookup out of the stream's transaction, which holds a connection.
   */
  String productName(ProductId product) {
    return names.computeIfAbsent(product, context.productNames()::of);
  }
}
