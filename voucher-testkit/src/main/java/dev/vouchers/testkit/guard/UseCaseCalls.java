// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * The generators of {@link UseCaseGuard}: one per use case (port.in interface) the
 * {@link VoucherProgramme} exposes, each drawing every field of its command. A new use case
 * without a generator here fails the guard ({@link #missing()}).
 */
public final class UseCaseCalls {
  /** The core's root package: each business context keeps its use cases in its port.in. */
  private static final String CORE = "dev.vouchers.core";

  /** Whether a package is the port.in room of one of the core's contexts. */
  private static boolean isPortIn(String packageName) {
    return packageName.startsWith(CORE + ".") && packageName.endsWith(".port.in");
  }

  /** Draws the fields of one use case's call. */
  @FunctionalInterface
  private interface Spec {
    Call draw(Fields f);
  }

  private record Entry(int fields, Spec spec) {}

  private static final Map<Class<?>, Entry> SPECS = new LinkedHashMap<>();

  private UseCaseCalls() {}

  private static void register(Class<?> useCase, int fields, Spec spec) {
    SPECS.put(useCase, new Entry(fields, spec));
  }

  /** Every use case with a generator, in a stable order. */
  public static List<Class<?>> covered() {
    return List.copyOf(SPECS.keySet());
  }

  /**
   * The use cases the programme exposes (public methods of {@link VoucherProgramme} that
   * return a port.in interface) and the use-case interfaces of the port.in package (an
   * interface with a nested {@code Command}), by simple name.
   */
  public static Set<String> useCases() {
    Set<String> names = new TreeSet<>();
    for (Method method : VoucherProgramme.class.getMethods()) {
      Class<?> type = method.getReturnType();
      if (method.getParameterCount() == 0 && type.isInterface()
          && isPortIn(type.getPackageName())) {
        names.add(type.getSimpleName());
      }
    }
    for (Class<?> type : portInInterfaces()) {
      if (Stream.of(type.getDeclaredClasses())
          .anyMatch(c -> c.getSimpleName().equals("Command"))) {
        names.add(type.getSimpleName());
      }
    }
    return names;
  }

  /** The use cases without a generator: must be empty. */
  public static Set<String> missing() {
    Set<String> missing = new TreeSet<>(useCases());
    SPECS.keySet().forEach(c -> missing.remove(c.getSimpleName()));
    return missing;
  }

  /** The generator of calls of {@code useCase} against the world. */
  static Gen<Call> calls(Class<?> useCase, GuardWorld world) {
    Entry entry = SPECS.get(useCase);
    if (entry == null) {
      throw new IllegalArgumentException("no generator for " + useCase.getSimpleName());
    }
    return in -> entry.spec().draw(new Fields(in, world, entry.fields()));
  }

  private static List<Class<?>> portInInterfaces() {
    String path = CORE.replace('.', '/');
    List<Class<?>> found = new ArrayList<>();
    try {
      Enumeration<URL> roots = VoucherProgramme.class.getClassLoader().getResources(path);
      for (URL root : Collections.list(roots)) {
        List<String> classes = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
          Path base = Path.of(root.toURI());
          try (Stream<Path> files = Files.walk(base)) {
            files.map(p -> path + "/" + base.relativize(p).toString().replace('\\', '/'))
                .forEach(classes::add);
          }
        } else if ("jar".equals(root.getProtocol())) {
          try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
              if (entry.getName().startsWith(path + "/")) {
                classes.add(entry.getName());
              }
            }
          }
        }
        for (String file : classes) {
          int slash = file.lastIndexOf('/');
          String name = file.substring(slash + 1);
          String packageName = file.substring(0, Math.max(slash, 0)).replace('/', '.');
          if (isPortIn(packageName) && name.endsWith(".class") && !name.contains("$")
              && !name.startsWith("package-info")) {
            Class<?> type = Class.forName(packageName + "." + name.substring(0, name.length() - 6));
            if (type.isInterface() && Modifier.isPublic(type.getModifiers())) {
              found.add(type);
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot list the use cases of the port.in packages", e);
    }
    return found;
  }

  // ------------------------------------------------------------------ helpers

  private static List<String> values(List<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  private static List<String> partners() {
    return List.of(GuardWorld.A.value(), GuardWorld.B.value(), GuardWorld.BARE.value());
  }

  private static List<String> vouchers(GuardWorld w) {
    return values(w.vouchers);
  }

  /** A voucher reference: by id ({@code id:...}) or by code as typed. */
  private static String ref(Fields f) {
    return f.other("voucher", () -> f.chance(50) ? "id:" + f.pick(vouchers(f.world))
        : f.pick(f.world.codes).toLowerCase(Locale.ROOT).replace('-', ' '),
        in -> f.chance(50) ? "id:" + HostileInputs.idStrings().generate(in)
            : HostileInputs.strings().generate(in));
  }

  private static VoucherRef toRef(String typed, String caller) {
    return typed.startsWith("id:") ? VoucherRef.id(new VoucherId(typed.substring(3)))
        : VoucherRef.code(typed, CallerKey.of(caller));
  }

  /**
   * G-1: the caller key a typed code comes with: one of a few addresses (so that a key reaches
   * its limit now and then) or any hostile string.
   */
  private static String caller(Fields f) {
    return f.other("caller", () -> f.pick(GuardWorld.CALLERS), HostileInputs.strings()::generate);
  }

  private static PageRequest page(int size, Optional<String> cursor) {
    return new PageRequest(size, cursor);
  }

  private static OrderRequest request(Fields f) {
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

  private static final int REQUEST_FIELDS = 8;

  private static URI link(String value) {
    return URI.create(value);
  }

  // ------------------------------------------------------------------ vouchers and orders

  static {
    register(OrderVouchers.class, 2 + REQUEST_FIELDS, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      OrderRequest request = request(f);
      return f.call("OrderVouchers", () -> new OrderVouchers.Command(p, new PartnerId(partner),
          request), c -> f.world.programme.orderVouchers().order(c));
    });
    register(QuoteOrder.class, 2 + REQUEST_FIELDS, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      OrderRequest request = request(f);
      return f.call("QuoteOrder", () -> new QuoteOrder.Command(p, new PartnerId(partner),
          request), c -> f.world.programme.quoteOrder().quote(c));
    });
    register(ShowPriceList.class, 2, f -> {
      var p = f.principal(f.world.salesA);
      String partner = f.id("partner", partners());
      return f.call("ShowPriceList", () -> new ShowPriceList.Command(p, new PartnerId(partner)),
          c -> f.world.programme.showPriceList().show(c));
    });
    register(GetPartner.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      return f.call("GetPartner", () -> new GetPartner.Command(p, new PartnerId(partner)),
          c -> f.world.programme.getPartner().get(c));
    });
    register(GetOrder.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      return f.call("GetOrder", () -> new GetOrder.Command(p, new OrderId(order)),
          c -> f.world.programme.getOrder().get(c));
    });
    register(ListOrders.class, 6, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      Set<OrderStatus> statuses = f.subset("statuses", OrderStatus.class);
      Optional<String> product = f.other("product", () -> f.chance(50) ? Optional.<String>empty()
          : Optional.of(GuardWorld.SSL.value()), in -> Optional.of(
              HostileInputs.idStrings().generate(in)));
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListOrders", () -> new ListOrders.Command(p, new OrderFilter(
          new PartnerId(partner), statuses, product.map(ProductId::new)), page(size, cursor)),
          c -> f.world.programme.listOrders().list(c));
    });
    register(ListVouchers.class, 7, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      Set<VoucherStatus> statuses = f.subset("statuses", VoucherStatus.class);
      Optional<String> product = f.optionalText("product", GuardWorld.SSL.value());
      Optional<String> order = f.other("order", () -> f.chance(50) ? Optional.<String>empty()
          : Optional.of(f.pick(values(f.world.orders))), in -> Optional.of(
              HostileInputs.idStrings().generate(in)));
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListVouchers", () -> new ListVouchers.Command(p, new PartnerId(partner),
          statuses, product.map(ProductId::new), order.map(OrderId::new), page(size, cursor)),
          c -> f.world.programme.listVouchers().list(c));
    });
    register(GetVoucher.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      return f.call("GetVoucher", () -> new GetVoucher.Command(p, new VoucherId(voucher)),
          c -> f.world.programme.getVoucher().get(c));
    });
    register(ExportOrderCodes.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      return f.call("ExportOrderCodes", () -> new ExportOrderCodes.Command(p, new OrderId(order),
          new StringWriter()), c -> f.world.programme.exportOrderCodes().export(c));
    });
    register(UsageReport.class, 4, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner", partners());
      java.time.Instant from = f.instant("from");
      java.time.Instant to = f.instant("to");
      UsageBucket bucket = f.chance(50) ? UsageBucket.DAY : UsageBucket.MONTH;
      return f.call("UsageReport", () -> new UsageReport.Command(p,
          Optional.of(new PartnerId(partner)), from, to, bucket),
          c -> f.world.programme.usageReport().csv(c, new StringWriter()));
    });
    register(ImportCodes.class, 7, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner", partners());
      String format = f.text("format", "legacy");
      String code = f.text("code", "AB12CD34");
      String product = f.text("product", "ssl-dv");
      String status = f.text("status", "VALID");
      String expires = f.text("expires", "2027-06-30");
      String recipient = f.text("recipient", "");
      return f.call("ImportCodes", () -> new ImportCodes.Command(p, new PartnerId(partner),
          format, List.of(new ImportRow(2, code, product, "1", "1", "0", status, expires,
              recipient, "note"))::forEach),
          c -> f.world.programme.importCodes().importCodes(c));
    });
    register(FindOrderByNumber.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String number = f.text("number", "123 456 789");
      return f.call("FindOrderByNumber", () -> new FindOrderByNumber.Command(p, number),
          c -> f.world.programme.findOrderByNumber().find(c));
    });
    register(SearchVouchers.class, 5, f -> {
      var p = f.principal(f.world.support);
      Optional<String> partner = f.other("partner", () -> f.chance(50)
          ? Optional.<String>empty() : Optional.of(f.pick(partners())),
          in -> Optional.of(HostileInputs.idStrings().generate(in)));
      SearchVouchers.By by = f.choice("by", SearchVouchers.By.class);
      String text = f.text("text", "kunde@example.ch");
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("SearchVouchers", () -> new SearchVouchers.Command(p,
          partner.map(PartnerId::new), by, text, page(size, cursor)),
          c -> f.world.programme.searchVouchers().search(c));
    });
    register(ExtendExpiry.class, 4, f -> {
      var p = f.principal(f.world.support);
      boolean whole = f.chance(50);
      String target = whole ? f.id("order", values(f.world.orders))
          : f.id("voucher", vouchers(f.world));
      java.time.Instant until = f.instant("until");
      String why = f.text("why", "goodwill");
      return f.call("ExtendExpiry", () -> whole
              ? ExtendExpiry.Command.order(p, new OrderId(target), until, why)
              : ExtendExpiry.Command.voucher(p, new VoucherId(target), until, why),
          c -> f.world.programme.extendExpiry().extend(c));
    });
    register(ErasePersonalData.class, 4, f -> {
      var p = f.principal(f.world.support);
      Optional<String> address = f.optionalText("address", "someone@example.org");
      Optional<String> partner = f.optionalText("partner", GuardWorld.A.value());
      Optional<String> customer = f.optionalText("customer", "Customer");
      return f.call("ErasePersonalData",
          () -> new ErasePersonalData.Command(p, address, partner, customer),
          c -> f.world.programme.erasePersonalData().erase(c));
    });
    register(PrintVoucher.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      return f.call("PrintVoucher", () -> new PrintVoucher.Command(p, new VoucherId(voucher)),
          c -> f.world.programme.printVoucher().print(c));
    });
    register(CheckCancellation.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      return f.call("CheckCancellation", () -> new CheckCancellation.Command(p,
          new OrderId(order)), c -> f.world.programme.checkCancellation().check(c));
    });
    register(CancelOrder.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String order = f.id("order", values(f.world.orders));
      String why = f.text("why", "customer changed their mind");
      return f.call("CancelOrder", () -> new CancelOrder.Command(p, new OrderId(order), why),
          c -> f.world.programme.cancelOrder().cancel(c));
    });
    register(SendActivationLink.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      String recipient = f.email("recipient", "someone@example.com");
      String message = f.text("message", "Enjoy your certificate");
      return f.call("SendActivationLink", () -> new SendActivationLink.Command(p,
          new VoucherId(voucher), recipient, message),
          c -> f.world.programme.sendActivationLink().send(c));
    });
    register(WithdrawActivationLink.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      String why = f.text("why", "wrong address");
      return f.call("WithdrawActivationLink", () -> new WithdrawActivationLink.Command(p,
          new VoucherId(voucher), why), c -> f.world.programme.withdrawActivationLink()
              .withdraw(c));
    });
    register(LookUpCode.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String code = f.other("code", () -> f.pick(f.world.codes), HostileInputs.strings()::generate);
      String caller = caller(f);
      return f.call("LookUpCode", () -> new LookUpCode.Command(p, code, CallerKey.of(caller)),
          c -> f.world.programme.lookUpCode().lookUp(c));
    });
    register(FollowActivationLink.class, 2, f -> {
      var p = f.principal(f.world.holder);
      // G-2: the live link's token, a well-formed token of no link (upper case too), or hostile
      String token = f.other("token", () -> f.chance(60) && !f.world.links.isEmpty()
          ? f.pick(f.world.links) : f.pick(List.of("0123456789abcdefghjkmnpqrs",
              "ZZZZZZZZZZZZZZZZZZZZZZZZZZ", " 0123456789abcdefghjkmnpqrs ")),
          HostileInputs.strings()::generate);
      String caller = caller(f);
      return f.call("FollowActivationLink", () -> new FollowActivationLink.Command(p, token,
          CallerKey.of(caller)), c -> f.world.programme.followActivationLink().follow(c));
    });
    register(StartOrganisationActivation.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      return f.call("StartOrganisationActivation", () -> new StartOrganisationActivation.Command(
          p, toRef(voucher, caller)), c -> f.world.programme.startOrganisationActivation().start(c));
    });
    register(IssueDomainChallenge.class, 3, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      String domain = f.text("domain", "shop.example.com");
      return f.call("IssueDomainChallenge", () -> new IssueDomainChallenge.Command(p,
          toRef(voucher, caller), domain), c -> f.world.programme.issueDomainChallenge().issue(c));
    });
    register(VerifyDomainControl.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      return f.call("VerifyDomainControl", () -> new VerifyDomainControl.Command(p,
          toRef(voucher, caller)), c -> f.world.programme.verifyDomainControl().verify(c));
    });
    register(SubmitCertificateRequest.class, 4, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      String reference = f.text("reference", "CSR-1");
      Optional<String> organisation = f.other("organisation", () -> f.chance(50)
          ? Optional.<String>empty() : Optional.of(GuardWorld.ORGANISATION.value()),
          in -> Optional.of(HostileInputs.idStrings().generate(in)));
      return f.call("SubmitCertificateRequest", () -> new SubmitCertificateRequest.Command(p,
          toRef(voucher, caller), reference, organisation.map(OrganisationId::new)),
          c -> f.world.programme.submitCertificateRequest().submit(c));
    });
    register(MarkRedeemed.class, 2, f -> {
      var p = f.principal(f.world.holder);
      String voucher = ref(f);
      String caller = caller(f);
      return f.call("MarkRedeemed", () -> new MarkRedeemed.Command(p, toRef(voucher, caller)),
          c -> f.world.programme.markRedeemed().redeem(c));
    });
    register(ReportCertificateRevoked.class, 2, f -> {
      var p = f.principal(f.world.service);
      String voucher = f.id("voucher", vouchers(f.world));
      return f.call("ReportCertificateRevoked", () -> new ReportCertificateRevoked.Command(p,
          new VoucherId(voucher)), c -> f.world.programme.reportCertificateRevoked().report(c));
    });
    // ---------------------------------------------------------------- durable events (M-5)
    register(ListParkedEvents.class, 3, f -> {
      var p = f.principal(f.world.support);
      long after = f.longValue("after", 0, 1_000);
      int limit = f.integer("limit", 1, ListParkedEvents.MAX_LIMIT);
      return f.call("ListParkedEvents", () -> new ListParkedEvents.Command(p,
          f.chance(50) ? Optional.empty() : Optional.of(after), limit),
          c -> f.world.parkedEvents.list(c));
    });
    register(RetryParkedEvent.class, 2, f -> {
      var p = f.principal(f.world.manager);
      String id = f.id("event", f.world.eventIds);
      return f.call("RetryParkedEvent", () -> new RetryParkedEvent.Command(p, id),
          c -> f.world.parkedEvents.retry(c));
    });
    register(ExpireDueVouchers.class, 2, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 1, 100);
      return f.call("ExpireDueVouchers", () -> new ExpireDueVouchers.Command(p, limit),
          c -> f.world.programme.expireDueVouchers().expire(c));
    });
    register(RekeyCodes.class, 1, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 0, 100);
      return f.call("RekeyCodes", () -> new RekeyCodes.Command(p, limit),
          c -> f.world.programme.rekeyCodes().rekey(c));
    });
    register(CommentOnVoucher.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String voucher = f.id("voucher", vouchers(f.world));
      String text = f.text("text", "called the customer");
      return f.call("CommentOnVoucher", () -> new CommentOnVoucher.Command(p,
          new VoucherId(voucher), text), c -> f.world.programme.commentOnVoucher().comment(c));
    });
    register(SetPartnerTier.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner", partners());
      String tier = f.other("tier", () -> f.pick(List.of("ENTRY", "SILVER", "GOLD", "PLATINUM",
          "DIAMOND")), HostileInputs.strings()::generate);
      return f.call("SetPartnerTier", () -> new SetPartnerTier.Command(p, new PartnerId(partner),
          Tier.of(tier)), c -> f.world.programme.setPartnerTier().set(c));
    });
    register(RegisterMandate.class, 4, f -> {
      var p = f.principal(f.world.manager);
      String organisation = f.id("organisation", List.of("org-1", "org-2"));
      String document = f.text("documentReference", "POA-2");
      Optional<java.time.Instant> until = f.chance(50) ? Optional.empty()
          : Optional.of(f.instant("validUntil"));
      return f.call("RegisterMandate", () -> new RegisterMandate.Command(p,
          new OrganisationId(organisation), document, until),
          c -> f.world.programme.registerMandate().register(c));
    });
    register(RegisterPartner.class, 4, f -> {
      var p = f.principal(f.world.manager);
      String partner = f.id("partner.id", List.of("guard-new-1", "guard-new-2",
          GuardWorld.B.value()));
      String name = f.text("partner.name", "New Partner");
      String tier = f.other("partner.tier", () -> "GOLD", HostileInputs.strings()::generate);
      return f.call("RegisterPartner", () -> new RegisterPartner.Command(p, new Partner(
          new PartnerId(partner), name, Tier.of(tier), Set.of(Feature.VOUCHERS), Locale.ENGLISH)),
          c -> f.world.programme.registerPartner().register(c));
    });
    register(DefineProduct.class, 7, f -> {
      var p = f.principal(f.world.manager);
      String id = f.id("product.id", List.of("new-product", GuardWorld.SSL.value()));
      String name = f.text("product.name", "New Product");
      int years = f.integer("product.validityYears", 1, 3);
      int minFqdns = f.integer("product.minFqdns", 0, 1);
      int maxFqdns = f.integer("product.maxFqdns", 1, 5);
      int wildcards = f.integer("product.maxWildcards", 0, 2);
      return f.call("DefineProduct", () -> new DefineProduct.Command(p, Product.builder()
          .id(new ProductId(id)).name(name).kind(ProductKind.SSL_OV).addValidityYears(years)
          .minFqdns(minFqdns).maxFqdns(maxFqdns).maxWildcards(wildcards).build()),
          c -> f.world.programme.defineProduct().define(c));
    });
    register(PublishPriceBook.class, 6, f -> {
      var p = f.principal(f.world.manager);
      String currency = f.other("currency", () -> "CHF", HostileInputs.strings()::generate);
      long list = f.longValue("listPrice.minorUnits", 0, 100_000);
      long tierPrice = f.longValue("tierPrice.minorUnits", 0, 100_000);
      BigDecimal discount = f.decimal("tierDiscount", new BigDecimal("15"));
      int years = f.integer("configuration.validityYears", 1, 2);
      return f.call("PublishPriceBook", () -> new PublishPriceBook.Command(p,
          PriceBook.builder(currency)
              .listPrice(ProductConfiguration.of(GuardWorld.SSL, years, 1, 0),
                  Money.ofMinor(currency, list))
              .listPrice(ProductConfiguration.of(GuardWorld.ORG, 1, 0, 0),
                  Money.ofMinor(currency, list))
              .tierPrice(Tier.GOLD, ProductConfiguration.of(GuardWorld.SSL, years, 1, 0),
                  Money.ofMinor(currency, tierPrice))
              .tierDiscount(Tier.SILVER, discount).build()),
          c -> f.world.programme.publishPriceBook().publish(c));
    });
  }

  // ------------------------------------------------------------------ I-1..I-3

  static {
    register(InviteSubAccount.class, 5, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      String recipient = f.email("recipient", "new-invitee@example.com");
      SubAccountType type = f.choice("type", SubAccountType.class);
      String message = f.text("message", "Welcome aboard");
      return f.call("InviteSubAccount", () -> new InviteSubAccount.Command(p,
          new PartnerId(partner), recipient, type, message),
          c -> f.world.programme.inviteSubAccount().invite(c));
    });
    register(ResendInvitation.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String invitation = f.id("invitation", values(f.world.invitations));
      return f.call("ResendInvitation", () -> new ResendInvitation.Command(p,
          new InvitationId(invitation)), c -> f.world.programme.resendInvitation().resend(c));
    });
    register(CancelInvitation.class, 3, f -> {
      var p = f.principal(f.world.adminA);
      String invitation = f.id("invitation", values(f.world.invitations));
      String why = f.text("why", "sent to the wrong person");
      return f.call("CancelInvitation", () -> new CancelInvitation.Command(p,
          new InvitationId(invitation), why), c -> f.world.programme.cancelInvitation().cancel(c));
    });
    register(ListInvitations.class, 5, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      Set<InvitationStatus> statuses = f.subset("statuses", InvitationStatus.class);
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListInvitations", () -> new ListInvitations.Command(p,
          new PartnerId(partner), statuses, page(size, cursor)),
          c -> f.world.programme.listInvitations().list(c));
    });
    register(GetInvitation.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String invitation = f.id("invitation", values(f.world.invitations));
      return f.call("GetInvitation", () -> new GetInvitation.Command(p,
          new InvitationId(invitation)), c -> f.world.programme.getInvitation().get(c));
    });
    register(AcceptInvitation.class, 7, f -> {
      var p = f.principal(f.world.holder);
      String token = f.other("token", () -> f.world.tokens.isEmpty() ? "none"
          : f.pick(f.world.tokens), HostileInputs.strings()::generate);
      Applicant a = GuardWorld.APPLICANT;
      String name = f.text("applicant.contactName", a.contactName());
      String email = f.email("applicant.contactEmail", a.contactEmail());
      String organisation = f.text("applicant.organisationName", a.organisationName());
      String address = f.text("applicant.organisationAddress", a.organisationAddress());
      String country = f.text("applicant.country", a.country());
      return f.call("AcceptInvitation", () -> new AcceptInvitation.Command(p, token,
          new Applicant(name, email, organisation, address, country)),
          c -> f.world.programme.acceptInvitation().accept(c));
    });
    register(ExpireDueInvitations.class, 2, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 1, 100);
      return f.call("ExpireDueInvitations", () -> new ExpireDueInvitations.Command(p, limit),
          c -> f.world.programme.expireDueInvitations().expire(c));
    });
    register(GetSubAccount.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      return f.call("GetSubAccount", () -> new GetSubAccount.Command(p,
          new SubAccountId(subAccount)), c -> f.world.programme.getSubAccount().get(c));
    });
    register(ListSubAccounts.class, 4, f -> {
      var p = f.principal(f.world.adminA);
      String partner = f.id("partner", partners());
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListSubAccounts", () -> new ListSubAccounts.Command(p,
          new PartnerId(partner), page(size, cursor)),
          c -> f.world.programme.listSubAccounts().list(c));
    });
    register(ChangeSubAccountBilling.class, 4, f -> {
      var p = f.principal(f.world.adminA);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      Billing billing = f.choice("billing", Billing.class);
      BigDecimal discount = f.decimal("pricing.percent", new BigDecimal("7.5"));
      return f.call("ChangeSubAccountBilling", () -> new ChangeSubAccountBilling.Command(p,
          new SubAccountId(subAccount), billing, discount.signum() == 0 ? Pricing.partnerTier()
              : Pricing.discount(discount)),
          c -> f.world.programme.changeSubAccountBilling().change(c));
    });
    register(ChangeSubAccountType.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      SubAccountType type = f.choice("type", SubAccountType.class);
      return f.call("ChangeSubAccountType", () -> new ChangeSubAccountType.Command(p,
          new SubAccountId(subAccount), type),
          c -> f.world.programme.changeSubAccountType().change(c));
    });
    register(AttachContract.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      String contract = f.text("contract", "C-2026-1");
      return f.call("AttachContract", () -> new AttachContract.Command(p,
          new SubAccountId(subAccount), contract),
          c -> f.world.programme.attachContract().attach(c));
    });
    register(DetachContract.class, 2, f -> {
      var p = f.principal(f.world.manager);
      String subAccount = f.id("subAccount", values(f.world.subAccounts));
      return f.call("DetachContract", () -> new DetachContract.Command(p,
          new SubAccountId(subAccount)), c -> f.world.programme.detachContract().detach(c));
    });
  }

  // ------------------------------------------------------------------

  static {
    register(ApplyAsReseller.class, 2, f -> {
      var p = f.principal(f.world.adminB);
      String partner = f.id("partner", partners());
      return f.call("ApplyAsReseller", () -> new ApplyAsReseller.Command(p,
          new PartnerId(partner)), c -> f.world.programme.applyAsReseller().apply(c));
    });
    register(SendResellerContract.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      String document = f.text("documentReference", "contract-b.pdf");
      return f.call("SendResellerContract", () -> new SendResellerContract.Command(p,
          new ResellerApplicationId(application), document),
          c -> f.world.programme.sendResellerContract().send(c));
    });
    register(RecordResellerContractSigned.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      String document = f.text("documentReference", "signed-b.pdf");
      return f.call("RecordResellerContractSigned", () -> new RecordResellerContractSigned
          .Command(p, new ResellerApplicationId(application), document),
          c -> f.world.programme.recordResellerContractSigned().record(c));
    });
    register(ApproveResellerApplication.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      BigDecimal discount = f.decimal("discountPercent", new BigDecimal("5"));
      return f.call("ApproveResellerApplication", () -> new ApproveResellerApplication.Command(
          p, new ResellerApplicationId(application), Optional.of(discount)),
          c -> f.world.programme.approveResellerApplication().approve(c));
    });
    register(RejectResellerApplication.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String application = f.id("application", values(f.world.applications));
      String why = f.text("why", "not a fit");
      return f.call("RejectResellerApplication", () -> new RejectResellerApplication.Command(p,
          new ResellerApplicationId(application), why),
          c -> f.world.programme.rejectResellerApplication().reject(c));
    });
    register(GetResellerApplication.class, 2, f -> {
      var p = f.principal(f.world.adminA);
      String application = f.id("application", values(f.world.applications));
      return f.call("GetResellerApplication", () -> new GetResellerApplication.Command(p,
          new ResellerApplicationId(application)),
          c -> f.world.programme.getResellerApplication().get(c));
    });
    register(ListResellerApplications.class, 4, f -> {
      var p = f.principal(f.world.manager);
      Set<ResellerApplicationStatus> statuses =
          f.subset("statuses", ResellerApplicationStatus.class);
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListResellerApplications", () -> new ListResellerApplications.Command(p,
          statuses, page(size, cursor)),
          c -> f.world.programme.listResellerApplications().list(c));
    });
    register(SetResellerDiscount.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String reseller = f.id("reseller", partners());
      BigDecimal percent = f.decimal("percent", new BigDecimal("15.25"));
      return f.call("SetResellerDiscount", () -> new SetResellerDiscount.Command(p,
          new PartnerId(reseller), percent),
          c -> f.world.programme.setResellerDiscount().set(c));
    });
    register(LinkCustomer.class, 3, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2", "cust-3"));
      String reseller = f.id("reseller", partners());
      return f.call("LinkCustomer", () -> new LinkCustomer.Command(p, new CustomerId(customer),
          new PartnerId(reseller)), c -> f.world.programme.linkCustomer().link(c));
    });
    register(UnlinkCustomer.class, 3, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      String why = f.text("why", "customer moved");
      return f.call("UnlinkCustomer", () -> new UnlinkCustomer.Command(p,
          new CustomerId(customer), why), c -> f.world.programme.unlinkCustomer().unlink(c));
    });
    register(GetCustomerLinks.class, 2, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      return f.call("GetCustomerLinks", () -> new GetCustomerLinks.Command(p,
          new CustomerId(customer)), c -> f.world.programme.getCustomerLinks().get(c));
    });
    register(ListResellerCustomers.class, 4, f -> {
      var p = f.principal(f.world.adminA);
      String reseller = f.id("reseller", partners());
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListResellerCustomers", () -> new ListResellerCustomers.Command(p,
          new PartnerId(reseller), page(size, cursor)),
          c -> f.world.programme.listResellerCustomers().list(c));
    });
    register(DiscountFor.class, 3, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      java.time.Instant at = f.instant("at");
      return f.call("DiscountFor", () -> new DiscountFor.Command(p, new CustomerId(customer),
          at), c -> f.world.programme.discountFor().discountFor(c));
    });
    register(PriceCustomerPurchase.class, 4, f -> {
      var p = f.principal(f.world.support);
      String customer = f.id("customer", List.of(GuardWorld.CUSTOMER, "cust-2"));
      String currency = f.other("listPrice.currency", () -> "CHF",
          HostileInputs.strings()::generate);
      long minor = f.longValue("listPrice.minorUnits", 0, 1_000_000);
      return f.call("PriceCustomerPurchase", () -> new PriceCustomerPurchase.Command(p,
          new CustomerId(customer), Money.ofMinor(currency, minor)),
          c -> f.world.programme.priceCustomerPurchase().price(c));
    });
  }

  // ------------------------------------------------------------------ U-1..U-5

  private static List<String> subscriptions(GuardWorld w) {
    return values(w.subscriptions);
  }

  static {
    register(DefineOffer.class, 7, f -> {
      var p = f.principal(f.world.manager);
      String id = f.id("offer.id", List.of("office-2", GuardWorld.OFFER));
      String name = f.text("offer.name", "Office Plus");
      String publisher = f.text("offer.publisher", "Publisher");
      Duration monthly = f.duration("offer.monthlyCancellationWindow", Duration.ofHours(72));
      Duration annual = f.duration("offer.annualCancellationWindow", Duration.ofDays(7));
      int max = f.integer("offer.maxQuantity", 1, 1_000);
      return f.call("DefineOffer", () -> new DefineOffer.Command(p, Offer.builder()
          .id(new OfferId(id)).name(name).publisher(publisher)
          .addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
          .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)
          .monthlyCancellationWindow(monthly).annualCancellationWindow(annual)
          .maxQuantity(max).build()), c -> f.world.programme.defineOffer().define(c));
    });
    register(ListOffers.class, 1, f -> {
      var p = f.principal(f.world.salesA);
      return f.call("ListOffers", () -> new ListOffers.Command(p),
          c -> f.world.programme.listOffers().list(c));
    });
    register(BuySubscription.class, 9, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      String customer = f.text("request.customer", GuardWorld.CUSTOMER);
      String offer = f.text("request.offer", GuardWorld.OFFER);
      int quantity = f.integer("request.quantity", 1, 10);
      SubscriptionTerm term = f.choice("request.term", SubscriptionTerm.class);
      BillingFrequency billing = f.choice("request.billingFrequency", BillingFrequency.class);
      Optional<String> nickname = f.optionalText("request.nickname", "Team");
      Optional<String> reseller = f.other("request.indirectReseller", () -> f.chance(70)
          ? Optional.<String>empty() : Optional.of(GuardWorld.B.value()),
          in -> Optional.of(HostileInputs.strings().generate(in)));
      return f.call("BuySubscription", () -> new BuySubscription.Command(p,
          new PartnerId(partner), new SubscriptionRequest(customer, offer, quantity, term,
              billing, true, nickname, reseller)),
          c -> f.world.programme.buySubscription().buy(c));
    });
    register(ActivateSubscription.class, 6, f -> {
      var p = f.principal(f.world.service);
      String subscription = f.id("subscription", subscriptions(f.world));
      URI link = f.uri("publisherLink", link("https://publisher.example/p/2"));
      String code = f.text("authorisationCode", "AUTH-2");
      boolean licences = f.bool("licencesAssigned");
      boolean account = f.bool("accountSetUp");
      return f.call("ActivateSubscription", () -> new ActivateSubscription.Command(p,
          new SubscriptionId(subscription), link, code, licences, account),
          c -> f.world.programme.activateSubscription().activate(c));
    });
    register(ChangeSubscriptionQuantity.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      int quantity = f.integer("quantity", 1, 12);
      String why = f.text("why", "team grew");
      return f.call("ChangeSubscriptionQuantity", () -> new ChangeSubscriptionQuantity.Command(
          p, new SubscriptionId(subscription), quantity, why),
          c -> f.world.programme.changeSubscriptionQuantity().change(c));
    });
    register(CancelSubscription.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      String why = f.text("why", "no longer needed");
      return f.call("CancelSubscription", () -> new CancelSubscription.Command(p,
          new SubscriptionId(subscription), why),
          c -> f.world.programme.cancelSubscription().cancel(c));
    });
    register(SwitchAutoRenew.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      boolean on = f.bool("on");
      String why = f.text("why", "customer asked");
      return f.call("SwitchAutoRenew", () -> new SwitchAutoRenew.Command(p,
          new SubscriptionId(subscription), on, why),
          c -> f.world.programme.switchAutoRenew().switchAutoRenew(c));
    });
    register(ChangeBillingFrequency.class, 4, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      BillingFrequency billing = f.choice("billingFrequency", BillingFrequency.class);
      String why = f.text("why", "customer asked");
      return f.call("ChangeBillingFrequency", () -> new ChangeBillingFrequency.Command(p,
          new SubscriptionId(subscription), billing, why),
          c -> f.world.programme.changeBillingFrequency().change(c));
    });
    register(RenameSubscription.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      Optional<String> nickname = f.optionalText("nickname", "Sales team");
      return f.call("RenameSubscription", () -> new RenameSubscription.Command(p,
          new SubscriptionId(subscription), nickname),
          c -> f.world.programme.renameSubscription().rename(c));
    });
    register(ChangeIndirectReseller.class, 3, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      Optional<String> reseller = f.optionalText("indirectReseller", GuardWorld.B.value());
      return f.call("ChangeIndirectReseller", () -> new ChangeIndirectReseller.Command(p,
          new SubscriptionId(subscription), reseller),
          c -> f.world.programme.changeIndirectReseller().change(c));
    });
    register(SuspendSubscription.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subscription = f.id("subscription", subscriptions(f.world));
      String why = f.text("why", "payment overdue");
      return f.call("SuspendSubscription", () -> new SuspendSubscription.Command(p,
          new SubscriptionId(subscription), why),
          c -> f.world.programme.suspendSubscription().suspend(c));
    });
    register(ReactivateSubscription.class, 3, f -> {
      var p = f.principal(f.world.manager);
      String subscription = f.id("subscription", subscriptions(f.world));
      String why = f.text("why", "paid");
      return f.call("ReactivateSubscription", () -> new ReactivateSubscription.Command(p,
          new SubscriptionId(subscription), why),
          c -> f.world.programme.reactivateSubscription().reactivate(c));
    });
    register(GetSubscription.class, 2, f -> {
      var p = f.principal(f.world.agentA);
      String subscription = f.id("subscription", subscriptions(f.world));
      return f.call("GetSubscription", () -> new GetSubscription.Command(p,
          new SubscriptionId(subscription)), c -> f.world.programme.getSubscription().get(c));
    });
    register(ListSubscriptions.class, 6, f -> {
      var p = f.principal(f.world.agentA);
      String partner = f.id("partner", partners());
      Optional<String> customer = f.optionalText("customer", GuardWorld.CUSTOMER);
      Set<SubscriptionStatus> statuses = f.subset("statuses", SubscriptionStatus.class);
      int size = f.integer("page.size", 1, 5);
      Optional<String> cursor = f.cursor("page.after");
      return f.call("ListSubscriptions", () -> new ListSubscriptions.Command(p,
          new PartnerId(partner), customer.map(CustomerId::new), statuses, page(size, cursor)),
          c -> f.world.programme.listSubscriptions().list(c));
    });
    register(RenewOrExpireSubscriptions.class, 2, f -> {
      var p = f.principal(f.world.service);
      int limit = f.integer("limit", 1, 100);
      return f.call("RenewOrExpireSubscriptions", () -> new RenewOrExpireSubscriptions.Command(
          p, limit), c -> f.world.programme.renewOrExpireSubscriptions().renewOrExpire(c));
    });
  }
}
