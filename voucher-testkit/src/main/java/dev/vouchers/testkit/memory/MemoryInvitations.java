// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import static dev.vouchers.testkit.memory.MemoryState.page;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountChange;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** I-1..I-3: invitations, their e-mails and the sub-accounts they open, with history and events. */
final class MemoryInvitations implements Invitations, SubAccounts {
  private final MemoryState state;

  MemoryInvitations(MemoryState state) {
    this.state = state;
  }

  @Override
  public void insert(InvitationCreated created, InvitationMessage message) {
    Invitation invitation = created.invitation();
    synchronized (state.lock) {
      if (state.invitations.containsKey(invitation.id())
          || state.invitationTokens.containsKey(invitation.token())) {
        throw new IllegalStateException("invitation " + invitation.id() + " or its token exists");
      }
      state.invitations.put(invitation.id(), invitation);
      state.invitationTokens.put(invitation.token(), invitation.id());
      state.invitationHistory.computeIfAbsent(invitation.id(), k -> new ArrayList<>())
          .add(created.entry());
      state.events.append(ChangeEvents.of(created.entry())); // M-5
      state.invitationOutbox.add(message);
    }
  }

  @Override
  public Optional<Invitation> invitation(InvitationId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.invitations.get(id));
    }
  }

  @Override
  public Optional<Invitation> invitationByToken(CodeDigest token) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.invitationTokens.get(token)).map(state.invitations::get);
    }
  }

  @Override
  public Page<Invitation> invitations(InvitationFilter filter, PageRequest page) {
    synchronized (state.lock) {
      return page(state.invitations.values(), filter::matches, Invitation::invitedAt,
          i -> i.id().value(), page);
    }
  }

  @Override
  public boolean update(InvitationMove move, Optional<InvitationMessage> message) {
    synchronized (state.lock) {
      if (!state.applies(move)) {
        return false;
      }
      message.ifPresent(state.invitationOutbox::add);
      return true;
    }
  }

  @Override
  public boolean accept(Acceptance acceptance) {
    synchronized (state.lock) {
      if (state.subAccounts.containsKey(acceptance.subAccount().id())) {
        throw new IllegalStateException("sub-account " + acceptance.subAccount().id()
            + " exists already");
      }
      if (!state.applies(acceptance.move())) {
        return false;
      }
      state.subAccounts.put(acceptance.subAccount().id(), acceptance.subAccount());
      state.subAccountHistory.computeIfAbsent(acceptance.subAccount().id(), k -> new ArrayList<>())
          .add(acceptance.entry());
      state.events.append(ChangeEvents.of(acceptance.entry())); // M-5
      return true;
    }
  }

  @Override
  public List<InvitationHistoryEntry> history(InvitationId invitation) {
    synchronized (state.lock) {
      return List.copyOf(state.invitationHistory.getOrDefault(invitation, List.of()));
    }
  }

  @Override
  public List<InvitationHistoryEntry> expireDueInvitations(Instant now, Actor by, int limit) {
    synchronized (state.lock) {
      List<Invitation> due = state.invitations.values().stream()
          .filter(i -> i.isDue(now))
          .sorted(Comparator.comparing(Invitation::expiresAt).thenComparing(i -> i.id().value()))
          .limit(limit)
          .toList();
      List<InvitationHistoryEntry> expired = new ArrayList<>(due.size());
      for (Invitation invitation : due) {
        InvitationMove move = invitation.expire(by, now).getOrElseThrow(refusal ->
            new IllegalStateException("a due invitation did not expire: " + refusal));
        state.applies(move);
        expired.add(move.entry());
      }
      return expired;
    }
  }

  // ---------------------------------------------------------------- SubAccounts (I-3)

  @Override
  public Optional<SubAccount> subAccount(SubAccountId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.subAccounts.get(id));
    }
  }

  @Override
  public Page<SubAccount> subAccounts(PartnerId partner, PageRequest page) {
    synchronized (state.lock) {
      return page(state.subAccounts.values(), s -> s.partner().equals(partner),
          SubAccount::createdAt, s -> s.id().value(), page);
    }
  }

  @Override
  public boolean update(SubAccountChange change) {
    synchronized (state.lock) {
      SubAccount stored = state.subAccounts.get(change.before().id());
      if (stored == null || stored.version() != change.before().version()) {
        return false;
      }
      state.subAccounts.put(change.after().id(), change.after());
      state.subAccountHistory.computeIfAbsent(change.after().id(), k -> new ArrayList<>())
          .add(change.entry());
      state.events.append(ChangeEvents.of(change.entry())); // M-5
      return true;
    }
  }

  @Override
  public List<SubAccountHistoryEntry> history(SubAccountId subAccount) {
    synchronized (state.lock) {
      return List.copyOf(state.subAccountHistory.getOrDefault(subAccount, List.of()));
    }
  }

}
