// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.OrderingSettings;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.ordering.port.out.OrderingEvents;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.domain.code.ImportedCode;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M-1: codes of an earlier system become an imported order (ADR 0053). The rows are read
 * twice: first every row is checked and the order's lines are counted (nothing is written
 * while a row is invalid; only the lines and the first problems are held), then the store
 * writes the vouchers as they are built and finds repeated and stored codes where the codes
 * are. Memory stays bounded whatever the number of rows.
 */
final class ImportService implements ImportCodes {

  /** M-1, L-4: how many lines of each kind a refusal names. */
  static final int REPORTED_LINES = 20;
  /** L-4: the most rows one import may have (voucher ids and counts stay ints). */
  static final int MAX_ROWS = 10_000_000;
  /** O-2, L-4: the most product configurations one import may have (one line each). */
  static final int MAX_CONFIGURATIONS = 1_000;
  /** M-1: the payment method that marks an order as imported. */
  static final String IMPORTED = Order.IMPORTED;
  /** M-1: the statuses a code may bring from its earlier system. */
  static final Set<VoucherStatus> IMPORTABLE = Set.of(VoucherStatus.VALID,
      VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED, VoucherStatus.EXPIRED,
      VoucherStatus.CANCELLED);
  private static final int NUMBER_CLASH_RETRIES = 10;
  private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

  private final Basics basics;
  private final OrderingSettings settings;
  private final OrderingEvents events;
  private final Partners partners;
  private final Catalog catalog;
  private final CodeVault vault;
  private final CodeImports store;

  ImportService(Context context, CodeImports store) {
    this(context.basics(), context.settings(), context.events(), context.partners(),
        context.catalog(), context.vault(), store);
  }

  private ImportService(Basics basics, OrderingSettings settings, OrderingEvents events,
      Partners partners, Catalog catalog, CodeVault vault, CodeImports store) {
    this.basics = basics;
    this.settings = settings;
    this.events = events;
    this.partners = partners;
    this.catalog = catalog;
    this.vault = vault;
    this.store = store;
  }

