// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.out.ProgrammeEvents;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A programme with sub-account invitations over the in-memory store: two partners with the
 * sub-account feature (Acme, Bolt) and one without (Dormant). The e-mails are delivered by an
 * {@link MessageRelay} into {@link #inbox}, which is where tests find the tokens: the plain
 * token exists nowhere else.
 */
public final class InvitationFixture {
  public static final Instant START = Instant.parse("2026-04-01T08:00:00Z");
  public static final URI REDEEM = URI.create("https://shop.example/redeem");

  public static final PartnerId ACME = new PartnerId("acme");
  public static final PartnerId BOLT = new PartnerId("bolt");
  public static final PartnerId DORMANT = new PartnerId("dormant");

  public static final Actor.PartnerUser ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  public static final Actor.PartnerUser ADMIN_AGENT =
      new Actor.PartnerUser(new UserId("aaron"), ACME, PartnerRole.ADMIN_AGENT);
  public static final Actor.PartnerUser SALES_AGENT =
      new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.SALES_AGENT);
  public static final Actor.PartnerUser BOB =
      new Actor.PartnerUser(new UserId("bob"), BOLT, PartnerRole.ADMIN);
  public static final Actor.PartnerUser DORA =
      new Actor.PartnerUser(new UserId("dora"), DORMANT, PartnerRole.ADMIN);
  public static final Actor.VendorStaff PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  public static final Actor.VendorStaff SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  public static final Actor.CodeHolder INVITEE = new Actor.CodeHolder("invitee-session");
  public static final Actor.Service SWEEPER = new Actor.Service("invitation-sweep");

  public static final Applicant APPLICANT = new Applicant("Jane Doe", "jane@example.org",
      "Example AG", "Bahnhofstrasse 1, 8001 Zürich", "ch");

  /** One delivered e-mail. */
  public record Mail(InvitationMessage message, URI link) {
    /** The token of the link. */
    String token() {
      String path = link.getPath();
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  public final MutableClock clock = new MutableClock(START);
  public final InMemoryStore store = new InMemoryStore();
  public final CodeVault vault = CodeVault.withRandomKeys();
  public final VoucherProgramme programme;
  public final List<Mail> inbox = Collections.synchronizedList(new ArrayList<>());
  public final MessageRelay<InvitationMessage> relay;

  private InvitationFixture(UnaryOperator<ProgrammeBuilder> customise) {
    ProgrammeBuilder builder = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(REDEEM).build())
        .clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
        .invitations(store.invitations()).subAccounts(store.subAccounts())
        .codeVault(vault);
    this.programme = customise.apply(builder).build();
    this.relay = new MessageRelay<>(store.invitationOutbox(),
        (message, link) -> inbox.add(new Mail(message, link)), programme.invitationLinks(),
        Outbox.Backoff.standard(), Duration.ofMinutes(5), 100);
    register(new Partner(ACME, "Acme Reseller", Tier.GOLD,
        Set.of(Feature.VOUCHERS, Feature.SUB_ACCOUNTS), Locale.GERMAN));
    register(new Partner(BOLT, "Bolt Trading", Tier.ENTRY, Set.of(Feature.SUB_ACCOUNTS),
        Locale.ENGLISH));
    register(new Partner(DORMANT, "Dormant GmbH", Tier.ENTRY, Set.of(Feature.VOUCHERS),
        Locale.ENGLISH));
  }

  public static InvitationFixture create() {
    return new InvitationFixture(b -> b);
  }

  public static InvitationFixture with(UnaryOperator<ProgrammeBuilder> customise) {
    return new InvitationFixture(customise);
  }

  public static InvitationFixture withValidity(Duration validity) {
    return new InvitationFixture(b -> b.invitationSettings(
        InvitationSettings.of(URI.create("https://partners.example")).withValidity(validity)));
  }

  public static InvitationFixture withEvents(ProgrammeEvents events) {
    return new InvitationFixture(b -> b.events(events));
  }

  private void register(Partner partner) {
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM, partner)));
  }

  public Either<Refusal, InvitationView> tryInvite(Actor by, PartnerId partner, String recipient) {
    return programme.subAccounts().inviteSubAccount().invite(new InviteSubAccount.Command(by,
        partner,
        recipient, SubAccountType.STANDARD, "Welcome to Acme's programme"));
  }

  /** Acme's admin invites; the e-mail is delivered. */
  public InvitationView invite(String recipient) {
    InvitationView view = ok(tryInvite(ADMIN, ACME, recipient));
    relay.relayOnce();
    return view;
  }

  public InvitationView resend(InvitationId id) {
    InvitationView view = ok(programme.subAccounts().resendInvitation().resend(
        new ResendInvitation.Command(ADMIN, id)));
    relay.relayOnce();
    return view;
  }

  /** The token of the latest e-mail of the invitation. */
  public String token(InvitationId id) {
    synchronized (inbox) {
      for (int i = inbox.size() - 1; i >= 0; i--) {
        if (inbox.get(i).message().invitation().equals(id)) {
          return inbox.get(i).token();
        }
      }
    }
    throw new AssertionError("no e-mail for invitation " + id);
  }

  /** Every token e-mailed for the invitation, oldest first. */
  public List<String> tokens(InvitationId id) {
    synchronized (inbox) {
      return inbox.stream().filter(m -> m.message().invitation().equals(id))
          .map(Mail::token).toList();
    }
  }

  public Either<Refusal, SubAccount> tryAccept(String token) {
    return programme.subAccounts().acceptInvitation().accept(
        new AcceptInvitation.Command(INVITEE, token, APPLICANT));
  }

  public SubAccount accept(InvitationId id) {
    return ok(tryAccept(token(id)));
  }

  public void advance(Duration by) {
    clock.advance(by);
  }
}
