// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.catalog.application.WiredCatalog;
import dev.vouchers.core.catalog.port.in.CatalogUseCases;
import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.messaging.port.out.MessageLinks;
import dev.vouchers.core.ordering.application.WiredOrdering;
import dev.vouchers.core.ordering.port.in.OrderingUseCases;
import dev.vouchers.core.partner.application.WiredPartners;
import dev.vouchers.core.partner.port.in.PartnerUseCases;
import dev.vouchers.core.programme.domain.ProgrammeEvent.SubscriptionChanged;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.reseller.application.WiredResellers;
import dev.vouchers.core.reseller.port.in.ResellerUseCases;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.subaccount.application.WiredSubAccounts;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.port.in.SubAccountUseCases;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.subscription.application.WiredSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionUseCases;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.VoucherUseCases;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The whole library wired over a set of outbound adapters: one object a webshop builds once
 * and asks for the use cases it calls.
 *
 * <pre>{@code
 * VoucherProgramme programme = VoucherProgramme.builder()
 *     .settings(ProgrammeSettings.builder()
 *         .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
 *     .clock(Clock.systemUTC())
 *     .vouchers(store).partners(store).catalog(store).mandates(store)
 *     .codeVault(CodeVault.retrievable(lookupKey, encryptionKey))
 *     .domainProbe(probe)
 *     .events(events) // optional
 *     .invitations(store).subAccounts(store) // optional: sub-account invitations, I-1..I-3
 *     .subscriptions(store).offers(store) // optional: subscriptions (U-1..U-5)
 *     .resellerApplications(store).customerLinks(store) // optional: resellers
 *     .build();
 * programme.ordering().orderVouchers().order(command);
 * }</pre>
 *
 * <p>Services are thread-safe as long as the adapters are.
 *
 * <p>What the programme did is told to
 * {@link dev.vouchers.core.programme.port.out.ProgrammeEvents} (see
 * {@link ProgrammeBuilder#events}): orders placed and cancelled, every voucher move, and every
 * refusal of a use case that changes state (orders, cancellation, the lifecycle, the sweep,
 * comments, tiers, partners, products, prices, mandates). Reads publish nothing, except that a code
 * look-up refused for too many failed attempts (G-1) is published like every such refusal.
 */
public final class VoucherProgramme {
  private final ProgrammeBasics basics;
  private final WiredOrdering.Ports ports;
  private final Idempotency idempotency;
  private final WiredCatalog catalog;
  private final WiredPartners partners;
  private final WiredOrdering ordering;
  private final VoucherUseCases vouchers;
  private final WiredSubAccounts subAccounts;
  private final WiredResellers resellers;
  private final WiredSubscriptions subscriptions;
  // E-1: erasure of personal data
  private final ErasureService erasure;
  private final ErasePersonalData erasePersonalData;
  // G-4: the re-keying job
  private final KeyRotationService keyRotation;

  VoucherProgramme(ProgrammeBasics basics, WiredOrdering.Ports ports,
      Invitations invitationStorage,
      SubAccounts subAccountStorage, InvitationSettings invitationSettings,
      ResellerApplications resellerStorage, CustomerLinks linkStorage,
      Subscriptions subscriptionStorage, Offers offers, IdempotencyKeys idempotencyKeys,
      WiredOrdering.Operating operating, PersonalData personalData,
      CodeRekeying codeRekeying) {
    this.basics = basics;
    this.ports = ports;
    // G-3: the creating and sending commands under idempotency keys
    this.idempotency = new Idempotency(basics, idempotencyKeys);
    IdempotentUseCases keyed = new IdempotentUseCases(idempotency, ports.vault(),
        ports.vouchers());
    this.keyRotation = new KeyRotationService(ports.vault(), codeRekeying);
    this.ordering = WiredOrdering.over(basics, basics.settings(),
        new OrderingEventsPublished(basics), ports, operating,
        order -> command -> keyed.order(command, order::order),
        (send, get) -> command -> keyed.send(command, send::send, get), keyRotation);
    this.partners = WiredPartners.over(basics, ports.partners(), ports.mandates(),
        ports.catalog(), basics.settings().tiers());
    this.catalog = WiredCatalog.over(basics, ports.catalog(), ordering.productRedefined(),
        partners.showPriceList());
    this.vouchers = ordering.vouchers();
    this.subAccounts = WiredSubAccounts.over(basics, ports.partners(), ports.vault(),
        invitationStorage, subAccountStorage, invitationSettings,
        (invite, get) -> command -> keyed.invite(command, invite::invite, get));
    this.resellers = WiredResellers.over(basics, ports.partners(), resellerStorage,
        linkStorage, (apply, get) -> command -> keyed.apply(command, apply::apply, get));
    this.subscriptions = WiredSubscriptions.over(basics, ports.partners(), subscriptionStorage,
        offers, (partner, entry) -> basics.publish(SubscriptionChanged.of(partner, entry)),
        (buy, get) -> command -> keyed.buy(command, buy::buy, get));
    this.erasure = new ErasureService(basics, personalData);
    this.erasePersonalData =
        command -> basics.answered(ErasePersonalData.class, erasure.erase(command));
  }

  /** P-1, T-2: products and the price book. */
  public CatalogUseCases catalog() {
    return catalog;
  }

  /** T-5, D-2: partners, their tiers and mandates. */
  public PartnerUseCases partners() {
    return partners;
  }

  /** O-1..O-5, V-6, S-1, M-1, M-3, M-4, M-6: orders and the operating calls over them. */
  public OrderingUseCases ordering() {
    return ordering;
  }

  /** V-1..V-8, S-2, S-3, C-4, C-5, D-1, D-2, G-1, G-2, G-4, M-2: one voucher's life. */
  public VoucherUseCases vouchers() {
    return vouchers;
  }

  /** I-1..I-3: sub-account invitations and sub-accounts (optional storage, ADR 0059). */
  public SubAccountUseCases subAccounts() {
    return subAccounts;
  }

  /** the reseller programme (optional storage, ADR 0059). */
  public ResellerUseCases resellers() {
    return resellers;
  }

  /** U-1..U-5: offers and subscriptions (optional storage, ADR 0059). */
  public SubscriptionUseCases subscriptions() {
    return subscriptions;
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
  public int sweepPersonalData(Duration retention, int limit) {
    return erasure.sweep(retention, limit);
  }

  /** Starts wiring. */
  public static ProgrammeBuilder builder() {
    return new ProgrammeBuilder();
  }

  /** The programme's settings. */
  public ProgrammeSettings settings() {
    return basics.settings();
  }

  /** The clock every rule reads. */
  public Clock clock() {
    return basics.clock();
  }

  /**
   * G-1: deletes up to {@code limit} attempt windows that have ended, so that the attempt
   * store stays bounded by the keys of the last window; the Spring adapter runs it with the
   * expiry sweep. Without a {@link ProgrammeBuilder#codeAttempts} store it does nothing.
   *
   * @param limit the most windows to delete, positive
   * @return how many were deleted
   */
  public int sweepCodeAttempts(int limit) {
    return ports.attempts().sweep(basics.now(), Math.max(1, limit));
  }

  /**
   * G-3: deletes up to {@code limit} idempotency keys first used longer ago than
   * {@code ProgrammeSettings.idempotencyRetention()} (at least 24 hours), oldest first; the
   * Spring adapter runs it with the other sweeps. Without a
   * {@link ProgrammeBuilder#idempotencyKeys} store it does nothing.
   *
   * @param limit the most keys to delete, positive
   * @return how many were deleted
   */
  public int sweepIdempotencyKeys(int limit) {
    return idempotency.keys().sweep(
        basics.now().minus(basics.settings().idempotencyRetention()), Math.max(1, limit));
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

  /**
   * I-1: the link an invitation e-mail carries, {@code <base>/invitations/<token>}, with the
   * token opened from the message. For the relay that delivers the invitation outbox.
   *
   * @param message a message claimed from the invitation outbox
   * @return the link to put in the e-mail
   */
  private URI invitationUrl(InvitationMessage message) {
    return subAccounts.invitationLink().apply(message);
  }

  /**
   * I-2: whether an invitation message is still worth sending: its invitation is pending and
   * the message carries the current token. A message overtaken by a resend, a cancellation or
   * the expiry would only carry a dead link.
   *
   * @param message a message claimed from the invitation outbox
   * @return false when its link no longer works
   */
  private boolean invitationCurrent(InvitationMessage message) {
    return subAccounts.invitationCurrent().test(message);
  }

  /**
   * S-2, G-2: what the relay of the activation e-mails asks of this programme: each message's
   * redemption link and whether it is still current (G-2: its voucher still ASSIGNED, the
   * message the current assignment wrote).
   *
   * @return the links of {@code Outbox<ActivationMessage>}'s messages
   */
  public MessageLinks<ActivationMessage> activationLinks() {
    return new Links<>(ordering.activationLink(), ordering.activationCurrent(), basics.clock(),
        "activation message", "<redemption link>");
  }

  /**
   * I-1, I-2: what the relay of the invitation e-mails asks of this programme: each message's
   * invitation link, its token opened (see {@link #invitationUrl}), and whether the invitation
   * is still pending with that token (see {@link #invitationCurrent}).
   *
   * @return the links of {@code Outbox<InvitationMessage>}'s messages
   */
  public MessageLinks<InvitationMessage> invitationLinks() {
    return new Links<>(this::invitationUrl, this::invitationCurrent, basics.clock(),
        "invitation message", "<invitation link>");
  }

  /** One kind of message's links, as the relay asks for them. */
  private record Links<M extends OutboxMessage>(Function<M, URI> links, Predicate<M> currents,
      Clock clock, String kind, String maskedLink) implements MessageLinks<M> {
    @Override
    public URI link(M message) {
      return links.apply(message);
    }

    @Override
    public boolean current(M message) {
      return currents.test(message);
    }
  }
}
