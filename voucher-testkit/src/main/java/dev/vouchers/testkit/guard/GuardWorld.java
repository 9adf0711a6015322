// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.application.ParkedEvents;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryCodeAttempts;
import dev.vouchers.testkit.memory.InMemoryEvents;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The programme {@link UseCaseGuard} attacks: the real services over a {@link GuardStorage},
 * on a {@link MutableClock}, seeded through the use cases with state worth attacking (two
 * partners with every feature and one with none, products, a price book, orders with
 * assigned vouchers, a mandate, invitations with their tokens, a sub-account, an approved
 * reseller with a discount and a linked customer, an offer and subscriptions, one active),
 * with the ids of all of it, principals of every kind and page cursors the library issued.
 */
public final class GuardWorld {
  /** The clock's reading when seeding starts. */
  public static final Instant START = Instant.parse("2026-03-02T09:15:00Z");

  static final PartnerId A = new PartnerId("guard-a");
  static final PartnerId B = new PartnerId("guard-b");
  static final PartnerId BARE = new PartnerId("guard-bare");
  static final ProductId SSL = new ProductId("ssl-dv");
  static final ProductId ORG = new ProductId("org-cert");
  static final String OFFER = "office";
  static final String CUSTOMER = "cust-1";
  static final OrganisationId ORGANISATION = new OrganisationId("org-1");
  static final Applicant APPLICANT =
      new Applicant("Ann Invitee", "ann@invitee.example", "Invitee AG", "Street 1, 8000 Zurich",
          "CH");

  final Actor adminA = user(A, PartnerRole.ADMIN);
  final Actor agentA = user(A, PartnerRole.ADMIN_AGENT);
  final Actor salesA = user(A, PartnerRole.SALES_AGENT);
  final Actor adminB = user(B, PartnerRole.ADMIN);
  final Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  final Actor support = Actor.VendorStaff.of(new UserId("support"), StaffRole.SUPPORT);
  final Actor service = new Actor.Service("guard-service");
  final Actor holder = new Actor.CodeHolder("holder@customer.example");
  final List<Actor> principals =
      List.of(adminA, agentA, salesA, adminB, manager, support, service, holder);

  /** G-1: the plausible caller keys of typed codes. */
  static final List<String> CALLERS = List.of("ip:192.0.2.1", "ip:192.0.2.2", "session:s-3");

  final MutableClock clock;
  final VoucherProgramme programme;
  final GuardStorage storage;
  /**
   * M-5: the parked-event use cases over an event outbox of their own (in memory, whatever the
   * storage: their inputs are what the guard attacks), with one parked event to retry.
   */
  final ParkedEvents parkedEvents;
  final List<String> eventIds = new ArrayList<>();

  final List<OrderId> orders = new ArrayList<>();
  final List<VoucherId> vouchers = new ArrayList<>();
  final List<String> codes = new ArrayList<>();
  final List<InvitationId> invitations = new ArrayList<>();
  final List<String> tokens = new ArrayList<>();
  /** G-2: the token of the live activation link (read from the outbox and given back). */
  final List<String> links = new ArrayList<>();
  final List<SubAccountId> subAccounts = new ArrayList<>();
  final List<ResellerApplicationId> applications = new ArrayList<>();
  final List<SubscriptionId> subscriptions = new ArrayList<>();
  final List<String> cursors = new ArrayList<>();

