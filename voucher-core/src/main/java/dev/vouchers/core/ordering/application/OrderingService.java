// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.CancellationVerdict;
import dev.vouchers.core.ordering.domain.CsvWriter;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderPlacement;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.ordering.port.in.OrderQuote;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.code.CapacityAssessment;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.VoucherDetails;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Orders: placing, reading, listing, exporting, printing and cancelling (O-, S-1, S-3, V-6). */
final class OrderingService implements OrderVouchers, GetOrder, ListOrders, ListVouchers,
    GetVoucher, ExportOrderCodes, PrintVoucher, CheckCancellation, CancelOrder, QuoteOrder,
    FindOrderByNumber {

  private static final Logger LOG = LoggerFactory.getLogger(OrderingService.class);
  /** C-1: how often clashing codes are redrawn before the order is given up. */
  private static final int CODE_CLASH_RETRIES = 5;
  /** M-4: how often a taken order number is redrawn before the order is given up. */
  private static final int NUMBER_CLASH_RETRIES = 10;

  private final Context context;
  private final CodeGenerator generator;

  OrderingService(Context context) {
    this.context = context;
    this.generator = new CodeGenerator(context.settings().codeFormat(), context.randomness());
  }

  @Override
  public Either<Refusal, PlacedOrder> order(OrderVouchers.Command command) {
    return priced(command.principal(), command.partner(), command.request())
        .flatMap(this::checkCapacity)
        .flatMap(this::issue);
  }

  /** O-3: the same checks and prices as an order, stored nowhere. */
  @Override
  public Either<Refusal, OrderQuote> quote(QuoteOrder.Command command) {
    return priced(command.principal(), command.partner(), command.request())
        .map(order -> new OrderQuote(order.lines(), order.total()));
  }

  /**
   * O-1, O-2, P-1, T-2, V-3: an order priced at the partner's tier, or every applicable reason:
   * a disabled feature is named beside bad input and a missing price book, never instead.
   */
  private Either<Refusal, Order> priced(Actor principal, PartnerId partnerId,
      OrderRequest request) {
    Optional<Partner> partner = context.partners().partner(partnerId)
        .filter(p -> Access.canManageVouchers(principal, p.id()));
    if (partner.isEmpty()) {
      return Either.left(Refusal.notFound("partner"));
    }
    var valid = request.validate(context.settings().orderLimits());
    Optional<PriceBook> prices = context.catalog().priceBook();
    Instant now = context.now();
    if (valid.isInvalid() || prices.isEmpty()) {
      List<Reason> reasons = new ArrayList<>();
      if (!partner.get().has(Feature.VOUCHERS)) {
        reasons.add(Reason.of(ReasonCode.FEATURE_DISABLED,
            "the voucher feature is not enabled for this partner"));
      }
      if (valid.isInvalid()) {
        valid.getError().forEach(reasons::add);
      }
      if (prices.isEmpty()) {
        reasons.add(Reason.of(ReasonCode.NO_PRICE, "no price book has been published"));
      }
      return Either.left(new Refusal(reasons));
    }
    OrderId id = new OrderId(context.newId());
    return OrderPlacement.place(id, OrderNumber.draw(context.randomness()), partner.get(),
        principal, valid.get(),
        context.catalog()::product, prices.get(), now);
  }

  /** C-1: ask before generating whether the format has room for this order. */
  private Either<Refusal, Order> checkCapacity(Order order) {
    CapacityAssessment assessment = context.settings().codeFormat()
        .assess(context.vouchers().codeCount(), order.voucherCount());
    if (!assessment.sufficient()) {
      return Either.left(Refusal.of(ReasonCode.CODE_SPACE_TOO_SMALL,
          "the code format allows " + assessment.capacity() + " codes; " + order.voucherCount()
              + " more would collide with probability " + assessment.collisionProbability()));
    }
    return Either.right(order);
  }

  /**
   * O-4: every unit becomes a voucher with its own code, stored atomically with the order.
   * Only the plaintext codes are held; the vouchers are built (and their codes sealed, C-5)
   * as the store reads them, so a large order is never in memory whole.
   */
  private Either<Refusal, PlacedOrder> issue(Order drawn) {
    Order order = drawn;
    List<VoucherCode> codes = new ArrayList<>(generator.next(order.voucherCount()));
    List<Voucher> vouchers = new NewVouchers(order,
        context.settings().expiry().expiryFor(order.placedAt()), codes, context.vault());
    int numberClashes = 0;
    for (int attempt = 0; attempt <= CODE_CLASH_RETRIES; attempt++) {
      Set<CodeDigest> clashes;
      try {
        clashes = context.vouchers().insertOrder(order, vouchers);
      } catch (OrderNumberTaken taken) {
        // M-4: the unique index on the number said no and nothing was written: draw another
        if (++numberClashes > NUMBER_CLASH_RETRIES) {
          return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
              "no free order number was found; try again"));
        }
        LOG.debug("order {}: number {} is taken, drawing another", order.id(), taken.number());
        order = order.withNumber(OrderNumber.draw(context.randomness()));
        attempt--;
        continue;
      }
      if (clashes.isEmpty()) {
        LOG.info("order {} placed by {}: {} vouchers, total {}", order.id(), order.placedBy(),
            order.voucherCount(), order.total());
        context.events().orderPlaced(order.id(), order.partner(),
            order.voucherCount(), order.placedAt());
        return Either.right(new PlacedOrder(order, codes));
      }
      LOG.warn("order {}: {} code clash(es), drawing new codes", order.id(), clashes.size());
      for (int i = 0; i < codes.size(); i++) {
        if (clashes.contains(context.vault().digest(codes.get(i)))) {
          codes.set(i, generator.next());
        }
      }
    }
    return Either.left(Refusal.of(ReasonCode.CODE_SPACE_TOO_SMALL,
        "codes kept clashing with stored ones; the code format is too small"));
  }

  /**
   * O-3, L-2: the order, its vouchers' counts per status (V-4 exact: due vouchers count as
   * EXPIRED) from one aggregate, and one keyset page of its vouchers by id.
   */
  @Override
  public Either<Refusal, OrderDetails> get(GetOrder.Command command) {
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    return readableOrder(command.principal(), command.order()).map(order -> {
      Views views = new Views(context, command.principal());
      OrderTally counts = context.vouchers().tally(order.id(), context.now());
      PageRequest page = command.page();
      Optional<VoucherId> after = page.after().flatMap(Cursor::decode)
          .map(cursor -> new VoucherId(cursor.id()));
      List<Voucher> rows = context.vouchers().vouchersOf(order.id(), after, page.size() + 1);
      boolean more = rows.size() > page.size();
      List<Voucher> items = more ? rows.subList(0, page.size()) : rows;
      Optional<String> next = more
          ? Optional.of(new Cursor(items.get(items.size() - 1).issuedAt(),
              items.get(items.size() - 1).id().value()).encode())
          : Optional.empty();
      return new OrderDetails(order, counts, views.knowing(order)
          .page(new Page<>(items, next, Page.Total.counted(counts.total()))));
    });
  }

  @Override
  public Either<Refusal, Page<Order>> list(ListOrders.Command command) {
    if (!Access.canRead(command.principal(), command.filter().partner())) {
      return Either.left(Refusal.notFound("partner"));
    }
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    return Either.right(context.vouchers().orders(command.filter(), command.page()));
  }

  @Override
  public Either<Refusal, Page<VoucherView>> list(ListVouchers.Command command) {
    if (!Access.canRead(command.principal(), command.partner())) {
      return Either.left(Refusal.notFound("partner"));
    }
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    Views views = new Views(context, command.principal());
    VoucherFilter filter = new VoucherFilter(command.partner(), command.statuses(),
        command.product(), command.order(), context.now());
    return Either.right(views.page(context.vouchers().vouchers(filter, command.page())));
  }

  @Override
  public Either<Refusal, VoucherDetails> get(GetVoucher.Command command) {
    return context.lookups()
        .resolve(command.principal(), VoucherRef.id(command.voucher()), Context::reads)
        .map(voucher -> new VoucherDetails(new Views(context, command.principal()).of(voucher),
            context.vouchers().history(voucher.id())));
  }

  @Override
  public Either<Refusal, Long> export(ExportOrderCodes.Command command) {
    Optional<Order> order = context.vouchers().order(command.order())
        .filter(o -> Access.canManageVouchers(command.principal(), o.partner()));
    if (order.isEmpty()) {
      return Either.left(Refusal.notFound("order"));
    }
    CsvWriter csv = new CsvWriter(command.out());
    // M-4: the order's number on every row, last, so readers of the earlier columns keep working
    String number = order.get().number().toString();
    csv.row("code", "status", "product", "validity_years", "fqdns", "wildcards", "expires_at",
        "redemption_url", "order_number");
    Views views = new Views(context, command.principal());
    // every voucher of the order is of a product of its lines: look the names up now, not from
    // inside the stream, whose transaction holds a connection (a pool of one would deadlock)
    order.get().lines().forEach(line -> views.productName(line.configuration().product()));
    long[] count = {0};
    context.vouchers().forEachCodeOf(order.get().id(), row -> {
      ProductConfiguration configuration = row.configuration();
      Views.Shown shown = views.shownToOwner(row.code());
      csv.row(shown.code(), row.statusAt(views.now()).name(),
          views.productName(configuration.product()),
          Integer.toString(configuration.validityYears()),
          Integer.toString(configuration.fqdns()), Integer.toString(configuration.wildcards()),
          row.expiresAt().toString(), shown.redemptionUrl(), number);
      count[0]++;
    });
    csv.flush();
    return Either.right(count[0]);
  }

  @Override
  public Either<Refusal, PrintableVoucher> print(PrintVoucher.Command command) {
    return context.lookups()
        .resolve(command.principal(), VoucherRef.id(command.voucher()), Context::manages)
        .flatMap(voucher -> context.product(voucher).map(product ->
            printable(voucher, product, command.principal())));
  }

  private PrintableVoucher printable(Voucher voucher, Product product, Actor principal) {
    VoucherView view = new Views(context, principal).of(voucher);
    String partnerName = context.partners().partner(voucher.partner())
        .map(Partner::name).orElse(voucher.partner().value());
    // M-4: one read by the order's key; an order is stored with its vouchers (O-4)
    String orderNumber = context.vouchers().order(voucher.order())
        .map(o -> o.number().grouped()).orElse("");
    return new PrintableVoucher(view.code(), view.redemptionUrl(), product.name(), product.kind(),
        voucher.configuration().validityYears(), voucher.configuration().fqdns(),
        voucher.configuration().wildcards(), voucher.issuedAt(), voucher.expiresAt(),
        partnerName, context.settings().voucherTerms(), orderNumber);
  }

  /** V-6, L-2: decided from one aggregate of the order's vouchers. */
  @Override
  public Either<Refusal, CancellationVerdict> check(CheckCancellation.Command command) {
    return readableOrder(command.principal(), command.order()).map(order -> {
      Instant now = context.now();
      return context.settings().cancellation()
          .evaluate(order, context.vouchers().tally(order.id(), now), now);
    });
  }

  @Override
  public Either<Refusal, OrderCancellation> cancel(CancelOrder.Command command) {
    Optional<Reason> badWhy = Text.checkStripped("the cancellation reason", command.why(),
        Text.FREE_TEXT, Text.Kind.MULTI_LINE);
    if (badWhy.isPresent()) {
      // V-3, V-6: the bad reason and every rule the cancellation would break, together
      Optional<Order> order = context.vouchers().order(command.order())
          .filter(o -> Access.canManageVouchers(command.principal(), o.partner()));
      if (order.isEmpty()) {
        return Either.left(Refusal.notFound("order"));
      }
      List<Reason> reasons = new ArrayList<>(List.of(badWhy.get()));
      Instant now = context.now();
      reasons.addAll(context.settings().cancellation().evaluate(order.get(),
          context.vouchers().tally(order.get().id(), now), now).reasons());
      return Either.left(new Refusal(reasons));
    }
    String why = command.why().isBlank() ? "order cancelled" : command.why().strip();
    for (int attempt = 0; attempt < context.basics().conflictRetries(); attempt++) {
      Optional<Order> order = context.vouchers().order(command.order())
          .filter(o -> Access.canManageVouchers(command.principal(), o.partner()));
      if (order.isEmpty()) {
        return Either.left(Refusal.notFound("order"));
      }
      // V-6, L-2: decided from the tally, applied set-based; the store writes nothing unless
      // every voucher it counted is still cancellable (V-7), and then this loop decides again
      Instant now = context.now();
      Either<Refusal, OrderCancellation> cancellation = context.settings().cancellation()
          .cancel(order.get(), context.vouchers().tally(order.get().id(), now),
              command.principal(), now, why);
      if (cancellation.isLeft()) {
        return cancellation;
      }
      if (context.vouchers().cancel(cancellation.get())) {
        LOG.info("order {} cancelled by {}, refund {}", order.get().id(),
            command.principal().describe(), cancellation.get().refund());
        published(cancellation.get());
        return cancellation;
      }
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the order kept changing while it was being cancelled; try again"));
  }

  /**
   * V-6, L-2: one event for the whole cancellation; it stands for every voucher's move to
   * CANCELLED (no event per voucher: an order of a million would hold a million events). The
   * history holds each voucher's entry.
   */
  private void published(OrderCancellation cancellation) {
    Order after = cancellation.after();
    context.events().orderCancelled(after.id(), after.partner(),
        Math.toIntExact(cancellation.vouchers()), cancellation.at());
  }

  /** M-4, A-1: one lookup by the unique number; another partner's order is not found. */
  @Override
  public Either<Refusal, Order> find(FindOrderByNumber.Command command) {
    Optional<OrderNumber> number = OrderNumber.parse(command.number());
    if (number.isEmpty()) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "an order number has nine digits, e.g. 123 456 789"));
    }
    return context.vouchers().orderByNumber(number.get())
        .filter(o -> Access.canRead(command.principal(), o.partner()))
        .<Either<Refusal, Order>>map(Either::right)
        .orElseGet(() -> Either.left(Refusal.notFound("order")));
  }

  private Either<Refusal, Order> readableOrder(Actor principal, OrderId id) {
    return context.vouchers().order(id)
        .filter(o -> Access.canRead(principal, o.partner()))
        .<Either<Refusal, Order>>map(Either::right)
        .orElseGet(() -> Either.left(Refusal.notFound("order")));
  }
}
