// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
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
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.AcceptInvitation;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.GetInvitation;
import dev.vouchers.core.subaccount.port.in.InvitationDetails;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.InviteSubAccount;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The system under test of the invitation model check (I-1..I-3): the real use cases over a
 * storage (in-memory by default, or any adapter's), a {@link MutableClock} and an
 * {@link MessageRelay} delivering into an inbox, which is where the harness takes the
 * tokens from (they exist nowhere else). It reads its state back as an
 * {@link InvitationModel}, checking the history invariants on the way.
 */
public final class InvitationHarness {
  /** The partner that invites. */
  public static final PartnerId PARTNER = new PartnerId("model-partner");
  private static final Applicant APPLICANT = new Applicant("Jane Doe", "jane@example.org",
      "Example AG", "Bahnhofstrasse 1, Zürich", "CH");

  private final MutableClock clock;
  private final InvitationStorage storage;
  private final VoucherProgramme programme;
  private final MessageRelay<InvitationMessage> relay;
  private final Actor admin =
      new Actor.PartnerUser(new UserId("admin"), PARTNER, PartnerRole.ADMIN);
  private final Actor invitee = new Actor.CodeHolder("invitee");
  private final Actor sweeper = new Actor.Service("invitation-sweep");
  private final List<InvitationId> invitations = new CopyOnWriteArrayList<>();
  private final Map<InvitationId, List<String>> tokens = new ConcurrentHashMap<>();
  private final List<URI> inbox = new CopyOnWriteArrayList<>();
  private volatile boolean lastAccepted = true;

  private InvitationHarness(Storage vouchers, InvitationStorage storage, Instant start) {
    this.clock = new MutableClock(start);
    this.storage = storage;
    this.programme = vouchers.programme(clock)
        .invitations(storage.invitations()).subAccounts(storage.subAccounts())
        .build();
    this.relay = new MessageRelay<>(storage.outbox(), (message, link) -> {
      inbox.add(link);
      String path = link.getPath();
      tokens.computeIfAbsent(message.invitation(), k -> new CopyOnWriteArrayList<>())
          .add(path.substring(path.lastIndexOf('/') + 1));
    }, programme.invitationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(5), 100);
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Model Partner", Tier.GOLD, Set.of(Feature.SUB_ACCOUNTS),
            Locale.ENGLISH))));
  }

  /** A harness over the in-memory store. */
  public static InvitationHarness inMemory(Instant start) {
    InMemoryStore store = new InMemoryStore();
    return new InvitationHarness(Storage.of(store), InvitationStorage.of(store), start);
  }

  /** A harness over the storage of any adapter (fresh and empty, one database). */
  public static InvitationHarness over(Storage vouchers, InvitationStorage storage,
      Instant start) {
    return new InvitationHarness(vouchers, storage, start);
  }

  private static <T> T require(Either<Refusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("harness setup refused: " + result.getLeft());
    }
    return result.get();
  }

  private void record(Either<Refusal, ?> result) {
    lastAccepted = result.isRight();
    relay.relayOnce();
  }

  private Optional<InvitationId> at(int index) {
    return invitations.isEmpty() ? Optional.empty()
        : Optional.of(invitations.get(Math.floorMod(index, invitations.size())));
  }

  /** I-1. */
  public void invite() {
    Either<Refusal, InvitationView> result = programme.subAccounts().inviteSubAccount().invite(
        new InviteSubAccount.Command(admin, PARTNER,
            "invitee" + invitations.size() + "@example.com", SubAccountType.STANDARD, "hi"));
    result.forEach(view -> invitations.add(view.id()));
    record(result);
  }

  /** I-2. */
  public void resend(int index) {
    Optional<InvitationId> id = at(index);
    if (id.isEmpty()) {
      lastAccepted = false;
      return;
    }
    record(programme.subAccounts().resendInvitation().resend(new ResendInvitation.Command(admin,
        id.get())));
  }

  /** I-2. */
  public void cancel(int index) {
    Optional<InvitationId> id = at(index);
    if (id.isEmpty()) {
      lastAccepted = false;
      return;
    }
    record(programme.subAccounts().cancelInvitation().cancel(
        new CancelInvitation.Command(admin, id.get(), "")));
  }

  /** I-3: with the latest token of the invitation, or with its first. */
  public void accept(int index, boolean staleToken) {
    Optional<InvitationId> id = at(index);
    if (id.isEmpty()) {
      lastAccepted = false;
      return;
    }
    List<String> sent = tokens.get(id.get());
    String token = staleToken ? sent.get(0) : sent.get(sent.size() - 1);
    record(programme.subAccounts().acceptInvitation().accept(
        new AcceptInvitation.Command(invitee, token, APPLICANT)));
  }

  /** Moves the clock. */
  public void advance(Duration by) {
    clock.advance(by);
    lastAccepted = true;
  }

  /** I-2: the expiry sweep. */
  public void sweep() {
    record(programme.subAccounts().expireDueInvitations().expire(
        new ExpireDueInvitations.Command(sweeper, 1_000)));
  }

  /** The state as read back through the use cases, after checking the invariants. */
  public InvitationModel snapshot() {
    List<InvitationModel.Entry> entries = new ArrayList<>();
    Instant now = clock.instant();
    for (InvitationId id : invitations) {
      InvitationDetails details = require(programme.subAccounts().getInvitation().get(
          new GetInvitation.Command(admin, id)));
      Invitation stored = storage.invitations().invitation(id).orElseThrow();
      checkHistory(details, stored, now);
      InvitationView view = details.invitation();
      entries.add(new InvitationModel.Entry(InvitationModel.Status.valueOf(view.status().name()),
          view.expiresAt(), tokens.getOrDefault(id, List.of()).size(), details.history().size(),
          stored.status() == InvitationStatus.EXPIRED));
    }
    Page<SubAccount> subAccounts = require(programme.subAccounts().listSubAccounts().list(
        new ListSubAccounts.Command(admin, PARTNER, PageRequest.first(PageRequest.MAX_SIZE))));
    for (SubAccount subAccount : subAccounts.items()) {
      Invitation from = storage.invitations().invitation(subAccount.invitation()).orElseThrow();
      if (from.status() != InvitationStatus.ACCEPTED
          || !from.subAccount().equals(Optional.of(subAccount.id()))) {
        throw new AssertionError("sub-account " + subAccount.id() + " without its acceptance");
      }
    }
    return new InvitationModel(now, entries, (int) subAccounts.total().count(), inbox.size(),
        lastAccepted);
  }

  /** I-2: every history is a path of allowed moves that ends at the stored status. */
  private static void checkHistory(InvitationDetails details, Invitation stored, Instant now) {
    List<InvitationHistoryEntry> history = details.history();
    if (history.isEmpty() || history.get(0).from().isPresent()) {
      throw new AssertionError("history must start with the invitation sent: " + history);
    }
    for (int i = 1; i < history.size(); i++) {
      if (!history.get(i).from().equals(Optional.of(history.get(i - 1).to()))) {
        throw new AssertionError("history is not a path: " + history);
      }
    }
    if (history.get(history.size() - 1).to() != stored.status()) {
      throw new AssertionError("history ends at " + history.get(history.size() - 1).to()
          + " but the invitation is " + stored.status());
    }
    if (details.invitation().status() != stored.statusAt(now)) {
      throw new AssertionError("the view's status is not the status as of now");
    }
  }
}