  private GuardWorld(GuardStorage storage) {
    this.storage = storage;
    this.clock = new MutableClock(START);
    InMemoryEvents events = new InMemoryStore().eventOutbox();
    this.parkedEvents = new ParkedEvents(events, clock);
    this.programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem"))
            // G-1: a small limit and a day's window, so that calls 7 hours apart reach it
            .attemptLimit(new AttemptLimit(3, Duration.ofDays(1)))
            // M-1: a declared import format, so that imports and typed codes meet it
            .addImportFormats(new dev.vouchers.core.voucher.domain.code.ImportFormat("legacy",
                "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8, false)).build())
        .codeAttempts(new InMemoryCodeAttempts())
        .clock(clock)
        .vouchers(storage.storage().vouchers()).partners(storage.storage().partners())
        .catalog(storage.storage().catalog()).mandates(storage.storage().mandates())
        .invitations(storage.invitations().invitations())
        .subAccounts(storage.invitations().subAccounts())
        .resellerApplications(storage.resellers().applications())
        .customerLinks(storage.resellers().links())
        .subscriptions(storage.subscriptions().subscriptions())
        .offers(storage.subscriptions().offers())
        .codeVault(CodeVault.withRandomKeys())
        .build();
    seed();
  }

  /** A seeded world over a fresh, empty storage. */
  public static GuardWorld over(GuardStorage storage) {
    return new GuardWorld(storage);
  }

  /** The programme under attack. */
  public VoucherProgramme programme() {
    return programme;
  }

  /** The clock every use case reads. */
  public MutableClock clock() {
    return clock;
  }

  /** The digest of the store's state now. */
  public String digest() {
    return storage.digest().digest();
  }

  private static Actor user(PartnerId partner, PartnerRole role) {
    return new Actor.PartnerUser(
        new UserId(role.name().toLowerCase(Locale.ROOT) + "-" + partner.value()), partner, role);
  }

  private void seed() {
    Set<Feature> all = Set.of(Feature.VOUCHERS, Feature.SUB_ACCOUNTS, Feature.SUBSCRIPTIONS);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(A, "Guard Partner A", Tier.GOLD, all, Locale.ENGLISH))));
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(B, "Guard Partner B", Tier.SILVER, all, Locale.GERMAN))));
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(BARE, "Bare Partner", Tier.ENTRY, Set.of(), Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(SSL).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1, 2).minFqdns(1).maxFqdns(3).maxWildcards(1)
            .domainValidated(true).build())));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(ORG).name("Organisation certificate")
            .kind(ProductKind.ORGANISATION_CERTIFICATE).addValidityYears(1)
            .organisationActivation(true).requiresMandate(true).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF")
            .listPrice(ProductConfiguration.of(SSL, 1, 1, 0), Money.of("50.00", "CHF"))
            .listPrice(ProductConfiguration.of(SSL, 2, 1, 0), Money.of("90.00", "CHF"))
            .listPrice(ProductConfiguration.of(ORG, 1, 0, 0), Money.of("300.00", "CHF"))
            .tierDiscount(Tier.GOLD, new BigDecimal("10")).build())));
    require(programme.partners().registerMandate().register(new RegisterMandate.Command(manager,
        ORGANISATION, "POA-1", Optional.empty())));
    for (PartnerId partner : List.of(A, A, B)) {
      Actor by = partner.equals(A) ? agentA : adminB;
      PlacedOrder placed = require(programme.ordering().orderVouchers().order(
          new OrderVouchers.Command(by,
          partner, new OrderRequest(Optional.of("Customer"), Optional.of("INV-1"), "invoice",
              List.of(new OrderRequest.Line(SSL.value(), 1, 1, 0, 3),
                  new OrderRequest.Line(ORG.value(), 1, 0, 0, 1))))));
      orders.add(placed.order().id());
      for (int i = 0; i < placed.codes().size(); i++) {
        vouchers.add(placed.voucher(i));
        codes.add(programme.settings().codeFormat().format(placed.codes().get(i)));
      }
      clock.advance(Duration.ofHours(1));
    }
    require(programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(agentA,
        vouchers.get(0), "customer@example.com", "Enjoy")));
    for (var entry : storage.storage().outbox().claim(100, clock.instant(),
        Duration.ofMinutes(5))) {
      String query = programme.activationLinks().link(entry.message()).getRawQuery();
      if (query != null && query.startsWith("link=")) {
        links.add(query.substring("link=".length()));
      }
      storage.storage().outbox().failed(entry, clock.instant(), "read by the guard");
    }
    programme.ordering().listOrders().list(new ListOrders.Command(agentA,
        dev.vouchers.core.ordering.domain.OrderFilter.all(A), PageRequest.first(1)))
        .forEach(page -> page.next().ifPresent(cursors::add));
    // I-1..I-3
    for (PartnerId partner : List.of(A, A, B)) {
      Actor by = partner.equals(A) ? adminA : adminB;
      invitations.add(require(programme.subAccounts().inviteSubAccount().invite(
          new InviteSubAccount.Command(
          by, partner, "invitee@example.com", SubAccountType.STANDARD, "Welcome"))).id());
    }
    Outbox<InvitationMessage> outbox = storage.invitations().outbox();
    for (Outbox.Entry<InvitationMessage> entry : outbox.claim(100, clock.instant(),
        Duration.ofMinutes(5))) {
      String path = programme.invitationLinks().link(entry.message()).getPath();
      tokens.add(path.substring(path.lastIndexOf('/') + 1));
    }
    if (!tokens.isEmpty()) {
      subAccounts.add(require(programme.subAccounts().acceptInvitation().accept(
          new AcceptInvitation.Command(
          holder, tokens.get(0), APPLICANT))).id());
    }
    //
    ResellerApplicationId applied =
        require(programme.resellers().applyAsReseller().apply(new ApplyAsReseller.Command(adminA,
            A))).id();
    applications.add(applied);
    require(programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(manager, applied, "contract-a.pdf")));
    require(programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(manager, applied, "signed-a.pdf")));
    require(programme.resellers().approveResellerApplication().approve(
        new ApproveResellerApplication.Command(
        manager, applied, Optional.of(new BigDecimal("12.5")))));
    applications.add(
        require(programme.resellers().applyAsReseller().apply(new ApplyAsReseller.Command(adminB,
            B))).id());
    require(programme.resellers().linkCustomer().link(
        new LinkCustomer.Command(support, new CustomerId(CUSTOMER), A)));
    // U-1..U-5
    require(programme.subscriptions().defineOffer().define(new DefineOffer.Command(manager,
        Offer.builder()
        .id(new dev.vouchers.core.subscription.domain.OfferId(OFFER)).name("Office").publisher("Publisher")
        .addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
        .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)
        .maxQuantity(100).build())));
    for (PartnerId partner : List.of(A, A, B)) {
      Actor by = partner.equals(A) ? agentA : adminB;
      subscriptions.add(require(programme.subscriptions().buySubscription().buy(
          new BuySubscription.Command(by,
          partner, SubscriptionRequest.of(CUSTOMER, OFFER, 5, SubscriptionTerm.ANNUAL,
              BillingFrequency.MONTHLY).withNickname("Team")))).id());
    }
    require(programme.subscriptions().activateSubscription().activate(
        new ActivateSubscription.Command(service,
        subscriptions.get(0), URI.create("https://publisher.example/p/1"), "AUTH-1", true,
        true)));
    clock.advance(Duration.ofHours(1));
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the guard's seeding was refused: " + result.getLeft());
    }
    return result.get();
  }
}