  @Override
  public Either<Refusal, ImportedOrder> importCodes(Command command) {
    Actor principal = command.principal();
    if (!Access.canManagePartners(principal)) {
      // M-1: a partner manager of the vendor's staff imports; a partner does not
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "codes are imported by the vendor's partner managers"));
    }
    Optional<Partner> partner = partners.partner(command.partner());
    if (partner.isEmpty() || !Access.canRead(principal, partner.get().id())) {
      return Either.left(Refusal.notFound("partner"));
    }
    Optional<ImportFormat> format = settings.importFormats().stream()
        .filter(f -> f.name().equalsIgnoreCase(command.format())).findFirst();
    List<Reason> reasons = new ArrayList<>();
    if (!partner.get().has(Feature.VOUCHERS)) {
      reasons.add(Reason.of(ReasonCode.FEATURE_DISABLED,
          "the voucher feature is not enabled for this partner"));
    }
    if (format.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "no import format is declared by that name")
          .with("field", "format"));
      return Either.left(new Refusal(reasons));
    }
    Instant now = basics.now();
    Checked checked = check(command, format.get(), now);
    reasons.addAll(checked.reasons());
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    Currency currency = catalog.priceBook().map(PriceBook::currency)
        .orElse(Currency.getInstance("EUR"));
    Money zero = Money.zero(currency);
    List<OrderLine> lines = new ArrayList<>();
    checked.counts().forEach((configuration, count) -> lines.add(new OrderLine(lines.size() + 1,
        configuration, checked.names().get(configuration), count,
        new PriceQuote(zero, zero, PriceSource.LIST_PRICE))));
    Order order = new Order(new OrderId(basics.newId()), OrderNumber.draw(basics.entropy()),
        partner.get().id(), Optional.empty(),
        Optional.of("imported in format " + format.get().name()), IMPORTED, lines, now,
        principal.describe(), OrderStatus.OPEN, Optional.empty(), 0);
    return store(order, command, format.get());
  }

  /** M-4: the store writes it, or says which codes clash; a taken number is drawn again. */
  private Either<Refusal, ImportedOrder> store(Order drawn, Command command,
      ImportFormat format) {
    Order order = drawn;
    for (int attempt = 0; ; attempt++) {
      CodeImports.Clashes clashes;
      try {
        Order storing = order;
        clashes = store.importOrder(storing,
            sink -> vouchers(storing, command, format, sink), REPORTED_LINES);
      } catch (OrderNumberTaken taken) {
        if (attempt == NUMBER_CLASH_RETRIES) {
          return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
              "no free order number was found; try again"));
        }
        order = order.withNumber(OrderNumber.draw(basics.entropy()));
        continue;
      }
      if (clashes.any()) {
        List<Reason> reasons = new ArrayList<>();
        if (clashes.duplicates() > 0) {
          reasons.add(Reason.of(ReasonCode.IMPORT_DUPLICATE_CODES, clashes.duplicates()
                  + " line(s) repeat a code of an earlier line, e.g. line(s) "
                  + clashes.duplicateLines())
              .with("lines", joined(clashes.duplicateLines())).with("count", clashes.duplicates()));
        }
        if (clashes.clashes() > 0) {
          reasons.add(Reason.of(ReasonCode.IMPORT_CODES_CLASH, clashes.clashes()
                  + " line(s) have a code that is stored already, e.g. line(s) "
                  + clashes.clashLines())
              .with("lines", joined(clashes.clashLines())).with("count", clashes.clashes()));
        }
        return Either.left(new Refusal(reasons));
      }
      LOG.info("order {} imported by {}: {} codes in format {}", order.id(), order.placedBy(),
          order.voucherCount(), format.name());
      events.orderPlaced(order.id(), order.partner(),
          order.voucherCount(), order.placedAt());
      return Either.right(new ImportedOrder(order.id(), order.number(), order.voucherCount()));
    }
  }

  /** The lines of a report as a detail: {@code "7, 12, 40"}. */
  private static String joined(List<Long> lines) {
    return String.join(", ", lines.stream().map(String::valueOf).toList());
  }

  /** The second reading: every row (all valid now) as a voucher, sealed as it is built. */
  private void vouchers(Order order, Command command, ImportFormat format,
      Consumer<CodeImports.Imported> sink) {
    int[] sequence = {0};
    command.rows().forEach(row -> {
      Either<List<Reason>, Voucher> voucher = voucher(row, format, order, ++sequence[0]);
      if (voucher.isLeft()) {
        // the source gave another row than on the first reading: the store must not commit
        throw new IllegalStateException("the import source changed between its two readings"
            + " at line " + row.line());
      }
      sink.accept(new CodeImports.Imported(row.line(), voucher.get()));
    });
  }

  /** What the first reading found: the lines' counts, or the first problems. */
  private record Checked(Map<ProductConfiguration, Integer> counts,
      Map<ProductConfiguration, String> names, List<Reason> reasons) {}

  /** The first reading: every row checked, configurations counted, the first problems kept. */
  private Checked check(Command command, ImportFormat format, Instant now) {
    Map<ProductConfiguration, Integer> counts = new LinkedHashMap<>();
    Map<ProductConfiguration, String> names = new LinkedHashMap<>();
    Map<ProductId, Optional<Product>> products = new LinkedHashMap<>();
    List<Long> invalidLines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long[] invalid = {0};
    long[] rows = {0};
    command.rows().forEach(row -> {
      rows[0]++;
      List<Reason> found = rowProblems(row, format, products, now);
      Optional<ProductConfiguration> configuration = configuration(row);
      if (found.isEmpty() && configuration.isPresent()
          && !counts.containsKey(configuration.get()) && counts.size() == MAX_CONFIGURATIONS) {
        found = List.of(Reason.of(ReasonCode.INVALID_INPUT, "an import has at most "
            + MAX_CONFIGURATIONS + " product configurations"));
      }
      if (!found.isEmpty()) {
        if (++invalid[0] <= REPORTED_LINES) {
          invalidLines.add(row.line());
          found.forEach(reason -> problems.add("line " + row.line() + ": " + reason.message()));
        }
        return;
      }
      ProductConfiguration c = configuration.get();
      counts.merge(c, 1, Integer::sum);
      names.computeIfAbsent(c, k -> products.get(k.product()).map(Product::name)
          .orElse(k.product().value()));
    });
    List<Reason> reasons = new ArrayList<>();
    if (rows[0] == 0) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "the import has no rows")
          .with("field", "rows"));
    } else if (rows[0] > MAX_ROWS) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "an import has at most " + MAX_ROWS
          + " rows, this one has " + rows[0]).with("field", "rows"));
    }
    if (invalid[0] > 0) {
      reasons.add(Reason.of(ReasonCode.IMPORT_ROWS_INVALID, invalid[0]
              + " row(s) are not valid: " + String.join("; ", problems))
          .with("lines", joined(invalidLines)).with("count", invalid[0]));
    }
    return new Checked(counts, names, reasons);
  }

  /** L-4: every problem of one row; empty when it is valid. */
  private List<Reason> rowProblems(ImportRow row, ImportFormat format,
      Map<ProductId, Optional<Product>> products, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    format.parse(row.code()).peekLeft(problem -> reasons.add(
        Reason.of(ReasonCode.MALFORMED_CODE, "code: " + problem.message())));
    Optional<ProductConfiguration> configuration = configuration(row);
    if (configuration.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "product, validity_years, fqdns and"
          + " wildcards must name a product and three numbers from 0 to 1000 (validity from 1)"));
    } else {
      ProductConfiguration c = configuration.get();
      if (!products.containsKey(c.product()) && products.size() >= MAX_CONFIGURATIONS) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "too many products"));
      } else {
        Optional<Product> product = products.computeIfAbsent(c.product(),
            catalog::product);
        if (product.isEmpty()) {
          reasons.add(Reason.of(ReasonCode.CONFIGURATION_NOT_OFFERED, "no such product"));
        } else {
          reasons.addAll(product.get().check(c));
        }
      }
    }
    Optional<VoucherStatus> status = status(row.status());
    if (status.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "status must be one of " + IMPORTABLE.stream().map(Enum::name).sorted().toList()));
    }
    if (expiry(row.expiresAt()).isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "expires_at must be a date (2027-03-31) or an instant (2027-03-31T22:00:00Z)"));
    }
    if (!row.recipient().isBlank()) {
      EmailAddress.parse(row.recipient().strip()).toEither()
          .peekLeft(problem -> reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
              "recipient: " + problem)));
      if (status.equals(Optional.of(VoucherStatus.VALID))) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
            "a VALID code has no recipient; import it as ASSIGNED"));
      }
    } else if (status.equals(Optional.of(VoucherStatus.ASSIGNED))) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "an ASSIGNED code needs its recipient"));
    }
    Text.check("note", row.note(), Text.FREE_TEXT, Text.Kind.MULTI_LINE).ifPresent(reasons::add);
    return reasons;
  }

  /** One valid row as a voucher: sealed like a native code (C-1, C-5). */
  private Either<List<Reason>, Voucher> voucher(ImportRow row, ImportFormat format, Order order,
      int sequence) {
    Either<?, ImportedCode> code = format.parse(row.code());
    Optional<ProductConfiguration> configuration = configuration(row);
    Optional<VoucherStatus> status = status(row.status());
    Optional<Instant> expiry = expiry(row.expiresAt());
    Optional<EmailAddress> recipient = row.recipient().isBlank() ? Optional.empty()
        : EmailAddress.parse(row.recipient().strip()).toJavaOptional();
    if (code.isLeft() || configuration.isEmpty() || status.isEmpty() || expiry.isEmpty()
        || recipient.isEmpty() != row.recipient().isBlank()) {
      return Either.left(List.of());
    }
    Instant at = order.placedAt();
    return Either.right(Voucher.builder()
        .id(VoucherId.of(order.id(), sequence))
        .order(order.id())
        .partner(order.partner())
        .configuration(configuration.get())
        .code(vault.seal(code.get()))
        .status(status.get())
        .issuedAt(at)
        .expiresAt(expiry.get())
        .assignment(recipient.map(to -> new Assignment(to, "", at)))
        .everRedeemed(status.get() == VoucherStatus.REDEEMED)
        .comment(row.note().isBlank() ? Optional.empty() : Optional.of(row.note().strip()))
        .build());
  }

  private static Optional<ProductConfiguration> configuration(ImportRow row) {
    if (Text.checkId("product", row.product().strip()).isPresent()) {
      return Optional.empty();
    }
    Optional<Integer> years = number(row.validityYears());
    Optional<Integer> fqdns = number(row.fqdns());
    Optional<Integer> wildcards = number(row.wildcards());
    if (years.isEmpty() || years.get() < 1 || fqdns.isEmpty() || wildcards.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ProductConfiguration.of(ProductId.of(row.product().strip()),
        years.get(), fqdns.get(), wildcards.get()));
  }

  private static Optional<Integer> number(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int n = Integer.parseInt(t);
    return n <= 1000 ? Optional.of(n) : Optional.empty();
  }

  private static Optional<VoucherStatus> status(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    return IMPORTABLE.stream().filter(s -> s.name().equals(t)).findFirst();
  }

  /** A date is valid through that day (UTC); an instant is taken as it is. */
  static Optional<Instant> expiry(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 40) {
      return Optional.empty();
    }
    try {
      Instant at = t.length() == 10
          ? LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(t);
      return Instants.supported(at) ? Optional.of(at) : Optional.empty();
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
