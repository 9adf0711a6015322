// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.ContractData;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.memory.InMemoryStore;
import dev.vouchers.testkit.model.ImportModel.Code;
import dev.vouchers.testkit.model.ImportModel.Format;
import dev.vouchers.testkit.model.ImportModel.Row;
import dev.vouchers.testkit.model.ImportModel.Spelling;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The system under test of the import model check (M-1): the real use cases (ImportCodes,
 * MarkRedeemed, LookUpCode, GetVoucher) over a storage (in-memory by default, or any adapter's)
 * and a {@link MutableClock}, with the formats of {@link ImportModel.Format} declared. It reads
 * its state back as an {@link ImportModel}: the partner's orders and every voucher of them as
 * the partner sees it; on the way it checks that each order is an accepted batch and that the
 * store holds no code outside them (nothing half-imported) and that every code of {@link ImportModel#CODES}, typed by an end customer,
 * is answered as {@link ImportModel#answer} says.
 */
public final class ImportHarness {
  /** The partner the codes are imported for. */
  public static final PartnerId PARTNER = new PartnerId("model-partner");
  private static final ProductId PRODUCT = new ProductId("ssl-dv");
  private static final String RECIPIENT = "kunde@example.ch";
  private static final Map<Format, ImportFormat> DECLARED = Map.of(
      Format.LEGACY, new ImportFormat(Format.LEGACY.declaredName(),
          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8, false),
      Format.SHOPX, new ImportFormat(Format.SHOPX.declaredName(), "abcdefghijABCDEFGHIJ", 10,
          true));

  private final Storage storage;
  private final MutableClock clock;
  private final VoucherProgramme programme;
  private final Actor manager = Actor.VendorStaff.of(new UserId("pm"),
      StaffRole.PARTNER_MANAGER);
  private final Actor agent =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  private final Actor customer = new Actor.CodeHolder("customer");
  private final List<OrderId> orders = new CopyOnWriteArrayList<>();
  private volatile boolean lastAccepted = true;
  private volatile List<String> lastReport = List.of();
  private final Instant start;

  private ImportHarness(Storage storage, Instant start) {
    this.storage = storage;
    this.start = start;
    this.clock = new MutableClock(start);
    this.programme = storage.programme(clock)
        .settings(Storage.SHOP_SETTINGS.withImportFormats(DECLARED.get(Format.LEGACY),
            DECLARED.get(Format.SHOPX)))
        .build();
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Model Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 1, 0),
            Money.of("50.00", "CHF")).build())));
  }

  /** A harness over the in-memory store. */
  public static ImportHarness inMemory(Instant start) {
    return new ImportHarness(Storage.of(new InMemoryStore()), start);
  }

  /**
   * A harness over the storage of any adapter (fresh and empty); its {@code vouchers()} must
   * implement {@code CodeImports}, as the JDBC and in-memory stores do.
   */
  public static ImportHarness over(Storage storage, Instant start) {
    return new ImportHarness(storage, start);
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("harness setup refused: " + result.getLeft());
    }
    return result.get();
  }

  /**
   * How a row writes, or a customer types, the code (C-4: separators are ignored, and case
   * where the format ignores it).
   */
  static String spelled(Code code, Spelling spelling) {
    String printed = code.printed();
    return switch (spelling) {
      case PRINTED -> printed;
      case GROUPED -> grouped(printed, "-");
      case LOWER_SPACED -> grouped(code.format().caseSensitive() ? printed
          : printed.toLowerCase(Locale.ROOT), " ");
    };
  }

  private static String grouped(String code, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < code.length(); i += 4) {
      out.append(i == 0 ? "" : separator).append(code, i, Math.min(code.length(), i + 4));
    }
    return out.toString();
  }

  /** M-1: vendor staff import the rows in the format. */
  public void importBatch(Format format, List<Row> rows) {
    List<ImportRow> batch = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String code = row.malformed() ? "N0T-A-C0DE!"
          : spelled(ImportModel.CODES.get(row.code()), row.spelling());
      batch.add(new ImportRow(ImportModel.line(i), code, PRODUCT.value(), "1", "1", "0",
          row.status().name(), start.plus(row.expiresAfter()).toString(),
          row.status() == VoucherStatus.ASSIGNED ? RECIPIENT : "", ""));
    }
    Either<Refusal, ImportCodes.ImportedOrder> result = programme.ordering().importCodes()
        .importCodes(
        new ImportCodes.Command(manager, PARTNER, format.declaredName(), batch::forEach));
    if (result.isRight()) {
      orders.add(result.get().order());
      lastReport = List.of();
    } else {
      lastReport = result.getLeft().reasons().stream().map(ImportHarness::reported).toList();
    }
    lastAccepted = result.isRight();
  }

  private static String reported(Reason reason) {
    Object lines = reason.details().get("lines");
    return reason.code().name() + (lines == null ? "" : " " + lines);
  }

  /** V-1: an end customer redeems the code, typed in lower case with spaces (C-4). */
  public void redeem(int code) {
    lastAccepted = programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(customer,
        VoucherRef.code(spelled(ImportModel.CODES.get(code), Spelling.LOWER_SPACED),
            CallerKey.of("redeemer")))).isRight();
    lastReport = List.of();
  }

  /** Moves the clock. */
  public void advance(Duration by) {
    clock.advance(by);
    lastAccepted = true;
    lastReport = List.of();
  }

  /** The state as read back through the use cases, after checking the invariants. */
  public ImportModel snapshot() {
    Map<Integer, ImportModel.Entry> codes = new TreeMap<>();
    long vouchers = 0;
    List<Order> listed = require(programme.ordering().listOrders().list(new ListOrders.Command(
        agent,
        OrderFilter.all(PARTNER), PageRequest.first(PageRequest.MAX_SIZE)))).items();
    for (Order order : listed) {
      if (!order.imported() || !orders.contains(order.id())) {
        throw new AssertionError("order " + order.id() + " is not an accepted batch");
      }
      for (Voucher voucher : ContractData.vouchersOf(storage.vouchers(), order.id())) {
        vouchers++;
        VoucherView view = require(programme.vouchers().getVoucher().get(
            new GetVoucher.Command(agent, voucher.id()))).voucher();
        int code = position(view.code());
        if (codes.put(code, new ImportModel.Entry(view.status(), view.expiresAt())) != null) {
          throw new AssertionError("code " + view.code() + " is stored twice");
        }
      }
    }
    long stored = storage.vouchers().codeCount();
    if (stored != vouchers) {
      throw new AssertionError(stored + " codes are stored but the imported orders have "
          + vouchers + ": a batch was half-imported");
    }
    for (int i = 0; i < ImportModel.CODES.size(); i++) {
      Either<Refusal, RedeemableVoucher> answer = programme.vouchers().lookUpCode().lookUp(
          new LookUpCode.Command(customer, spelled(ImportModel.CODES.get(i), Spelling.GROUPED),
              CallerKey.of("looker")));
      if (answer.isLeft() && !answer.getLeft().codes().equals(
          List.of(ReasonCode.CODE_NOT_REDEEMABLE))) {
        throw new AssertionError("looking up " + ImportModel.CODES.get(i).printed()
            + " was refused with " + answer.getLeft());
      }
      Optional<VoucherStatus> seen = answer.map(RedeemableVoucher::status).toJavaOptional();
      Optional<VoucherStatus> expected = ImportModel.answer(Optional.ofNullable(codes.get(i)));
      if (!seen.equals(expected)) {
        throw new AssertionError("looking up " + ImportModel.CODES.get(i).printed()
            + " answered " + seen + ", but the partner sees " + codes.get(i));
      }
    }
    return new ImportModel(start, clock.instant(), codes, listed.size(), lastAccepted,
        lastReport);
  }

  /** The position in {@link ImportModel#CODES} of a code as the partner's view shows it. */
  private static int position(String shown) {
    for (int i = 0; i < ImportModel.CODES.size(); i++) {
      if (ImportModel.CODES.get(i).printed().equals(shown)) {
        return i;
      }
    }
    throw new AssertionError("the partner sees a code no batch imported: " + shown);
  }
}
