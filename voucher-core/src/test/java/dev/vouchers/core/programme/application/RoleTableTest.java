// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PRICES;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.messaging.application.ParkedEvents;
import dev.vouchers.core.messaging.port.in.ListParkedEvents;
import dev.vouchers.core.messaging.port.in.RetryParkedEvent;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
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
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
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
import dev.vouchers.core.subscription.domain.SubscriptionId;
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
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
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
import io.vavr.control.Either;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * walks the roles table of {@code docs/roles.md} and calls every use case with every
 * role, and with another partner's principal. The table is the documentation and the
 * specification at once: a use case missing from it, or a cell the library does not honour,
 * fails here.
 *
 * <p>Each call runs in a fresh programme where everything it needs exists and belongs to the
 * partner Acme, so that an allowed caller succeeds. "yes" means the call succeeded; "no" means
 * it was refused as not permitted or not found; "as missing" means the refusal is exactly the
 * one the same call gets for an id (or code, or token) that does not exist.
 */
class RoleTableTest {
  static final Path TABLE = Path.of("..", "docs", "roles.md");

  /** The principals of the table's columns, in column order. */
  static final Map<String, Actor> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("ADMIN", ALICE);
    COLUMNS.put("ADMIN_AGENT", new Actor.PartnerUser(new UserId("ada"), ACME,
        PartnerRole.ADMIN_AGENT));
    COLUMNS.put("SALES_AGENT", ProgrammeFixture.AGENT);
    COLUMNS.put("other partner", ProgrammeFixture.BOB);
    COLUMNS.put("PARTNER_MANAGER", ProgrammeFixture.PM);
    COLUMNS.put("SUPPORT", ProgrammeFixture.SUPPORT);
    COLUMNS.put("service", ProgrammeFixture.PLATFORM);
    COLUMNS.put("code holder", ProgrammeFixture.CUSTOMER);
  }

  /** How a use case is called: with whom, and whether its target exists. */
  @FunctionalInterface
  interface Call {
    Either<Refusal, ?> run(Actor who, boolean missing);
  }

  /** Sets up a fresh programme and returns the call of one use case in it. */
  @FunctionalInterface
  interface Scenario {
    Call in(Worlds w);
  }

  /** The same, for the voucher and sub-account use cases. */
  @FunctionalInterface
  interface VoucherScenario {
    Call in(ProgrammeFixture f, InvitationFixture i);
  }

  /** Fresh programmes, made when a scenario asks for one. */
  static final class Worlds {
    private @org.jspecify.annotations.Nullable ProgrammeFixture f;
    private @org.jspecify.annotations.Nullable InvitationFixture i;
    private @org.jspecify.annotations.Nullable ResellerFixture r;
    private @org.jspecify.annotations.Nullable SubscriptionFixture s;

    ProgrammeFixture f() {
      return f != null ? f : (f = ProgrammeFixture.create());
    }

    InvitationFixture i() {
      return i != null ? i : (i = InvitationFixture.create());
    }

    ResellerFixture r() {
      return r != null ? r : (r = new ResellerFixture());
    }

    SubscriptionFixture s() {
      return s != null ? s : (s = new SubscriptionFixture());
    }
  }

  static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

  private static final OrderId NO_ORDER = new OrderId("no-such-order");
  private static final VoucherId NO_VOUCHER = new VoucherId("no-such-voucher");
  private static final PartnerId NO_PARTNER = new PartnerId("no-such-partner");

  private static void scenario(Class<?> useCase, VoucherScenario scenario) {
    SCENARIOS.put(useCase.getSimpleName(), w -> scenario.in(w.f(), w.i()));
  }

  private static void world(Class<?> useCase, Scenario scenario) {
    SCENARIOS.put(useCase.getSimpleName(), scenario);
  }

  /** A well-formed code this programme never issued (another programme's). */
  private static String foreignCode() {
    ProgrammeFixture other = ProgrammeFixture.create();
    return other.code(other.single(SMIME_1Y).id()).reveal();
  }

  private static String code(ProgrammeFixture f, VoucherId id) {
    return f.code(id).reveal();
  }

  static {
    // ---------------------------------------------------------------- tiers, catalogue (T, P)
    scenario(RegisterPartner.class, (f, i) -> (who, missing) -> f.programme.partners()
        .registerPartner()
        .register(new RegisterPartner.Command(who, Partner.withVouchers(new PartnerId("newco"),
            "NewCo", Tier.ENTRY))));
    scenario(DefineProduct.class, (f, i) -> (who, missing) -> f.programme.catalog().defineProduct()
        .define(new DefineProduct.Command(who, Product.builder().id(new ProductId("seat"))
            .name("SaaS seat").kind(ProductKind.EMAIL_SMIME).addValidityYears(1).build())));
    scenario(PublishPriceBook.class, (f, i) -> (who, missing) -> f.programme.catalog()
        .publishPriceBook()
        .publish(new PublishPriceBook.Command(who, PRICES)));
    scenario(SetPartnerTier.class, (f, i) -> (who, missing) -> f.programme.partners()
        .setPartnerTier()
        .set(new SetPartnerTier.Command(who, missing ? NO_PARTNER : ACME, Tier.GOLD)));
    scenario(GetPartner.class, (f, i) -> (who, missing) -> f.programme.partners().getPartner()
        .get(new GetPartner.Command(who, missing ? NO_PARTNER : ACME)));
    scenario(ShowPriceList.class, (f, i) -> (who, missing) -> f.programme.catalog().showPriceList()
        .show(new ShowPriceList.Command(who, missing ? NO_PARTNER : ACME)));
    scenario(RegisterMandate.class, (f, i) -> (who, missing) -> f.programme.partners()
        .registerMandate()
        .register(new RegisterMandate.Command(who, new OrganisationId("muster-ag"), "DMS-1",
            Optional.empty())));
    // ---------------------------------------------------------------- orders (O, S-1, S-3, V-6)
    scenario(QuoteOrder.class, (f, i) -> (who, missing) -> f.programme.ordering().quoteOrder()
        .quote(new QuoteOrder.Command(who, missing ? NO_PARTNER : ACME,
            request(line(SMIME_1Y, 2)))));
    scenario(OrderVouchers.class, (f, i) -> (who, missing) -> f.programme.ordering().orderVouchers()
        .order(new OrderVouchers.Command(who, missing ? NO_PARTNER : ACME,
            request(line(SMIME_1Y, 2)))));
    scenario(ListOrders.class, (f, i) -> (who, missing) -> f.programme.ordering().listOrders()
        .list(new ListOrders.Command(who, OrderFilter.all(missing ? NO_PARTNER : ACME),
            PageRequest.first(10))));
    scenario(ListVouchers.class, (f, i) -> (who, missing) -> f.programme.vouchers().listVouchers()
        .list(new ListVouchers.Command(who, missing ? NO_PARTNER : ACME, Set.of(),
            Optional.empty(), Optional.empty(), PageRequest.first(10))));
    scenario(GetOrder.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.ordering().getOrder()
          .get(new GetOrder.Command(who, missing ? NO_ORDER : order));
    });
    scenario(FindOrderByNumber.class, (f, i) -> {
      OrderNumber number = f.order(line(SMIME_1Y, 1)).number();
      String none = Long.toString(number.value() == OrderNumber.MAX ? OrderNumber.MIN
          : number.value() + 1);
      return (who, missing) -> f.programme.ordering().findOrderByNumber()
          .find(new FindOrderByNumber.Command(who, missing ? none : number.grouped()));
    });
    // M-3: partner users search their own partner, SUPPORT any; the order has a customer name
    scenario(SearchVouchers.class, (f, i) -> {
      f.order(line(SMIME_1Y, 1));
      return (who, missing) -> f.programme.ordering().searchVouchers().search(
          new SearchVouchers.Command(
          who, Optional.of(missing ? NO_PARTNER : ACME), SearchVouchers.By.LAST_FOUR, "7K2Q",
          PageRequest.first(10)));
    });
    scenario(ExtendExpiry.class, (f, i) -> {
      Order order = f.order(line(SMIME_1Y, 1));
      java.time.Instant until = ProgrammeFixture.START.plus(java.time.Duration.ofDays(800));
      return (who, missing) -> f.programme.vouchers().extendExpiry().extend(
          ExtendExpiry.Command.order(
          who, missing ? NO_ORDER : order.id(), until, "role table"));
    });
    scenario(ErasePersonalData.class, (f, i) -> (who, missing) -> f.programme
        .erasePersonalData().erase(ErasePersonalData.Command.address(who,
            "erase-me@example.org")));
    scenario(ExportOrderCodes.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.ordering().exportOrderCodes().export(
          new ExportOrderCodes.Command(who, missing ? NO_ORDER : order, new StringWriter()));
    });
    scenario(UsageReport.class, (f, i) -> (who, missing) -> f.programme.ordering().usageReport()
        .csv(
        new UsageReport.Command(who, Optional.of(missing ? NO_PARTNER : ACME),
            java.time.Instant.parse("2025-01-01T00:00:00Z"),
            java.time.Instant.parse("2025-02-01T00:00:00Z"),
            dev.vouchers.core.ordering.domain.UsageBucket.DAY), new StringWriter()));
    scenario(ImportCodes.class, (f, i) -> {
      // M-1: a programme with a declared import format over the fixture's storage
      VoucherProgramme importing = VoucherProgramme.builder()
          .settings(dev.vouchers.core.programme.domain.ProgrammeSettings.builder()
              .redemptionBaseUrl(java.net.URI.create("https://shop.example/redeem"))
              .addImportFormats(new dev.vouchers.core.voucher.domain.code.ImportFormat(
                  "legacy", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10, false)).build())
          .clock(f.clock).vouchers(f.vouchers).partners(f.store.partners()).catalog(f.store.catalog())
          .mandates(f.store.mandates()).codeVault(f.vault).build();
      java.util.concurrent.atomic.AtomicInteger codes = new java.util.concurrent.atomic.AtomicInteger();
      return (who, missing) -> importing.ordering().importCodes().importCodes(
          new ImportCodes.Command(who,
          missing ? NO_PARTNER : ACME, "legacy", List.of(new dev.vouchers.core.ordering.domain
              .ImportRow(2, String.format("RULE%06d", codes.incrementAndGet()),
                  ProgrammeFixture.SMIME.value(), "1", "0", "0", "VALID", "2099-12-31", "",
                  ""))::forEach));
    });
    scenario(CheckCancellation.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.ordering().checkCancellation()
          .check(new CheckCancellation.Command(who, missing ? NO_ORDER : order));
    });
    scenario(CancelOrder.class, (f, i) -> {
      OrderId order = f.order(line(SMIME_1Y, 1)).id();
      return (who, missing) -> f.programme.ordering().cancelOrder()
          .cancel(new CancelOrder.Command(who, missing ? NO_ORDER : order, "role table"));
    });
    scenario(GetVoucher.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.vouchers().getVoucher()
          .get(new GetVoucher.Command(who, missing ? NO_VOUCHER : voucher));
    });
    scenario(PrintVoucher.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.vouchers().printVoucher()
          .print(new PrintVoucher.Command(who, missing ? NO_VOUCHER : voucher));
    });
    scenario(CommentOnVoucher.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.vouchers().commentOnVoucher()
          .comment(new CommentOnVoucher.Command(who, missing ? NO_VOUCHER : voucher, "note"));
    });
    // ---------------------------------------------------------------- distribution, lifecycle
    scenario(SendActivationLink.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      return (who, missing) -> f.programme.vouchers().sendActivationLink().send(
          new SendActivationLink
          .Command(who, missing ? NO_VOUCHER : voucher, "kunde@example.ch", "hello"));
    });
    scenario(WithdrawActivationLink.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
          voucher,
          "kunde@example.ch", "hello")));
      return (who, missing) -> f.programme.vouchers().withdrawActivationLink().withdraw(
          new WithdrawActivationLink.Command(who, missing ? NO_VOUCHER : voucher, "oops"));
    });
    scenario(LookUpCode.class, (f, i) -> {
      String code = code(f, f.single(SMIME_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.vouchers().lookUpCode()
          .lookUp(new LookUpCode.Command(who, missing ? foreign : code, CallerKey.of("test")));
    });
    scenario(FollowActivationLink.class, (f, i) -> {
      String token = f.sendLink(f.single(SMIME_1Y).id(), "jane@customer.example");
      ProgrammeFixture other = ProgrammeFixture.create();
      String foreign = other.sendLink(other.single(SMIME_1Y).id(), "jane@customer.example");
      return (who, missing) -> f.programme.vouchers().followActivationLink().follow(
          new FollowActivationLink.Command(who, missing ? foreign : token, CallerKey.of("test")));
    });
    scenario(StartOrganisationActivation.class, (f, i) -> {
      String code = code(f, f.single(ORG_CERT_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.vouchers().startOrganisationActivation().start(
          new StartOrganisationActivation.Command(who, VoucherRef.code(missing ? foreign : code, CallerKey.of("test"))));
    });
    scenario(IssueDomainChallenge.class, (f, i) -> {
      String code = code(f, f.single(SSL_DV_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.vouchers().issueDomainChallenge().issue(
          new IssueDomainChallenge.Command(who, VoucherRef.code(missing ? foreign : code, CallerKey.of("test")),
              "www.example.ch"));
    });
    scenario(VerifyDomainControl.class, (f, i) -> {
      String code = code(f, f.single(SSL_DV_1Y).id());
      var challenge = ok(f.programme.vouchers().issueDomainChallenge().issue(
          new IssueDomainChallenge
          .Command(ProgrammeFixture.CUSTOMER, VoucherRef.code(code, CallerKey.of("test")), "www.example.ch")));
      f.probe.publishTxt(challenge.dnsRecordName(), challenge.secret());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.vouchers().verifyDomainControl().verify(
          new VerifyDomainControl.Command(who, VoucherRef.code(missing ? foreign : code, CallerKey.of("test"))));
    });
    scenario(SubmitCertificateRequest.class, (f, i) -> {
      String code = code(f, f.single(SMIME_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.vouchers().submitCertificateRequest().submit(
          new SubmitCertificateRequest.Command(who, VoucherRef.code(missing ? foreign : code, CallerKey.of("test")),
              "REQ-1", Optional.empty()));
    });
    scenario(MarkRedeemed.class, (f, i) -> {
      String code = code(f, f.single(SMIME_1Y).id());
      String foreign = foreignCode();
      return (who, missing) -> f.programme.vouchers().markRedeemed().redeem(
          new MarkRedeemed.Command(who, VoucherRef.code(missing ? foreign : code, CallerKey.of("test"))));
    });
    scenario(ReportCertificateRevoked.class, (f, i) -> {
      VoucherId voucher = f.single(SMIME_1Y).id();
      ok(f.programme.vouchers().submitCertificateRequest().submit(
          new SubmitCertificateRequest.Command(
          ALICE, VoucherRef.id(voucher), "REQ-1", Optional.empty())));
      return (who, missing) -> f.programme.vouchers().reportCertificateRevoked().report(
          new ReportCertificateRevoked.Command(who, missing ? NO_VOUCHER : voucher));
    });
    scenario(ExpireDueVouchers.class, (f, i) -> (who, missing) -> f.programme.vouchers()
        .expireDueVouchers()
        .expire(new ExpireDueVouchers.Command(who, 10)));
    scenario(RekeyCodes.class, (f, i) -> (who, missing) -> f.programme.vouchers().rekeyCodes()
        .rekey(new RekeyCodes.Command(who, 10)));
    // ---------------------------------------------------------------- sub-accounts (I-)
    scenario(InviteSubAccount.class, (f, i) -> (who, missing) -> i.programme.subAccounts()
        .inviteSubAccount()
        .invite(new InviteSubAccount.Command(who, missing ? NO_PARTNER : ACME,
            "neu@example.ch", SubAccountType.STANDARD, "Welcome")));
    scenario(ListInvitations.class, (f, i) -> (who, missing) -> i.programme.subAccounts()
        .listInvitations()
        .list(new ListInvitations.Command(who, missing ? NO_PARTNER : ACME, Set.of(),
            PageRequest.first(10))));
    scenario(GetInvitation.class, (f, i) -> {
      InvitationId invitation = i.invite("neu@example.ch").id();
      InvitationId none = InvitationId.of("no-such-invitation");
      return (who, missing) -> i.programme.subAccounts().getInvitation()
          .get(new GetInvitation.Command(who, missing ? none : invitation));
    });
    scenario(ResendInvitation.class, (f, i) -> {
      InvitationId invitation = i.invite("neu@example.ch").id();
      InvitationId none = InvitationId.of("no-such-invitation");
      return (who, missing) -> i.programme.subAccounts().resendInvitation()
          .resend(new ResendInvitation.Command(who, missing ? none : invitation));
    });
    scenario(CancelInvitation.class, (f, i) -> {
      InvitationId invitation = i.invite("neu@example.ch").id();
      InvitationId none = InvitationId.of("no-such-invitation");
      return (who, missing) -> i.programme.subAccounts().cancelInvitation()
          .cancel(new CancelInvitation.Command(who, missing ? none : invitation, "typo"));
    });
    scenario(AcceptInvitation.class, (f, i) -> {
      String token = i.token(i.invite("neu@example.ch").id());
      InvitationFixture other = InvitationFixture.create();
      String unknown = other.token(other.invite("neu@example.ch").id());
      return (who, missing) -> i.programme.subAccounts().acceptInvitation().accept(
          new AcceptInvitation.Command(who, missing ? unknown : token,
              InvitationFixture.APPLICANT));
    });
    scenario(ExpireDueInvitations.class, (f, i) -> (who, missing) -> i.programme
        .subAccounts().expireDueInvitations().expire(new ExpireDueInvitations.Command(who, 10)));
    scenario(ListSubAccounts.class, (f, i) -> (who, missing) -> i.programme.subAccounts()
        .listSubAccounts()
        .list(new ListSubAccounts.Command(who, missing ? NO_PARTNER : ACME,
            PageRequest.first(10))));
    scenario(GetSubAccount.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .subAccounts().getSubAccount().get(new GetSubAccount.Command(who, id))));
    scenario(ChangeSubAccountBilling.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .subAccounts().changeSubAccountBilling().change(new ChangeSubAccountBilling.Command(who, id,
            Billing.PARTNER, Pricing.partnerTier()))));
    scenario(ChangeSubAccountType.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .subAccounts().changeSubAccountType().change(new ChangeSubAccountType.Command(who, id,
            SubAccountType.ENTERPRISE))));
    scenario(AttachContract.class, (f, i) -> subAccount(i, false, (who, id) -> i.programme
        .subAccounts().attachContract().attach(new AttachContract.Command(who, id, "CT-2026-7"))));
    scenario(DetachContract.class, (f, i) -> subAccount(i, true, (who, id) -> i.programme
        .subAccounts().detachContract().detach(new DetachContract.Command(who, id))));
    // ---------------------------------------------------------------- reseller programme (R-)
    world(ApplyAsReseller.class, w -> (who, missing) -> w.r().programme.resellers()
        .applyAsReseller()
        .apply(new ApplyAsReseller.Command(who, missing ? NO_PARTNER : ACME)));
    world(GetResellerApplication.class, w -> application(w, 0, (who, id) -> w.r().programme
        .resellers().getResellerApplication().get(new GetResellerApplication.Command(who, id))));
    world(ListResellerApplications.class, w -> {
      w.r().apply(ACME);
      return (who, missing) -> w.r().programme.resellers().listResellerApplications()
          .list(new ListResellerApplications.Command(who, Set.of(), PageRequest.first(50)));
    });
    world(SendResellerContract.class, w -> application(w, 0, (who, id) -> w.r().programme
        .resellers().sendResellerContract().send(new SendResellerContract.Command(who, id,
            "CT-1"))));
    world(RecordResellerContractSigned.class, w -> application(w, 1, (who, id) -> w.r()
        .programme.resellers().recordResellerContractSigned()
        .record(new RecordResellerContractSigned.Command(who, id, "signed.pdf"))));
    world(ApproveResellerApplication.class, w -> application(w, 2, (who, id) -> w.r().programme
        .resellers().approveResellerApplication().approve(new ApproveResellerApplication.Command(
            who, id,
            Optional.of(java.math.BigDecimal.TEN)))));
    world(RejectResellerApplication.class, w -> application(w, 0, (who, id) -> w.r().programme
        .resellers().rejectResellerApplication().reject(new RejectResellerApplication.Command(who,
            id,
            "not now"))));
    world(SetResellerDiscount.class, w -> {
      w.r().approved(ACME, "10");
      return (who, missing) -> w.r().programme.resellers().setResellerDiscount().set(
          new SetResellerDiscount.Command(who, missing ? NO_PARTNER : ACME,
              java.math.BigDecimal.valueOf(15)));
    });
    world(LinkCustomer.class, w -> {
      w.r().approved(ACME, "10");
      return (who, missing) -> w.r().programme.resellers().linkCustomer().link(
          new LinkCustomer.Command(who,
          CustomerId.of("c-new"), missing ? NO_PARTNER : ACME));
    });
    world(UnlinkCustomer.class, w -> linked(w, (who, customer) -> w.r().programme
        .resellers().unlinkCustomer().unlink(new UnlinkCustomer.Command(who, customer,
            "moved away"))));
    world(GetCustomerLinks.class, w -> linked(w, (who, customer) -> w.r().programme
        .resellers().getCustomerLinks().get(new GetCustomerLinks.Command(who, customer))));
    world(ListResellerCustomers.class, w -> {
      linked(w, null);
      return (who, missing) -> w.r().programme.resellers().listResellerCustomers().list(
          new ListResellerCustomers.Command(who, missing ? NO_PARTNER : ACME, PageRequest.first(50)));
    });
    world(DiscountFor.class, w -> linked(w, (who, customer) -> w.r().programme.resellers()
        .discountFor()
        .discountFor(new DiscountFor.Command(who, customer, w.r().now()))));
    world(PriceCustomerPurchase.class, w -> linked(w, (who, customer) -> w.r().programme
        .resellers().priceCustomerPurchase().price(new PriceCustomerPurchase.Command(who, customer,
            dev.vouchers.core.kernel.Money.of("100.00", "CHF")))));
    // ---------------------------------------------------------------- subscriptions (U-)
    world(DefineOffer.class, w -> (who, missing) -> w.s().programme.subscriptions().defineOffer()
        .define(
        new DefineOffer.Command(who, dev.vouchers.core.subscription.domain.Offer.builder()
            .id(dev.vouchers.core.subscription.domain.OfferId.of("backup")).name("Backup")
            .publisher("Contoso ISV").addTerms(dev.vouchers.core.subscription.domain.SubscriptionTerm.MONTHLY)
            .addBillingFrequencies(dev.vouchers.core.subscription.domain.BillingFrequency.MONTHLY).build())));
    world(ListOffers.class, w -> (who, missing) -> w.s().programme.subscriptions().listOffers()
        .list(new ListOffers.Command(who)));
    world(BuySubscription.class, w -> (who, missing) -> w.s().programme.subscriptions()
        .buySubscription().buy(
        new BuySubscription.Command(who, missing ? NO_PARTNER : ACME,
            SubscriptionFixture.monthly())));
    world(ListSubscriptions.class, w -> {
      w.s().buy(SubscriptionFixture.monthly());
      return (who, missing) -> w.s().programme.subscriptions().listSubscriptions().list(
          new ListSubscriptions.Command(who, missing ? NO_PARTNER : ACME, Optional.empty(),
              Set.of(), PageRequest.first(10)));
    });
    world(ActivateSubscription.class, w -> subscription(w, false, (who, id) -> w.s().programme
        .subscriptions().activateSubscription().activate(new ActivateSubscription.Command(who, id,
            SubscriptionFixture.LINK, "AUTH-1", true, true))));
    world(GetSubscription.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().getSubscription().get(new GetSubscription.Command(who, id))));
    world(ChangeSubscriptionQuantity.class, w -> subscription(w, true, (who, id) -> w.s()
        .programme.subscriptions().changeSubscriptionQuantity().change(
            new ChangeSubscriptionQuantity.Command(who, id, 12, "more staff"))));
    world(CancelSubscription.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().cancelSubscription().cancel(new CancelSubscription.Command(who, id,
            "not needed"))));
    world(ChangeBillingFrequency.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().changeBillingFrequency().change(new ChangeBillingFrequency.Command(who, id,
            dev.vouchers.core.subscription.domain.BillingFrequency.MONTHLY, "cash flow"))));
    world(ChangeIndirectReseller.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().changeIndirectReseller().change(new ChangeIndirectReseller.Command(who, id,
            Optional.of("vouchy")))));
    world(RenameSubscription.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().renameSubscription().rename(new RenameSubscription.Command(who, id,
            Optional.of("Sales team")))));
    world(SwitchAutoRenew.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().switchAutoRenew().switchAutoRenew(new SwitchAutoRenew.Command(who, id,
            false,
            "ends with the project"))));
    world(SuspendSubscription.class, w -> subscription(w, true, (who, id) -> w.s().programme
        .subscriptions().suspendSubscription().suspend(new SuspendSubscription.Command(who, id,
            "unpaid"))));
    world(ReactivateSubscription.class, w -> {
      Call suspended = subscription(w, true, (who, id) -> w.s().programme
          .subscriptions().reactivateSubscription().reactivate(
              new ReactivateSubscription.Command(who, id, "paid")));
      SubscriptionId id = w.s().programme.subscriptions().listSubscriptions().list(
          new ListSubscriptions
          .Command(SubscriptionFixture.ADMIN, ACME, Optional.empty(), Set.of(),
              PageRequest.first(1))).get().items().get(0).id();
      ok(w.s().programme.subscriptions().suspendSubscription().suspend(
          new SuspendSubscription.Command(SubscriptionFixture.ADMIN, id, "unpaid")));
      return suspended;
    });
    world(RenewOrExpireSubscriptions.class, w -> (who, missing) -> w.s().programme
        .subscriptions().renewOrExpireSubscriptions().renewOrExpire(
            new RenewOrExpireSubscriptions.Command(who, 10)));
  }

  static {
    // ---------------------------------------------------------------- durable events (M-5)
    scenario(ListParkedEvents.class, (f, i) -> (who, missing) -> new ParkedEvents(
        f.store.eventOutbox(), f.clock).list(new ListParkedEvents.Command(who,
            Optional.empty(), 10)));
    scenario(RetryParkedEvent.class, (f, i) -> {
      f.order(line(SMIME_1Y, 1));
      java.time.Instant now = f.clock.instant();
      String parked = "";
      for (var entry : f.store.eventOutbox().claim(10, now, java.time.Duration.ofMinutes(1))) {
        f.store.eventOutbox().parked(entry, now, "HTTP 410");
        parked = entry.event().id().toString();
      }
      String id = parked;
      return (who, missing) -> new ParkedEvents(f.store.eventOutbox(), f.clock).retry(
          new RetryParkedEvent.Command(who, missing ? java.util.UUID.randomUUID().toString()
              : id));
    });
  }

  /**
   * Acme's reseller application, moved on by the vendor as far as {@code step} (0 submitted, 1
   * contract sent, 2 contract signed).
   */
  private static Call application(Worlds w, int step,
      java.util.function.BiFunction<Actor, ResellerApplicationId, Either<Refusal, ?>> use) {
    ResellerFixture r = w.r();
    ResellerApplicationId id = r.apply(ACME).id();
    if (step >= 1) {
      ok(r.programme.resellers().sendResellerContract().send(
          new SendResellerContract.Command(ResellerFixture.PM, id, "CT-1")));
    }
    if (step >= 2) {
      ok(r.programme.resellers().recordResellerContractSigned().record(
          new RecordResellerContractSigned.Command(ResellerFixture.PM, id, "signed.pdf")));
    }
    ResellerApplicationId none = ResellerApplicationId.of("no-such-application");
    return (who, missing) -> use.apply(who, missing ? none : id);
  }

  /** A customer linked at sign-up to Acme, an approved reseller with a 10 % discount. */
  private static Call linked(Worlds w,
      java.util.function.@org.jspecify.annotations.Nullable BiFunction<Actor, CustomerId,
          Either<Refusal, ?>> use) {
    ResellerFixture r = w.r();
    r.approved(ACME, "10");
    CustomerId customer = CustomerId.of("c-1");
    ok(r.link(ResellerFixture.SIGN_UP, customer, ACME));
    r.advance(java.time.Duration.ofMinutes(1));
    CustomerId none = CustomerId.of("no-such-customer");
    return use == null ? (who, missing) -> Either.right(customer)
        : (who, missing) -> use.apply(who, missing ? none : customer);
  }

  /** An annual subscription Acme bought, activated by the publisher or not (U-1, U-2). */
  private static Call subscription(Worlds w, boolean active,
      java.util.function.BiFunction<Actor, SubscriptionId, Either<Refusal, ?>> use) {
    SubscriptionFixture s = w.s();
    SubscriptionId id = active ? s.active(SubscriptionFixture.annual()).id()
        : s.buy(SubscriptionFixture.annual()).id();
    SubscriptionId none = SubscriptionId.of("no-such-subscription");
    return (who, missing) -> use.apply(who, missing ? none : id);
  }

  /** A sub-account of Acme, with a contract attached or not (I-3). */
  private static Call subAccount(InvitationFixture i, boolean withContract,
      java.util.function.BiFunction<Actor, SubAccountId, Either<Refusal, ?>> use) {
    SubAccountId id = i.accept(i.invite("neu@example.ch").id()).id();
    if (withContract) {
      ok(i.programme.subAccounts().attachContract().attach(new AttachContract.Command(
          InvitationFixture.PM,
          id, "CT-2026-1")));
    }
    SubAccountId none = SubAccountId.of("no-such-sub-account");
    return (who, missing) -> use.apply(who, missing ? none : id);
  }

  // ------------------------------------------------------------------------------ the table

  /** One row of the table: a use case, its rules and one cell per column. */
  record Row(String useCase, String rules, Map<String, String> cells) {}

  static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(TABLE);
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        header = null;
        continue;
      }
      List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
          .map(String::trim).toList();
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.get(0).startsWith("---")) {
        continue;
      }
      if (!header.get(0).equals("use case")) {
        continue;
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 2; c < header.size(); c++) {
        byColumn.put(header.get(c), cells.get(c));
      }
      rows.add(new Row(cells.get(0).replace("`", ""), cells.get(1), byColumn));
    }
    return rows;
  }

  static Stream<Arguments> cells() throws IOException {
    List<Arguments> arguments = new ArrayList<>();
    for (Row row : rows()) {
      for (Map.Entry<String, String> cell : row.cells().entrySet()) {
        arguments.add(Arguments.of(row.useCase(), cell.getKey(), cell.getValue()));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "A1: {0} by {1}: {2}")
  @MethodSource("cells")
  void everyUseCaseAnswersEveryRoleAsTheTableSays_A1(String useCase, String column,
      String expected) {
    Scenario scenario = SCENARIOS.get(useCase);
    assertThat(scenario).as("a scenario for %s", useCase).isNotNull();
    Actor who = COLUMNS.get(column);
    assertThat(who).as("a principal for the column %s", column).isNotNull();

    Either<Refusal, ?> result = call(scenario, who, false);
    switch (expected) {
      case "yes" -> assertThat(result.isRight())
          .as("%s by %s should succeed, got %s", useCase, column,
              result.isLeft() ? result.getLeft() : null).isTrue();
      case "no" -> {
        assertThat(result.isLeft()).as("%s by %s should be refused", useCase, column).isTrue();
        assertThat(result.getLeft().codes()).as("%s by %s", useCase, column)
            .containsAnyOf(ReasonCode.NOT_PERMITTED, ReasonCode.NOT_FOUND,
                ReasonCode.CODE_NOT_REDEEMABLE, ReasonCode.INVITATION_NOT_ACCEPTABLE,
                ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
        if (column.equals("other partner")) {
          // "no" for another partner only where the role is refused before any lookup;
          // where the target's existence decides, the cell must say "as missing"
          Either<Refusal, ?> missing = call(scenario, who, true);
          assertThat(missing.isLeft() && missing.getLeft().has(ReasonCode.NOT_FOUND))
              .as("%s by another partner is refused before any lookup; else say 'as missing'",
                  useCase).isFalse();
        }
      }
      case "as missing" -> {
        assertThat(result.isLeft()).as("%s by %s should be refused", useCase, column).isTrue();
        Either<Refusal, ?> missing = call(scenario, who, true);
        assertThat(missing.isLeft()).isTrue();
        // the "missing" call must really miss something: a use case without a target (a sweep,
        // the catalogue) would otherwise compare a refusal with itself and pass for any cell
        assertThat(missing.getLeft().codes())
            .as("%s by %s: the call with a missing id is answered as not found", useCase, column)
            .containsAnyOf(ReasonCode.NOT_FOUND, ReasonCode.CODE_NOT_REDEEMABLE,
                ReasonCode.INVITATION_NOT_ACCEPTABLE);
        assertThat(result.getLeft()).as("%s by %s answers like a missing id", useCase, column)
            .isEqualTo(missing.getLeft());
      }
      default -> throw new AssertionError("unknown cell '" + expected + "' for " + useCase
          + " / " + column + ": use yes, no or as missing");
    }
  }

  private static Either<Refusal, ?> call(Scenario scenario, Actor who, boolean missing) {
    return scenario.in(new Worlds()).run(who, missing);
  }

  @Test
  void theTableListsEveryUseCaseOfPortIn_A1() throws IOException, URISyntaxException {
    Set<String> useCases = new TreeSet<>();
    Path classes = Path.of(OrderVouchers.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes.resolve("dev/vouchers/core"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        String packageName = classes.relativize(file.getParent()).toString()
            .replace(java.io.File.separatorChar, '.');
        if (!name.endsWith(".class") || name.contains("$") || !packageName.endsWith(".port.in")) {
          continue;
        }
        Class<?> type = forName(packageName + "." + name.replace(".class", ""));
        if (type.isInterface() && type.isAnnotationPresent(FunctionalInterface.class)
            && !type.isSealed() && Modifier.isPublic(type.getModifiers())) {
          useCases.add(type.getSimpleName());
        }
      }
    }
    assertThat(rows()).extracting(Row::useCase).containsExactlyInAnyOrderElementsOf(useCases);
    assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(useCases);
    for (Row row : rows()) {
      assertThat(row.cells().keySet()).as(row.useCase()).containsExactlyElementsOf(COLUMNS.keySet());
    }
  }

  private static Class<?> forName(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
