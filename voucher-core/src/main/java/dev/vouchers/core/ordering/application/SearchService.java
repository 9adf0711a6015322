// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * M-3: support search (ADR 0054): who may search where, the search text normalised or refused
 * (L-4), and the walk of a customer-name or notes search through the matching orders and their
 * vouchers, a page at a time (L-1, L-2).
 */
final class SearchService implements SearchVouchers {
  /** L-4: the longest text a last-four search accepts (separators included). */
  static final int MAX_LAST_FOUR_INPUT = 32;

  private final Context context;
  private final VoucherSearches searches;

  SearchService(Context context, VoucherSearches searches) {
    this.context = context;
    this.searches = searches;
  }

  @Override
  public Either<Refusal, Page<VoucherView>> search(Command command) {
    Actor principal = command.principal();
    Optional<Optional<PartnerId>> scope = scope(principal, command.partner());
    if (scope.isEmpty()) {
      return Either.left(principal instanceof Actor.PartnerUser
          ? Refusal.notFound("partner")
          : Refusal.of(ReasonCode.NOT_PERMITTED,
              "vouchers are searched by the partner's users and the vendor's SUPPORT"));
    }
    PageRequest page = command.page();
    if (page.cursorProblem().isPresent()) {
      return Either.left(Refusal.of(page.cursorProblem().stream().toList()));
    }
    if (page.cursor().filter(c -> c.id().isBlank()).isPresent()) {
      // L-4: not a voucher id, so not a position this search issued
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "cursor was not issued by this listing; start again from the first page"));
    }
    Views views = new Views(context, principal);
    if (command.by() == By.ORDER_NUMBER) {
      return byOrderNumber(command.text(), scope.get(), page).map(views::page);
    }
    return search(command.by(), command.text(), scope.get(),
        context.settings().orderLimits()).map(search -> views.page(search.field().ofOrder()
            ? byOrders(search, page) : searches.vouchersMatching(search, page)));
  }

  /**
   * the partner (or every partner, empty) the principal may search, if any: a partner's
   * user its own partner only; the vendor's SUPPORT any or all; no one else.
   */
  static Optional<Optional<PartnerId>> scope(Actor principal, Optional<PartnerId> asked) {
    if (principal instanceof Actor.PartnerUser user) {
      return asked.isEmpty() || asked.get().equals(user.partner())
          ? Optional.of(Optional.of(user.partner()))
          : Optional.empty();
    }
    if (principal instanceof Actor.VendorStaff staff && staff.has(StaffRole.SUPPORT)) {
      return Optional.of(asked);
    }
    return Optional.empty();
  }

  /**
   * L-4, C-4: the search the text asks for, normalised, or every reason it cannot be one: not
   * empty, not longer than the field, no control characters (line breaks only in notes) or
   * unpaired surrogates; an e-mail address must be one; the last four symbols are four code
   * symbols once normalised.
   */
  static Either<Refusal, VoucherSearch> search(By by, String text,
      Optional<PartnerId> partner, OrderLimits limits) {
    List<Reason> reasons = new ArrayList<>();
    String trimmed = text.trim();
    String key = "";
    switch (by) {
      case EMAIL -> {
        Text.check("e-mail address", text, EmailAddress.MAX_LENGTH, Text.Kind.SINGLE_LINE)
            .ifPresent(reasons::add);
        if (reasons.isEmpty() && !trimmed.isEmpty()) {
          var address = EmailAddress.parse(trimmed);
          if (address.isValid()) {
            key = VoucherSearch.fold(address.get().value());
          } else {
            reasons.add(Reason.of(ReasonCode.INVALID_INPUT, address.getError()));
          }
        }
      }
      case LAST_FOUR -> {
        Text.check("last four symbols", text, MAX_LAST_FOUR_INPUT, Text.Kind.SINGLE_LINE)
            .ifPresent(reasons::add);
        if (reasons.isEmpty() && !trimmed.isEmpty()) {
          var symbols = Crockford.normalise(trimmed);
          if (symbols.isLeft() || symbols.get().length() != 4) {
            reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "the last four symbols of a code"
                + " are four of 0-9 and A-Z without I, L, O and U, e.g. 7K2Q"));
          } else {
            key = symbols.get();
          }
        }
      }
      case CUSTOMER_NAME -> {
        Text.check("customer name", text, limits.maxCustomerNameLength(),
            Text.Kind.SINGLE_LINE).ifPresent(reasons::add);
        key = VoucherSearch.fold(trimmed);
      }
      case NOTES -> {
        Text.check("notes", text, limits.maxNotesLength(), Text.Kind.MULTI_LINE)
            .ifPresent(reasons::add);
        key = VoucherSearch.fold(trimmed);
      }
      case ORDER_NUMBER -> throw new IllegalArgumentException("an order number is looked up");
    }
    if (trimmed.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "search text must not be empty"));
    }
    if (!reasons.isEmpty()) {
      return Either.left(Refusal.of(reasons));
    }
    return Either.right(new VoucherSearch(field(by), key, partner));
  }

  private static VoucherSearch.Field field(By by) {
    return switch (by) {
      case EMAIL -> VoucherSearch.Field.RECIPIENT;
      case LAST_FOUR -> VoucherSearch.Field.LAST_FOUR;
      case CUSTOMER_NAME -> VoucherSearch.Field.CUSTOMER_NAME;
      case NOTES, ORDER_NUMBER -> VoucherSearch.Field.NOTES;
    };
  }

  /**
   * M-4: the vouchers of the order with this number, if it is in scope (another partner's order
   * is not found, as a number nobody has: an empty page), a page by voucher id.
   */
  private Either<Refusal, Page<Voucher>> byOrderNumber(String text,
      Optional<PartnerId> partner, PageRequest page) {
    Optional<OrderNumber> number = OrderNumber.parse(text);
    if (number.isEmpty()) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "an order number has nine digits, e.g. 123 456 789"));
    }
    Optional<Order> order = context.vouchers().orderByNumber(number.get())
        .filter(o -> partner.isEmpty() || partner.get().equals(o.partner()));
    if (order.isEmpty()) {
      return Either.right(new Page<>(List.of(), Optional.empty(), Page.Total.counted(0)));
    }
    Page.Total total = page.carriedTotal().orElseGet(() -> Page.Total.counted(
        context.vouchers().tally(order.get().id(), context.now()).total()));
    Optional<VoucherId> after = page.cursor().map(c -> new VoucherId(c.id()));
    List<Voucher> rows = context.vouchers().vouchersOf(order.get().id(), after,
        page.size() + 1);
    return Either.right(Page.of(rows, page, Voucher::issuedAt, v -> v.id().value(), total));
  }

  /**
   * M-3, L-1, L-2: a page of the vouchers of the orders that match, newest order first, each
   * order's vouchers by id. The cursor holds the last voucher shown (its order's placed time and
   * its id): the page goes on within that order if it still matches, then reads the next
   * matching orders, as many as the page can still take, and their vouchers a page at a time.
   * A page reads at most {@code size + 1} orders and {@code size + 1} vouchers, whatever the
   * store holds.
   */
  private Page<Voucher> byOrders(VoucherSearch search, PageRequest page) {
    int wanted = page.size() + 1;
    List<Voucher> rows = new ArrayList<>();
    Optional<Cursor> afterOrder = Optional.empty();
    Optional<Cursor> cursor = page.cursor();
    if (cursor.isPresent()) {
      Optional<Voucher> last = context.vouchers().voucher(new VoucherId(cursor.get().id()))
          .filter(v -> search.inScope(v.partner()));
      Optional<Order> order = last.flatMap(v -> context.vouchers().order(v.order()));
      if (order.isEmpty()) {
        // a cursor this search did not issue (a voucher out of scope or none): nothing after it
        return new Page<>(List.of(), Optional.empty(), cursor.get().total()
            .orElse(Page.Total.counted(0)));
      }
      if (search.matches(order.get())) {
        rows.addAll(context.vouchers().vouchersOf(order.get().id(), last.map(Voucher::id),
            wanted));
      }
      afterOrder = Optional.of(new Cursor(order.get().placedAt(), order.get().id().value()));
    }
    while (rows.size() < wanted) {
      int asked = wanted - rows.size();
      List<Order> orders = searches.ordersMatching(search, afterOrder, asked);
      for (Order order : orders) {
        if (rows.size() >= wanted) {
          break;
        }
        if (!search.matches(order)) {
          continue; // notes alike in the stored index key only
        }
        rows.addAll(context.vouchers().vouchersOf(order.id(), Optional.empty(),
            wanted - rows.size()));
      }
      if (orders.size() < asked) {
        break;
      }
      Order lastOrder = orders.get(orders.size() - 1);
      afterOrder = Optional.of(new Cursor(lastOrder.placedAt(), lastOrder.id().value()));
    }
    Page.Total total = page.carriedTotal()
        .orElseGet(() -> searches.vouchersOfOrdersMatching(search));
    return Page.of(rows.size() > wanted ? rows.subList(0, wanted) : rows, page,
        Voucher::issuedAt, v -> v.id().value(), total);
  }
}
