// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sub-account under a partner, created by an accepted invitation (I-3). It starts billed to
 * itself at the standard list prices; the partner may change billing and pricing unless a
 * contract is attached; the vendor changes its type and attaches or detaches contracts.
 * Immutable: every change returns a {@link SubAccountChange} with its history entry. Who may
 * make which change is A-1's policy ({@link dev.vouchers.core.kernel.Access}), checked by the
 * use cases.
 */
@Value.Immutable
public abstract class AbstractSubAccount {

  /** The sub-account id. */
  public abstract SubAccountId id();

  /** The parent partner (A-1: its users see and manage the sub-account). */
  public abstract PartnerId partner();

  /** I-1: its type; changed only by the vendor. */
  public abstract SubAccountType type();

  /** I-3: the contact the invitee gave. */
  public abstract Contact contact();

  /** I-3: the organisation the invitee gave. */
  public abstract Organisation organisation();

  /** I-3: who is billed (SELF after acceptance). */
  public abstract Billing billing();

  /** I-3: which prices apply (list prices after acceptance). */
  public abstract Pricing pricing();

  /** I-3: the vendor's contract, if one is attached; then billing and pricing are fixed. */
  public abstract Optional<ContractReference> contract();

  /** The invitation it was created from. */
  public abstract InvitationId invitation();

  /** When it was created (the invitation accepted). */
  public abstract Instant createdAt();

  /** Optimistic concurrency version: a store applies a change only on an unchanged version. */
  @Value.Default
  public long version() {
    return 0;
  }

  private SubAccount self() {
    return (SubAccount) this;
  }

  /**
   * I-3: the sub-account an accepted invitation creates: of the invitation's type, billed to
   * itself at the standard list prices, with the entry recording its creation.
   */
  public static Created open(SubAccountId id, Invitation invitation, Contact contact,
      Organisation organisation, Actor by, Instant now) {
    SubAccount created = SubAccount.builder().id(id).partner(invitation.partner())
        .type(invitation.type()).contact(contact).organisation(organisation)
        .billing(Billing.SELF).pricing(Pricing.listPrices()).invitation(invitation.id())
        .createdAt(now).build();
    return new Created(created, new SubAccountHistoryEntry(id, now, by.describe(),
        "created from invitation", Map.of("invitation", invitation.id().value(),
            "type", invitation.type().name(), "billing", Billing.SELF.name(),
            "pricing", created.pricing().describe())));
  }

  /**
   * A new sub-account with the first entry of its history.
   *
   * @param subAccount the sub-account
   * @param entry its first entry
   */
  public record Created(SubAccount subAccount, SubAccountHistoryEntry entry) {}

  /** I-3: the partner changes billing and pricing; refused while a contract is attached. */
  public Either<Refusal, SubAccountChange> changeBilling(
      Billing billing, Pricing pricing, Actor by, Instant now) {
    if (contract().isPresent()) {
      return Either.left(Refusal.of(ReasonCode.CONTRACT_ATTACHED, "billing and pricing follow"
          + " contract " + contract().get() + "; they change with the contract"));
    }
    return Either.right(change(self().withBilling(billing).withPricing(pricing), by, now,
        "billing and pricing changed", Map.of(
            "billing", billing().name() + " -> " + billing.name(),
            "pricing", pricing().describe() + " -> " + pricing.describe())));
  }

  /** I-3: the vendor changes the type. */
  public Either<Refusal, SubAccountChange> changeType(SubAccountType type, Actor by,
      Instant now) {
    return Either.right(change(self().withType(type), by, now, "type changed",
        Map.of("type", type().name() + " -> " + type.name())));
  }

  /** I-3: the vendor attaches a contract (replacing one attached before). */
  public Either<Refusal, SubAccountChange> attachContract(ContractReference contract,
      Actor by, Instant now) {
    return Either.right(change(self().withContract(contract), by, now, "contract attached",
        Map.of("contract", contract.value())));
  }

  /** I-3: the vendor detaches the contract; billing and pricing stay as they were. */
  public Either<Refusal, SubAccountChange> detachContract(Actor by, Instant now) {
    if (contract().isEmpty()) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "no contract is attached to this sub-account"));
    }
    return Either.right(change(self().withContract(Optional.empty()), by, now,
        "contract detached", Map.of("contract", contract().get().value())));
  }

  private SubAccountChange change(SubAccount changed, Actor by, Instant now, String why,
      Map<String, String> data) {
    return new SubAccountChange(self(), changed.withVersion(version() + 1),
        new SubAccountHistoryEntry(id(), now, by.describe(), why, data));
  }
}
