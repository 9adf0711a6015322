// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The reference model: what the brief says the observable state must be after each command.
 * Immutable; every command returns the next model. Vouchers and orders are addressed by
 * position, wrapped around the number that exist, so every generated command means
 * something.
 *
 * @param now the clock
 * @param orders the orders placed, oldest first
 * @param lastAccepted whether the last command was accepted (false: refused)
 * @param outboxMessages how many activation e-mails were written (S-2)
 */
public record LifecycleModel(
    Instant now, List<OrderModel> orders, boolean lastAccepted, int outboxMessages) {

  /** The brief's defaults: 1 year validity, 30-day cancellation and reissue windows. */
  public static final Duration WINDOW = Duration.ofDays(30);

  /**
   * V-1 restated independently of the core: every allowed move, and no other.
   */
  public static final Map<VoucherStatus, Set<VoucherStatus>> ALLOWED_MOVES = Map.of(
      VoucherStatus.VALID, EnumSet.of(VoucherStatus.VALID, VoucherStatus.ASSIGNED,
          VoucherStatus.PENDING,
          VoucherStatus.RESERVED, VoucherStatus.REDEEMED, VoucherStatus.EXPIRED,
          VoucherStatus.CANCELLED),
      VoucherStatus.ASSIGNED, EnumSet.of(VoucherStatus.ASSIGNED, VoucherStatus.VALID,
          VoucherStatus.PENDING, VoucherStatus.RESERVED, VoucherStatus.REDEEMED,
          VoucherStatus.EXPIRED, VoucherStatus.CANCELLED),
      VoucherStatus.PENDING, EnumSet.of(VoucherStatus.RESERVED),
      VoucherStatus.RESERVED, EnumSet.of(VoucherStatus.REDEEMED, VoucherStatus.VALID),
      VoucherStatus.REDEEMED, EnumSet.of(VoucherStatus.VALID),
      // M-2: vendor staff extend the expiry; an expired voucher returns to its status
      VoucherStatus.EXPIRED, EnumSet.of(VoucherStatus.VALID, VoucherStatus.ASSIGNED),
      VoucherStatus.CANCELLED, EnumSet.noneOf(VoucherStatus.class));

  /** Copies the orders. */
  public LifecycleModel {
    orders = List.copyOf(orders);
  }

  /** The empty programme at {@code start}. */
  public static LifecycleModel initial(Instant start) {
    return new LifecycleModel(start, List.of(), true, 0);
  }

  /**
   * An order in the model.
   *
   * @param placedAt purchase time
   * @param cancelled whether it was cancelled
   * @param organisationProduct whether its product has organisation activation (P-2)
   * @param vouchers its vouchers in issue order
   */
  public record OrderModel(
      Instant placedAt, boolean cancelled, boolean organisationProduct,
      List<VoucherModel> vouchers) {
    /** Copies the vouchers. */
    public OrderModel {
      vouchers = List.copyOf(vouchers);
    }
  }

  /**
   * A voucher in the model; {@code status} is the status as seen at the model's now (V-4).
   *
   * @param status status as seen now
   * @param expiresAt when it expires if VALID or ASSIGNED
   * @param requestedAt when the current certificate request was made
   * @param everRedeemed whether it was ever REDEEMED
   * @param comment the partner's comment
   * @param links G-2: how many activation e-mails were written for it
   * @param linkLive G-2: whether the link of one of them (the newest) works: a link was sent
   *     and not withdrawn since, and the voucher is neither expired nor cancelled (C-5)
   * @param expiredFrom while EXPIRED: the status it expired from (M-2 returns it there)
   * @param linkKept while EXPIRED: whether its link worked when it expired, and so works again
   *     once its expiry is extended (G-2, M-2)
   */
  public record VoucherModel(
      VoucherStatus status, Instant expiresAt, Optional<Instant> requestedAt,
      boolean everRedeemed, Optional<String> comment, int links, boolean linkLive,
      Optional<VoucherStatus> expiredFrom, boolean linkKept) {}

  /** How many vouchers exist. */
  public int issued() {
    return orders.stream().mapToInt(o -> o.vouchers().size()).sum();
  }

  // ------------------------------------------------------------------------ commands

  /** O-4: an order of {@code quantity} VALID vouchers expiring a year from now (V-4). */
  public LifecycleModel place(int quantity, boolean organisationProduct) {
    Instant expiry = now.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    List<VoucherModel> vouchers = new ArrayList<>();
    for (int i = 0; i < quantity; i++) {
      vouchers.add(new VoucherModel(VoucherStatus.VALID, expiry, Optional.empty(), false,
          Optional.empty(), 0, false, Optional.empty(), false));
    }
    List<OrderModel> next = new ArrayList<>(orders);
    next.add(new OrderModel(now, false, organisationProduct, vouchers));
    return new LifecycleModel(now, next, true, outboxMessages);
  }

  /**
   * S-2, V-1: VALID or ASSIGNED becomes ASSIGNED and one e-mail is written; G-2: its link is
   * the one that works, every earlier one is dead.
   */
  public LifecycleModel send(int order, int voucher) {
    return move(order, voucher, v -> oneOf(v, VoucherStatus.VALID, VoucherStatus.ASSIGNED)
        ? withLink(withStatus(v, VoucherStatus.ASSIGNED), v.links() + 1, true) : null, 1);
  }

  /** V-1: ASSIGNED becomes VALID; G-2: its link dies. */
  public LifecycleModel withdraw(int order, int voucher) {
    return move(order, voucher, v -> v.status() == VoucherStatus.ASSIGNED
        ? withLink(withStatus(v, VoucherStatus.VALID), v.links(), false) : null, 0);
  }

  /** V-1, P-2: VALID or ASSIGNED becomes PENDING, for organisation products only. */
  public LifecycleModel startOrganisationActivation(int order, int voucher) {
    if (orders.isEmpty() || !orders.get(Math.floorMod(order, orders.size())).organisationProduct()) {
      return refused();
    }
    return move(order, voucher, v -> oneOf(v, VoucherStatus.VALID, VoucherStatus.ASSIGNED)
        ? withStatus(v, VoucherStatus.PENDING) : null, 0);
  }

  /** V-1: VALID, ASSIGNED or PENDING becomes RESERVED; the request date is recorded. */
  public LifecycleModel submitRequest(int order, int voucher) {
    return move(order, voucher, v -> oneOf(v, VoucherStatus.VALID, VoucherStatus.ASSIGNED,
        VoucherStatus.PENDING)
        ? new VoucherModel(VoucherStatus.RESERVED, v.expiresAt(), Optional.of(now),
            v.everRedeemed(), v.comment(), v.links(), v.linkLive(), Optional.empty(), false)
        : null, 0);
  }

  /** V-1: VALID, ASSIGNED or RESERVED becomes REDEEMED. */
  public LifecycleModel redeem(int order, int voucher) {
    return move(order, voucher, v -> oneOf(v, VoucherStatus.VALID, VoucherStatus.ASSIGNED,
        VoucherStatus.RESERVED)
        ? new VoucherModel(VoucherStatus.REDEEMED, v.expiresAt(), v.requestedAt(), true,
            v.comment(), v.links(), v.linkLive(), Optional.empty(), false)
        : null, 0);
  }

  /**
   * V-5: within 30 days of the request (the last instant exclusive) a RESERVED or REDEEMED voucher is VALID again, usable
   * until the later of its expiry and request + 30 days; later nothing changes.
   */
  public LifecycleModel revoke(int order, int voucher) {
    return move(order, voucher, v -> {
      if (!oneOf(v, VoucherStatus.RESERVED, VoucherStatus.REDEEMED) || v.requestedAt().isEmpty()) {
        return null;
      }
      Instant deadline = v.requestedAt().get().plus(WINDOW);
      if (!now.isBefore(deadline)) {
        return null;
      }
      Instant usable = deadline.isAfter(v.expiresAt()) ? deadline : v.expiresAt();
      return new VoucherModel(VoucherStatus.VALID, usable, Optional.empty(), v.everRedeemed(),
          v.comment(), v.links(), v.linkLive(), Optional.empty(), false);
    }, 0);
  }

  /** V-8: a comment is attached (blank removes it); allowed in every status. */
  public LifecycleModel comment(int order, int voucher, String text) {
    return move(order, voucher, v -> new VoucherModel(v.status(), v.expiresAt(), v.requestedAt(),
        v.everRedeemed(), text.isBlank() ? Optional.empty() : Optional.of(text.strip()),
        v.links(), v.linkLive(), v.expiredFrom(), v.linkKept()), 0);
  }

  /**
   * M-2: vendor staff extend the expiry of a VALID, ASSIGNED or EXPIRED voucher to
   * {@code now + by}, if that is later than its expiry; an EXPIRED one returns to the status
   * it expired from, its link working again if it worked when the voucher expired (the
   * assignment and its link were kept; G-2). Vouchers in use or closed are refused.
   */
  public LifecycleModel extend(int order, int voucher, Duration by) {
    Instant until = now.plus(by);
    return move(order, voucher, v -> {
      if (!oneOf(v, VoucherStatus.VALID, VoucherStatus.ASSIGNED, VoucherStatus.EXPIRED)
          || !until.isAfter(v.expiresAt()) || !until.isAfter(now)) {
        return null;
      }
      boolean wasExpired = v.status() == VoucherStatus.EXPIRED;
      VoucherStatus to = wasExpired ? v.expiredFrom().orElse(VoucherStatus.VALID) : v.status();
      boolean live = wasExpired ? v.linkKept() : v.linkLive();
      return new VoucherModel(to, until, v.requestedAt(), v.everRedeemed(), v.comment(),
          v.links(), live, Optional.empty(), false);
    }, 0);
  }

  /** The clock moves; VALID and ASSIGNED vouchers past expiry are seen as EXPIRED (V-4). */
  public LifecycleModel advance(Duration by) {
    Instant later = now.plus(by);
    List<OrderModel> next = new ArrayList<>();
    for (OrderModel order : orders) {
      List<VoucherModel> vouchers = new ArrayList<>();
      for (VoucherModel v : order.vouchers()) {
        boolean due = oneOf(v, VoucherStatus.VALID, VoucherStatus.ASSIGNED)
            && !later.isBefore(v.expiresAt());
        vouchers.add(due ? expired(v) : v);
      }
      next.add(new OrderModel(order.placedAt(), order.cancelled(), order.organisationProduct(),
          vouchers));
    }
    return new LifecycleModel(later, next, true, outboxMessages);
  }

  /** V-4: the sweep writes what is already seen; accepted, nothing visible changes. */
  public LifecycleModel sweep() {
    return new LifecycleModel(now, orders, true, outboxMessages);
  }

  /**
   * V-6: the whole order is cancelled if within 30 days of purchase, not expired, not
   * cancelled, and no voucher is in use or was ever redeemed.
   */
  public LifecycleModel cancel(int order) {
    if (orders.isEmpty()) {
      return refused();
    }
    int index = Math.floorMod(order, orders.size());
    OrderModel target = orders.get(index);
    boolean inUse = target.vouchers().stream().anyMatch(v -> oneOf(v, VoucherStatus.PENDING,
        VoucherStatus.RESERVED, VoucherStatus.REDEEMED) || v.everRedeemed());
    Instant expiry = target.placedAt().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    boolean allowed = !target.cancelled() && !now.isAfter(target.placedAt().plus(WINDOW))
        && now.isBefore(expiry) && !inUse;
    if (!allowed) {
      return refused();
    }
    List<VoucherModel> cancelled = target.vouchers().stream()
        .map(v -> withStatus(v, VoucherStatus.CANCELLED)).toList();
    List<OrderModel> next = new ArrayList<>(orders);
    next.set(index, new OrderModel(target.placedAt(), true, target.organisationProduct(),
        cancelled));
    return new LifecycleModel(now, next, true, outboxMessages);
  }

  // ------------------------------------------------------------------------ helpers

  private LifecycleModel refused() {
    return new LifecycleModel(now, orders, false, outboxMessages);
  }

  private LifecycleModel move(
      int order, int voucher, UnaryOperator<VoucherModel> change, int messages) {
    if (orders.isEmpty()) {
      return refused();
    }
    int o = Math.floorMod(order, orders.size());
    OrderModel target = orders.get(o);
    int v = Math.floorMod(voucher, target.vouchers().size());
    VoucherModel next = change.apply(target.vouchers().get(v));
    if (next == null) {
      return refused();
    }
    List<VoucherModel> vouchers = new ArrayList<>(target.vouchers());
    boolean due = oneOf(next, VoucherStatus.VALID, VoucherStatus.ASSIGNED)
        && !now.isBefore(next.expiresAt());
    vouchers.set(v, due ? expired(next) : next);
    List<OrderModel> nextOrders = new ArrayList<>(orders);
    nextOrders.set(o, new OrderModel(target.placedAt(), target.cancelled(),
        target.organisationProduct(), vouchers));
    return new LifecycleModel(now, nextOrders, true, outboxMessages + messages);
  }

  private static boolean oneOf(VoucherModel voucher, VoucherStatus... statuses) {
    for (VoucherStatus status : statuses) {
      if (voucher.status() == status) {
        return true;
      }
    }
    return false;
  }

  /** A voucher seen in another status; G-2, C-5: an expired or cancelled one's link is dead. */
  private static VoucherModel withStatus(VoucherModel v, VoucherStatus status) {
    boolean dead = status == VoucherStatus.EXPIRED || status == VoucherStatus.CANCELLED;
    return new VoucherModel(status, v.expiresAt(), v.requestedAt(), v.everRedeemed(), v.comment(),
        v.links(), v.linkLive() && !dead, v.expiredFrom(), v.linkKept());
  }

  private static VoucherModel withLink(VoucherModel v, int links, boolean live) {
    return new VoucherModel(v.status(), v.expiresAt(), v.requestedAt(), v.everRedeemed(),
        v.comment(), links, live, v.expiredFrom(), v.linkKept());
  }

  /** V-4: seen EXPIRED, remembering the status it expired from (M-2); G-2: its link is dead. */
  private static VoucherModel expired(VoucherModel v) {
    return new VoucherModel(VoucherStatus.EXPIRED, v.expiresAt(), v.requestedAt(),
        v.everRedeemed(), v.comment(), v.links(), false, Optional.of(v.status()), v.linkLive());
  }

  /** The same model without the last outcome (for concurrent runs, where "last" is unordered). */
  public LifecycleModel withoutOutcome() {
    return new LifecycleModel(now, orders, true, outboxMessages);
  }
}
