// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.messaging.port.out.ActivationLinks;
import dev.vouchers.core.messaging.port.out.InvitationLinks;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;


import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
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
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
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
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
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
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.LinkToken;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.core.voucher.port.out.CodeRandomness;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The whole library wired over a set of outbound adapters: one object a webshop builds once
 * and asks for the use cases it calls.
 *
 * <pre>{@code
 * VoucherProgramme programme = VoucherProgramme.builder()
 *     .settings(ProgrammeSettings.builder().redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
 *     .clock(Clock.systemUTC())
 *     .vouchers(store).partners(store).catalog(store).mandates(store)
 *     .codeVault(CodeVault.retrievable(lookupKey, encryptionKey))
 *     .domainProbe(probe)
 *     .events(events) // optional
 *     .invitations(store).subAccounts(store) // optional: sub-account invitations, I-1..I-3
 *     .subscriptions(store).offers(store) // optional: subscriptions (U-1..U-5)
 *     .resellerApplications(store).customerLinks(store) // optional: resellers
 *     .build();
 * programme.orderVouchers().order(command);
 * }</pre>
 *
 * <p>Services are thread-safe as long as the adapters are.
 *
 * <p>What the programme did is told to {@link ProgrammeEvents} (see
 * {@link Builder#events}): orders placed and cancelled, every voucher move, and every refusal
 * of a use case that changes state (orders, cancellation, the lifecycle, the sweep, comments,
 * tiers, partners, products, prices, mandates). Reads publish nothing, except that a code
 * look-up refused for too many failed attempts (G-1) is published like every such refusal.
 */
public final class VoucherProgramme implements ActivationLinks, InvitationLinks {
  private final Context context;
  private final Idempotency idempotency;
  private final OrderingService ordering;
  private final PriceListService priceList;
  private final LifecycleService lifecycle;
  private final AdministrationService administration;
  private final LookUpCode lookUpCode;
  private final FollowActivationLink followActivationLink;
  // V-3: the state-changing use cases, each publishing its refusals
  private final OrderVouchers orderVouchers;
  private final CancelOrder cancelOrder;
  private final SendActivationLink sendActivationLink;
  private final WithdrawActivationLink withdrawActivationLink;
  private final StartOrganisationActivation startOrganisationActivation;
  private final IssueDomainChallenge issueDomainChallenge;
  private final VerifyDomainControl verifyDomainControl;
  private final SubmitCertificateRequest submitCertificateRequest;
  private final MarkRedeemed markRedeemed;
  private final ExtendExpiry extendExpiry;
  private final ReportCertificateRevoked reportCertificateRevoked;
  private final ExpireDueVouchers expireDueVouchers;
  private final CommentOnVoucher commentOnVoucher;
  private final SetPartnerTier setPartnerTier;
  private final RegisterMandate registerMandate;
  private final RegisterPartner registerPartner;
  private final DefineProduct defineProduct;
  private final PublishPriceBook publishPriceBook;
  // I-1..I-3: sub-account invitations
  private final InvitationService invitationService;
  private final SubAccountService subAccountService;
  private final InviteSubAccount inviteSubAccount;
  private final ResendInvitation resendInvitation;
  private final CancelInvitation cancelInvitation;
  private final AcceptInvitation acceptInvitation;
  private final ExpireDueInvitations expireDueInvitations;
  private final ChangeSubAccountBilling changeSubAccountBilling;
  private final ChangeSubAccountType changeSubAccountType;
  private final AttachContract attachContract;
  private final DetachContract detachContract;

  // reseller programme
  private final ResellerApplicationService resellerApplications;
  private final CustomerLinkService customerLinks;
  private final ApplyAsReseller applyAsReseller;
  private final SendResellerContract sendResellerContract;
  private final RecordResellerContractSigned recordResellerContractSigned;
  private final ApproveResellerApplication approveResellerApplication;
  private final RejectResellerApplication rejectResellerApplication;
  private final SetResellerDiscount setResellerDiscount;
  private final LinkCustomer linkCustomer;
  private final UnlinkCustomer unlinkCustomer;

  // U-1..U-5: subscriptions
  private final SubscriptionService subscriptionService;
  private final DefineOffer defineOffer;
  private final BuySubscription buySubscription;
  private final ActivateSubscription activateSubscription;
  private final ChangeSubscriptionQuantity changeSubscriptionQuantity;
  private final CancelSubscription cancelSubscription;
  private final SwitchAutoRenew switchAutoRenew;
  private final ChangeBillingFrequency changeBillingFrequency;
  private final RenameSubscription renameSubscription;
  private final ChangeIndirectReseller changeIndirectReseller;
  private final SuspendSubscription suspendSubscription;
  private final ReactivateSubscription reactivateSubscription;
  private final RenewOrExpireSubscriptions renewOrExpireSubscriptions;

  // M-6: the usage report
  private final UsageReport usageReport;
  // E-1: erasure of personal data
  private final ErasureService erasure;
  private final ErasePersonalData erasePersonalData;

  // G-4: the re-keying job
  private final KeyRotationService keyRotation;

  // M-3: support search
  private final SearchVouchers searchVouchers;

  // M-1: the import of codes of an earlier system
  private final ImportCodes importCodes;

  private VoucherProgramme(Context context, InvitationPorts invitationPorts,
      ResellerApplications resellerStorage, CustomerLinks linkStorage,
      Subscriptions subscriptions, Offers offers, IdempotencyKeys idempotencyKeys,
      UsageReports usageReports, PersonalData personalData, CodeRekeying codeRekeying,
      VoucherSearches voucherSearches, CodeImports codeImports) {
    this.usageReport = new UsageReportService(context, usageReports);
    this.erasure = new ErasureService(context, personalData);
    this.erasePersonalData =
        command -> context.answered(ErasePersonalData.class, erasure.erase(command));
    this.keyRotation = new KeyRotationService(context.vault(), codeRekeying);
    this.searchVouchers = new SearchService(context, voucherSearches);
    ImportService imports = new ImportService(context, codeImports);
    this.importCodes = command -> context.answered(ImportCodes.class,
        imports.importCodes(command));
    this.context = context;
    // G-3: the creating and sending commands under idempotency keys
    this.idempotency = new Idempotency(context, idempotencyKeys);
    IdempotentUseCases keyed = new IdempotentUseCases(idempotency, context);
    this.ordering = new OrderingService(context);
    this.priceList = new PriceListService(context);
    this.lifecycle = new LifecycleService(context);
    this.administration = new AdministrationService(context);
    // G-1: a read, but its attempt-limit refusals are told (metrics, alerts)
    this.lookUpCode = command -> {
      var answer = lifecycle.lookUp(command);
      if (answer.isLeft() && answer.getLeft().codes().contains(ReasonCode.TOO_MANY_ATTEMPTS)) {
        context.publish(new ProgrammeEvent.Refused(
            LookUpCode.class.getSimpleName(), answer.getLeft(), context.now()));
      }
      return answer;
    };
    // G-2: a read like LookUpCode; its attempt-limit refusals are told the same way
    this.followActivationLink = command -> {
      var answer = lifecycle.follow(command);
      if (answer.isLeft() && answer.getLeft().codes().contains(ReasonCode.TOO_MANY_ATTEMPTS)) {
        context.publish(new ProgrammeEvent.Refused(
            FollowActivationLink.class.getSimpleName(), answer.getLeft(), context.now()));
      }
      return answer;
    };
    this.orderVouchers = command -> context.answered(OrderVouchers.class,
        keyed.order(command, ordering::order));
    this.cancelOrder = command -> context.answered(CancelOrder.class, ordering.cancel(command));
    this.sendActivationLink = command -> context.answered(SendActivationLink.class,
        keyed.send(command, lifecycle::send, ordering));
    this.withdrawActivationLink =
        command -> context.answered(WithdrawActivationLink.class, lifecycle.withdraw(command));
    this.startOrganisationActivation =
        command -> context.answered(StartOrganisationActivation.class, lifecycle.start(command));
    this.issueDomainChallenge =
        command -> context.answered(IssueDomainChallenge.class, lifecycle.issue(command));
    this.verifyDomainControl =
        command -> context.answered(VerifyDomainControl.class, lifecycle.verify(command));
    this.submitCertificateRequest =
        command -> context.answered(SubmitCertificateRequest.class, lifecycle.submit(command));
    ExpiryExtensionService extensions = new ExpiryExtensionService(context);
    this.extendExpiry =
        command -> context.answered(ExtendExpiry.class, extensions.extend(command));
    this.markRedeemed = command -> context.answered(MarkRedeemed.class, lifecycle.redeem(command));
    this.reportCertificateRevoked =
        command -> context.answered(ReportCertificateRevoked.class, lifecycle.report(command));
    this.expireDueVouchers =
        command -> context.answered(ExpireDueVouchers.class, lifecycle.expire(command));
    this.commentOnVoucher =
        command -> context.answered(CommentOnVoucher.class, lifecycle.comment(command));
    this.setPartnerTier =
        command -> context.answered(SetPartnerTier.class, administration.set(command));
    this.registerMandate =
        command -> context.answered(RegisterMandate.class, administration.register(command));
    this.registerPartner =
        command -> context.answered(RegisterPartner.class, administration.register(command));
    this.defineProduct =
        command -> context.answered(DefineProduct.class, administration.define(command));
    this.publishPriceBook =
        command -> context.answered(PublishPriceBook.class, administration.publish(command));
    // I-1..I-3: sub-account invitations
    this.invitationService = new InvitationService(context, invitationPorts);
    this.subAccountService = new SubAccountService(context, invitationPorts);
    this.inviteSubAccount = command -> context.answered(InviteSubAccount.class,
        keyed.invite(command, invitationService::invite, invitationService));
    this.resendInvitation = command ->
        context.answered(ResendInvitation.class, invitationService.resend(command));
    this.cancelInvitation = command ->
        context.answered(CancelInvitation.class, invitationService.cancel(command));
    this.acceptInvitation = command ->
        context.answered(AcceptInvitation.class, invitationService.accept(command));
    this.expireDueInvitations = command ->
        context.answered(ExpireDueInvitations.class, invitationService.expire(command));
    this.changeSubAccountBilling = command ->
        context.answered(ChangeSubAccountBilling.class, subAccountService.change(command));
    this.changeSubAccountType = command ->
        context.answered(ChangeSubAccountType.class, subAccountService.change(command));
    this.attachContract = command ->
        context.answered(AttachContract.class, subAccountService.attach(command));
    this.detachContract = command ->
        context.answered(DetachContract.class, subAccountService.detach(command));
    // reseller programme
    this.resellerApplications = new ResellerApplicationService(context, resellerStorage);
    this.customerLinks = new CustomerLinkService(context, resellerStorage, linkStorage);
    this.applyAsReseller = command -> context.answered(ApplyAsReseller.class,
        keyed.apply(command, resellerApplications::apply, resellerApplications));
    this.sendResellerContract = command ->
        context.answered(SendResellerContract.class, resellerApplications.send(command));
    this.recordResellerContractSigned = command -> context.answered(
        RecordResellerContractSigned.class, resellerApplications.record(command));
    this.approveResellerApplication = command -> context.answered(
        ApproveResellerApplication.class, resellerApplications.approve(command));
    this.rejectResellerApplication = command -> context.answered(
        RejectResellerApplication.class, resellerApplications.reject(command));
    this.setResellerDiscount = command ->
        context.answered(SetResellerDiscount.class, resellerApplications.set(command));
    this.linkCustomer = command ->
        context.answered(LinkCustomer.class, customerLinks.link(command));
    this.unlinkCustomer = command ->
        context.answered(UnlinkCustomer.class, customerLinks.unlink(command));
    // U-1..U-5: subscriptions
    SubscriptionService subs = new SubscriptionService(context, subscriptions, offers);
    this.subscriptionService = subs;
    this.defineOffer = command -> context.answered(DefineOffer.class, subs.define(command));
    this.buySubscription = command -> context.answered(BuySubscription.class,
        keyed.buy(command, subs::buy, subs));
    this.activateSubscription =
        command -> context.answered(ActivateSubscription.class, subs.activate(command));
    this.changeSubscriptionQuantity =
        command -> context.answered(ChangeSubscriptionQuantity.class, subs.change(command));
    this.cancelSubscription =
        command -> context.answered(CancelSubscription.class, subs.cancel(command));
    this.switchAutoRenew =
        command -> context.answered(SwitchAutoRenew.class, subs.switchAutoRenew(command));
    this.changeBillingFrequency =
        command -> context.answered(ChangeBillingFrequency.class, subs.change(command));
    this.renameSubscription =
        command -> context.answered(RenameSubscription.class, subs.rename(command));
    this.changeIndirectReseller =
        command -> context.answered(ChangeIndirectReseller.class, subs.change(command));
    this.suspendSubscription =
        command -> context.answered(SuspendSubscription.class, subs.suspend(command));
    this.reactivateSubscription =
        command -> context.answered(ReactivateSubscription.class, subs.reactivate(command));
    this.renewOrExpireSubscriptions = command ->
        context.answered(RenewOrExpireSubscriptions.class, subs.renewOrExpire(command));
  }

  /** E-1: erases one person's data on request (ADR 0052). */
  public ErasePersonalData erasePersonalData() {
    return erasePersonalData;
  }

  /**
   * E-1: the automatic erasure: erases the personal data of up to {@code limit} vouchers and
   * up to {@code limit} invitations closed longer than {@code retention} ago, oldest closing
   * first, and records it (ADR 0052); the Spring adapter runs it at the sweep interval when
   * {@code vouchers.erasure.enabled} is set. A negative retention counts as none.
   *
   * @param retention how long personal data is kept after the voucher or invitation closed
   * @param limit the most vouchers (and invitations) per call, positive
   * @return how many were looked at (0 when none is due)
   */
  public int sweepPersonalData(java.time.Duration retention, int limit) {
    return erasure.sweep(retention, limit);
  }

  /** M-6: the usage report per partner, product and period, streamed (ADR 0050). */
  public UsageReport usageReport() {
    return usageReport;
  }

  /** M-3: support search by e-mail, last four symbols, customer name, notes or order number. */
  public SearchVouchers searchVouchers() {
    return searchVouchers;
  }

  /** M-1: vendor staff import codes of an earlier system as an imported order (ADR 0053). */
  public ImportCodes importCodes() {
    return importCodes;
  }

  /** Starts wiring. */
  public static Builder builder() {
    return new Builder();
  }

  /** The programme's settings. */
  public ProgrammeSettings settings() {
    return context.settings();
  }

  /**
   * S-2, G-2: the link an activation e-mail carries: the redemption page with the message's
   * link token ({@code ?link=<token>}, no code), which works only while the assignment it was
   * sent for is current (ADR 0046). A message written before G-2 carries no token: its link is
   * the page with the code when codes are kept retrievable, the bare page (the customer types
   * the code the partner gave them) when they are shown once. For the relay that delivers the
   * outbox.
   *
   * @param message a message claimed from the outbox
   * @return the link to put in the e-mail
   */
  @Override
  public URI redemptionUrl(ActivationMessage message) {
    Optional<LinkToken> token = linkToken(message);
    if (token.isPresent()) {
      return context.settings().links().forLink(token.get());
    }
    return context.display(message.code()).map(context.settings().links()::forCode)
        .orElse(message.redemptionPage());
  }

  /** G-2: the link token a message carries sealed, opened. */
  private Optional<LinkToken> linkToken(ActivationMessage message) {
    return message.link().map(sealed -> new LinkToken(context.vault().openSecret(sealed,
        ActivationMessage.sealedWith(message.id()))));
  }

  /**
   * G-2: whether an activation message is still worth sending when the relay is about to send
   * it: its voucher is ASSIGNED as of now (not withdrawn, not cancelled with its order, not
   * expired, even if the expiry sweep has not written it yet, V-4, and not moved on to use)
   * and the message is the one its current assignment wrote (same recipient, not older than
   * the last send, and carrying the assignment's current link token: a resend to another
   * address, or a later one, overtakes it).
   *
   * @param message a message claimed from the outbox
   * @return false when the message was overtaken and must not be sent
   */
  @Override
  public boolean activationCurrent(ActivationMessage message) {
    Instant now = context.now();
    return context.vouchers().voucher(message.voucher())
        .filter(voucher -> voucher.statusAt(now) == VoucherStatus.ASSIGNED)
        .flatMap(Voucher::assignment)
        .filter(assignment -> assignment.recipient().equals(message.recipient())
            && !message.createdAt().isBefore(assignment.sentAt())
            && linkToken(message).map(token -> assignment.link()
                .filter(link -> context.linkMatches(link, token)).isPresent()).orElse(true))
        .isPresent();
  }

  /** The clock every rule reads. */
  @Override
  public Clock clock() {
    return context.clock();
  }

  /** O-1..O-4. */
  public OrderVouchers orderVouchers() {
    return orderVouchers;
  }

  /** O-3: prices an order without placing it. */
  public QuoteOrder quoteOrder() {
    return ordering;
  }

  /** T-2: the prices one partner pays. */
  public ShowPriceList showPriceList() {
    return priceList;
  }

  /** T-5: one partner and its tier history. */
  public GetPartner getPartner() {
    return administration;
  }

  /** O-3. */
  public GetOrder getOrder() {
    return ordering;
  }

  /** O-5. */
  public ListOrders listOrders() {
    return ordering;
  }

  /** O-5. */
  public ListVouchers listVouchers() {
    return ordering;
  }

  /** V-2. */
  public GetVoucher getVoucher() {
    return ordering;
  }

  /** S-1. */
  public ExportOrderCodes exportOrderCodes() {
    return ordering;
  }

  /** M-4. */
  public FindOrderByNumber findOrderByNumber() {
    return ordering;
  }

  /** M-2. */
  public ExtendExpiry extendExpiry() {
    return extendExpiry;
  }

  /** S-3. */
  public PrintVoucher printVoucher() {
    return ordering;
  }

  /** V-6. */
  public CheckCancellation checkCancellation() {
    return ordering;
  }

  /** V-6. */
  public CancelOrder cancelOrder() {
    return cancelOrder;
  }

  /** S-2. */
  public SendActivationLink sendActivationLink() {
    return sendActivationLink;
  }

  /** V-1. */
  public WithdrawActivationLink withdrawActivationLink() {
    return withdrawActivationLink;
  }

  /** C-4, C-5, G-1. */
  public LookUpCode lookUpCode() {
    return lookUpCode;
  }

  /** G-2, C-5, G-1: the end customer follows an activation link. */
  public FollowActivationLink followActivationLink() {
    return followActivationLink;
  }

  /**
   * G-1: deletes up to {@code limit} attempt windows that have ended, so that the attempt
   * store stays bounded by the keys of the last window; the Spring adapter runs it with the
   * expiry sweep. Without a {@link Builder#codeAttempts} store it does nothing.
   *
   * @param limit the most windows to delete, positive
   * @return how many were deleted
   */
  public int sweepCodeAttempts(int limit) {
    return context.attempts().sweep(context.now(), Math.max(1, limit));
  }

  /**
   * G-3: deletes up to {@code limit} idempotency keys first used longer ago than
   * {@code ProgrammeSettings.idempotencyRetention()} (at least 24 hours), oldest first; the
   * Spring adapter runs it with the other sweeps. Without a {@link Builder#idempotencyKeys}
   * store it does nothing.
   *
   * @param limit the most keys to delete, positive
   * @return how many were deleted
   */
  public int sweepIdempotencyKeys(int limit) {
    return idempotency.keys().sweep(
        context.now().minus(context.settings().idempotencyRetention()), Math.max(1, limit));
  }

  /**
   * G-4: the re-keying job: moves retrievable codes from older keys of the vault's ring to its
   * current key and reports what is left under each older key (ADR 0051).
   *
   * @return the use case
   */
  public RekeyCodes rekeyCodes() {
    return keyRotation;
  }

  /**
   * G-4: how many codes this programme's re-keying runs have moved since it was built (for
   * metrics).
   *
   * @return the number of codes moved
   */
  public long codesRekeyed() {
    return keyRotation.movedSoFar();
  }

  /** P-2. */
  public StartOrganisationActivation startOrganisationActivation() {
    return startOrganisationActivation;
  }

  /** D-1. */
  public IssueDomainChallenge issueDomainChallenge() {
    return issueDomainChallenge;
  }

  /** D-1. */
  public VerifyDomainControl verifyDomainControl() {
    return verifyDomainControl;
  }

  /** D-2. */
  public SubmitCertificateRequest submitCertificateRequest() {
    return submitCertificateRequest;
  }

  /** V-7. */
  public MarkRedeemed markRedeemed() {
    return markRedeemed;
  }

  /** V-5. */
  public ReportCertificateRevoked reportCertificateRevoked() {
    return reportCertificateRevoked;
  }

  /** V-4. */
  public ExpireDueVouchers expireDueVouchers() {
    return expireDueVouchers;
  }

  /** V-8. */
  public CommentOnVoucher commentOnVoucher() {
    return commentOnVoucher;
  }

  /** T-5. */
  public SetPartnerTier setPartnerTier() {
    return setPartnerTier;
  }

  /** D-2. */
  public RegisterMandate registerMandate() {
    return registerMandate;
  }

  /** Partners. */
  public RegisterPartner registerPartner() {
    return registerPartner;
  }

  /** P-1. */
  public DefineProduct defineProduct() {
    return defineProduct;
  }

  /** T-2. */
  public PublishPriceBook publishPriceBook() {
    return publishPriceBook;
  }

  // ------------------------------------------------------------------ I-1..I-3

  /**
   * I-1: the link an invitation e-mail carries, {@code <base>/invitations/<token>}, with the
   * token opened from the message. For the relay that delivers the invitation outbox.
   *
   * @param message a message claimed from the invitation outbox
   * @return the link to put in the e-mail
   */
  @Override
  public URI invitationUrl(InvitationMessage message) {
    return invitationService.link(message);
  }

  /**
   * I-2: whether an invitation message is still worth sending: its invitation is pending and
   * the message carries the current token. A message overtaken by a resend, a cancellation or
   * the expiry would only carry a dead link.
   *
   * @param message a message claimed from the invitation outbox
   * @return false when its link no longer works
   */
  @Override
  public boolean invitationCurrent(InvitationMessage message) {
    return invitationService.current(message);
  }

  /** I-1: a partner's admin invites a sub-account. */
  public InviteSubAccount inviteSubAccount() {
    return inviteSubAccount;
  }

  /** I-2: resends a pending invitation with a new token. */
  public ResendInvitation resendInvitation() {
    return resendInvitation;
  }

  /** I-2: cancels a pending invitation. */
  public CancelInvitation cancelInvitation() {
    return cancelInvitation;
  }

  /** I-2: a partner's invitations, newest first. */
  public ListInvitations listInvitations() {
    return invitationService;
  }

  /** I-2: one invitation with its history. */
  public GetInvitation getInvitation() {
    return invitationService;
  }

  /** I-3: the invitee accepts; the sub-account is created. */
  public AcceptInvitation acceptInvitation() {
    return acceptInvitation;
  }

  /** I-2: writes EXPIRED for pending invitations whose expiry has come. */
  public ExpireDueInvitations expireDueInvitations() {
    return expireDueInvitations;
  }

  /** I-3: one sub-account with its history. */
  public GetSubAccount getSubAccount() {
    return subAccountService;
  }

  /** I-3: a partner's sub-accounts, newest first. */
  public ListSubAccounts listSubAccounts() {
    return subAccountService;
  }

  /** I-3: the partner changes billing and pricing (not while a contract is attached). */
  public ChangeSubAccountBilling changeSubAccountBilling() {
    return changeSubAccountBilling;
  }

  /** I-3: the vendor changes the sub-account type. */
  public ChangeSubAccountType changeSubAccountType() {
    return changeSubAccountType;
  }

  /** I-3: the vendor attaches a contract. */
  public AttachContract attachContract() {
    return attachContract;
  }

  /** I-3: the vendor detaches the contract. */
  public DetachContract detachContract() {
    return detachContract;
  }

  // ------------------------------------------------ reseller programme (R-1, R-2; ADR 0015)

  /** a partner applies for the reseller programme. */
  public ApplyAsReseller applyAsReseller() {
    return applyAsReseller;
  }

  /** SUBMITTED → CONTRACT_SENT. */
  public SendResellerContract sendResellerContract() {
    return sendResellerContract;
  }

  /** CONTRACT_SENT → CONTRACT_SIGNED. */
  public RecordResellerContractSigned recordResellerContractSigned() {
    return recordResellerContractSigned;
  }

  /** CONTRACT_SIGNED → APPROVED. */
  public ApproveResellerApplication approveResellerApplication() {
    return approveResellerApplication;
  }

  /** any open status → REJECTED. */
  public RejectResellerApplication rejectResellerApplication() {
    return rejectResellerApplication;
  }

  /** one application with its history. */
  public GetResellerApplication getResellerApplication() {
    return resellerApplications;
  }

  /** applications by status (staff) or the partner's own. */
  public ListResellerApplications listResellerApplications() {
    return resellerApplications;
  }

  /** the reseller discount. */
  public SetResellerDiscount setResellerDiscount() {
    return setResellerDiscount;
  }

  /** link (or transfer) a customer to a reseller. */
  public LinkCustomer linkCustomer() {
    return linkCustomer;
  }

  /** end a customer's link. */
  public UnlinkCustomer unlinkCustomer() {
    return unlinkCustomer;
  }

  /** a customer's link history. */
  public GetCustomerLinks getCustomerLinks() {
    return customerLinks;
  }

  /** a reseller's current customers. */
  public ListResellerCustomers listResellerCustomers() {
    return customerLinks;
  }

  /** the reseller discount of a customer's purchase at an instant. */
  public DiscountFor discountFor() {
    return customerLinks;
  }

  /** a customer's purchase priced now, with its reseller discount. */
  public PriceCustomerPurchase priceCustomerPurchase() {
    return customerLinks;
  }
  // ---------------------------------------------------------------- U-1..U-5: subscriptions

  /** U-1, U-3: the partner manager defines offers. */
  public DefineOffer defineOffer() {
    return defineOffer;
  }

  /** U-1: the offers partners buy subscriptions of. */
  public ListOffers listOffers() {
    return subscriptionService;
  }

  /** U-1. */
  public BuySubscription buySubscription() {
    return buySubscription;
  }

  /** U-2. */
  public ActivateSubscription activateSubscription() {
    return activateSubscription;
  }

  /** U-3. */
  public ChangeSubscriptionQuantity changeSubscriptionQuantity() {
    return changeSubscriptionQuantity;
  }

  /** U-3. */
  public CancelSubscription cancelSubscription() {
    return cancelSubscription;
  }

  /** U-4. */
  public SwitchAutoRenew switchAutoRenew() {
    return switchAutoRenew;
  }

  /** U-5. */
  public ChangeBillingFrequency changeBillingFrequency() {
    return changeBillingFrequency;
  }

  /** U-5. */
  public RenameSubscription renameSubscription() {
    return renameSubscription;
  }

  /** U-1. */
  public ChangeIndirectReseller changeIndirectReseller() {
    return changeIndirectReseller;
  }

  /** U-2. */
  public SuspendSubscription suspendSubscription() {
    return suspendSubscription;
  }

  /** U-2. */
  public ReactivateSubscription reactivateSubscription() {
    return reactivateSubscription;
  }

  /** U-2, U-4. */
  public GetSubscription getSubscription() {
    return subscriptionService;
  }

  /** U-1, U-4. */
  public ListSubscriptions listSubscriptions() {
    return subscriptionService;
  }

  /** U-4: the sweep. */
  public RenewOrExpireSubscriptions renewOrExpireSubscriptions() {
    return renewOrExpireSubscriptions;
  }

  // ---------------------------------------------------------------- end of subscriptions

  /** Wires a {@link VoucherProgramme}; settings, clock and the storage ports are required. */
  public static final class Builder {
    // ADR 0059: an optional feature without storage says so one way (Unconfigured)
    private static final String INVITATIONS = "sub-account invitations (I-1..I-3)";
    private static final String RESELLERS = "the reseller programme (R-1, R-2)";
    private static final String[] RESELLER_SETTINGS = {"resellerApplications", "customerLinks"};
    private static final String SUBSCRIPTIONS = "subscriptions (U-1..U-5)";
    private static final String[] SUBSCRIPTION_SETTINGS = {"subscriptions", "offers"};

    private @Nullable ProgrammeSettings settings;
    private @Nullable Clock clock;
    private @Nullable Vouchers vouchers;
    private @Nullable Partners partners;
    private @Nullable Catalog catalog;
    private @Nullable Mandates mandates;
    private DomainProbe probe = (domain, checkName) ->
        dev.vouchers.core.voucher.domain.ProbeObservation.nothing();
    private CodeRandomness randomness = CodeRandomness.secure();
    private @Nullable CodeVault vault;
    private ProgrammeEvents events = ProgrammeEvents.none();
    private CodeAttempts attempts = CodeAttempts.unlimited();
    private IdempotencyKeys idempotencyKeys = IdempotencyKeys.none();
    private @Nullable CodeRekeying codeRekeying;
    private Invitations invitations =
        Unconfigured.port(Invitations.class, INVITATIONS, Set.of("expireDueInvitations"),
            "invitations", "subAccounts");
    private SubAccounts subAccounts =
        Unconfigured.port(SubAccounts.class, INVITATIONS, "invitations", "subAccounts");
    private @Nullable InvitationSettings invitationSettings;
    // reseller programme: optional; without it its use cases fail naming the setting
    private ResellerApplications resellerApplications =
        Unconfigured.port(ResellerApplications.class, RESELLERS, RESELLER_SETTINGS);
    private CustomerLinks customerLinks =
        Unconfigured.port(CustomerLinks.class, RESELLERS, RESELLER_SETTINGS);
    // U-1..U-5: subscriptions are optional; without storage their use cases throw
    private Subscriptions subscriptions = Unconfigured.port(Subscriptions.class, SUBSCRIPTIONS,
        Set.of("settleDue"), SUBSCRIPTION_SETTINGS);
    private Offers offers =
        Unconfigured.port(Offers.class, SUBSCRIPTIONS, SUBSCRIPTION_SETTINGS);
    // M-6: optional; by default the vouchers storage if it computes the report
    private @Nullable UsageReports usageReports;
    // E-1: optional; by default the vouchers storage if it erases personal data
    private @Nullable PersonalData personalData;
    // M-3: optional; by default the vouchers storage if it searches
    private @Nullable VoucherSearches voucherSearches;
    // M-1: optional; by default the vouchers storage if it imports codes
    private @Nullable CodeImports codeImports;

    private Builder() {}

    /**
     * E-1: where personal data is erased (ADR 0052); by default the vouchers storage when it
     * implements {@link PersonalData}, as the JDBC and in-memory stores do.
     */
    public Builder personalData(PersonalData personalData) {
      this.personalData = Objects.requireNonNull(personalData, "personalData");
      return this;
    }

    /**
     * M-6: where the usage report is computed (optional: by default the {@link #vouchers}
     * storage when it implements {@link UsageReports}, as the JDBC and in-memory stores do;
     * otherwise the report's use case throws an {@link IllegalStateException} naming this
     * setting).
     */
    public Builder usageReports(UsageReports usageReports) {
      this.usageReports = Objects.requireNonNull(usageReports, "usageReports");
      return this;
    }

    /**
     * M-3: where support searches are run (optional: by default the {@link #vouchers} storage
     * when it implements {@link VoucherSearches}, as the JDBC and in-memory stores do;
     * otherwise the search throws an {@link IllegalStateException} naming this setting).
     */
    public Builder voucherSearches(VoucherSearches voucherSearches) {
      this.voucherSearches = Objects.requireNonNull(voucherSearches, "voucherSearches");
      return this;
    }

    /**
     * M-1: where imported codes are stored (optional: by default the {@link #vouchers} storage
     * when it implements {@link CodeImports}, as the JDBC and in-memory stores do; otherwise
     * the import's use case throws an {@link IllegalStateException} naming this setting).
     */
    public Builder codeImports(CodeImports codeImports) {
      this.codeImports = Objects.requireNonNull(codeImports, "codeImports");
      return this;
    }

    /**
     * storage of reseller applications and discounts (optional: without it, the
     * reseller programme's use cases throw an {@link IllegalStateException} naming this
     * setting).
     */
    public Builder resellerApplications(ResellerApplications resellerApplications) {
      this.resellerApplications =
          Objects.requireNonNull(resellerApplications, "resellerApplications");
      return this;
    }

    /**
     * storage of the links between customers and resellers (optional, as
     * {@link #resellerApplications}).
     */
    public Builder customerLinks(CustomerLinks customerLinks) {
      this.customerLinks = Objects.requireNonNull(customerLinks, "customerLinks");
      return this;
    }

    /**
     * U-1..U-5: subscription storage. Optional: without it the subscription use cases throw
     * {@link IllegalStateException} naming this setting.
     */
    public Builder subscriptions(Subscriptions subscriptions) {
      this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
      return this;
    }

    /** U-1, U-3: offer storage. Optional, as {@link #subscriptions}. */
    public Builder offers(Offers offers) {
      this.offers = Objects.requireNonNull(offers, "offers");
      return this;
    }

    /** The programme's settings. */
    public Builder settings(ProgrammeSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The clock every rule reads (inject a fixed or offset clock in tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Order and voucher storage. */
    public Builder vouchers(Vouchers vouchers) {
      this.vouchers = Objects.requireNonNull(vouchers, "vouchers");
      return this;
    }

    /** Partner storage. */
    public Builder partners(Partners partners) {
      this.partners = Objects.requireNonNull(partners, "partners");
      return this;
    }

    /** Product and price storage. */
    public Builder catalog(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** Mandate storage. */
    public Builder mandates(Mandates mandates) {
      this.mandates = Objects.requireNonNull(mandates, "mandates");
      return this;
    }

    /** D-1: the domain probe (default: observes nothing, so no domain can be proven). */
    public Builder domainProbe(DomainProbe probe) {
      this.probe = Objects.requireNonNull(probe, "probe");
      return this;
    }

    /** C-2: randomness for codes, ids and secrets (default: SecureRandom). */
    public Builder randomness(CodeRandomness randomness) {
      this.randomness = Objects.requireNonNull(randomness, "randomness");
      return this;
    }

    /**
     * C-1, C-5: how codes are kept at rest (retrievable or shown once), with the keys from the
     * shop's configuration.
     */
    public Builder codeVault(CodeVault vault) {
      this.vault = Objects.requireNonNull(vault, "vault");
      return this;
    }

    /**
     * Where to tell what the programme did (default: {@link ProgrammeEvents#none()}). Called
     * on the use case's thread after the store accepted each change; a listener that throws
     * is logged at WARN and does not fail the use case.
     */
    public Builder events(ProgrammeEvents events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * G-1: where failed code attempts are counted per caller key (default:
     * {@link CodeAttempts#unlimited()}, no limit). The limit is
     * {@code ProgrammeSettings.attemptLimit()}.
     */
    public Builder codeAttempts(CodeAttempts attempts) {
      this.attempts = Objects.requireNonNull(attempts, "attempts");
      return this;
    }

    /**
     * G-3: where the idempotency keys of creating and sending commands are kept (default:
     * {@link IdempotencyKeys#none()}, keys are not remembered and every command runs). Must be
     * the store of the same storage as the vouchers, invitations, subscriptions and reseller
     * applications: it runs their writes in the transaction that stores the key.
     */
    public Builder idempotencyKeys(IdempotencyKeys idempotencyKeys) {
      this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
      return this;
    }

    /**
     * G-4: where stored codes are moved to the current key by the re-keying job (default: the
     * vouchers storage if it is one, as the in-memory store is; otherwise
     * {@link CodeRekeying#none()}). Must be the store of the same storage as the vouchers.
     */
    public Builder codeRekeying(CodeRekeying codeRekeying) {
      this.codeRekeying = Objects.requireNonNull(codeRekeying, "codeRekeying");
      return this;
    }

    /**
     * I-1..I-3: invitation storage (optional: without it, the sub-account use cases throw
     * an {@link IllegalStateException} naming this setting; everything else works).
     */
    public Builder invitations(Invitations invitations) {
      this.invitations = Objects.requireNonNull(invitations, "invitations");
      return this;
    }

    /** I-3: sub-account storage (optional, like {@link #invitations}). */
    public Builder subAccounts(SubAccounts subAccounts) {
      this.subAccounts = Objects.requireNonNull(subAccounts, "subAccounts");
      return this;
    }

    /**
     * I-1, I-2: where invitation links point and how long invitations stay valid (default:
     * {@link InvitationSettings#at} the redemption page's origin, valid for 30 days).
     */
    public Builder invitationSettings(InvitationSettings invitationSettings) {
      this.invitationSettings = Objects.requireNonNull(invitationSettings, "invitationSettings");
      return this;
    }

    /** The programme; fails naming every missing part. */
    public VoucherProgramme build() {
      StringBuilder missing = new StringBuilder();
      if (settings == null) {
        missing.append(" settings");
      }
      if (clock == null) {
        missing.append(" clock");
      }
      if (vouchers == null) {
        missing.append(" vouchers");
      }
      if (partners == null) {
        missing.append(" partners");
      }
      if (catalog == null) {
        missing.append(" catalog");
      }
      if (mandates == null) {
        missing.append(" mandates");
      }
      if (vault == null) {
        missing.append(" codeVault");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException("VoucherProgramme needs:" + missing);
      }
      InvitationPorts invitationPorts = new InvitationPorts(invitations, subAccounts,
          invitationSettings != null ? invitationSettings
              : InvitationSettings.at(settings.redemptionBaseUrl()));
      return new VoucherProgramme(new Context(settings, clock, vouchers, partners, catalog,
          mandates, probe, randomness, vault, new ProductNames(catalog, clock), events, attempts),
          invitationPorts, resellerApplications, customerLinks, subscriptions, offers,
          idempotencyKeys, usageReports(), personalData(), codeRekeying != null ? codeRekeying
              : vouchers instanceof CodeRekeying fromStorage ? fromStorage
              : CodeRekeying.none(), voucherSearches(), codeImports());
    }

    private PersonalData personalData() {
      if (personalData != null) {
        return personalData;
      }
      if (vouchers instanceof PersonalData fromStorage) {
        return fromStorage;
      }
      return Unconfigured.port(PersonalData.class, "erasing personal data (E-1)", "personalData");
    }

    /** M-3: the configured search port, the vouchers storage's, or one naming the setting. */
    private VoucherSearches voucherSearches() {
      if (voucherSearches != null) {
        return voucherSearches;
      }
      if (vouchers instanceof VoucherSearches fromStorage) {
        return fromStorage;
      }
      return Unconfigured.port(VoucherSearches.class, "support search (M-3)", "voucherSearches");
    }


    /** M-1: the configured import port, the vouchers storage's, or one naming the setting. */
    private CodeImports codeImports() {
      if (codeImports != null) {
        return codeImports;
      }
      if (vouchers instanceof CodeImports fromStorage) {
        return fromStorage;
      }
      return Unconfigured.port(CodeImports.class, "the import of codes (M-1)", "codeImports");
    }

    /** M-6: the configured report port, the vouchers storage's, or one naming the setting. */
    private UsageReports usageReports() {
      if (usageReports != null) {
        return usageReports;
      }
      if (vouchers instanceof UsageReports fromStorage) {
        return fromStorage;
      }
      return Unconfigured.port(UsageReports.class, "the usage report (M-6)", "usageReports");
    }
  }
}
