// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.SupportedTime;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.subaccount.domain.ContractReference;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountChange;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.port.in.AttachContract;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountType;
import dev.vouchers.core.subaccount.port.in.DetachContract;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.core.subaccount.port.in.SubAccountDetails;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Sub-accounts (I-3): read by their partner and the vendor; billing and pricing changed by the
 * partner unless a contract is attached; type and contract changed by the vendor. Every change
 * is read, decided and written conditionally with its history entry.
 */
final class SubAccountService implements GetSubAccount, ListSubAccounts,
    ChangeSubAccountBilling, ChangeSubAccountType, AttachContract, DetachContract {

  private static final BiPredicate<Actor, SubAccount> PARTNER =
      (principal, subAccount) -> Access.canManageSubAccounts(principal, subAccount.partner());
  private static final BiPredicate<Actor, SubAccount> VENDOR =
      (principal, subAccount) -> Access.canManageSubAccountContracts(principal);

  private final Basics basics;
  private final SubAccounts subAccounts;

  SubAccountService(Basics basics, InvitationPorts ports) {
    this.basics = basics;
    this.subAccounts = ports.subAccounts();
  }

  /** One decision on the sub-account as read; applied only if it is still that sub-account. */
  @FunctionalInterface
  private interface Decision {
    Either<Refusal, SubAccountChange> decide(SubAccount subAccount, Instant now);
  }

  /**
   * another partner's sub-account answers like a missing one; the partner's own users
   * without the right role are told so. Then decides and writes conditionally, again after a
   * concurrent writer came first.
   */
  private Either<Refusal, SubAccount> apply(Actor principal, SubAccountId id,
      BiPredicate<Actor, SubAccount> allowed, String who, Decision decision) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Optional<SubAccount> found = subAccounts.subAccount(id)
          .filter(s -> Access.canRead(principal, s.partner()));
      if (found.isEmpty()) {
        return Either.left(Refusal.notFound("sub-account"));
      }
      if (!allowed.test(principal, found.get())) {
        return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED, who));
      }
      Instant now = basics.now();
      Optional<Reason> clock = SupportedTime.check(now);
      if (clock.isPresent()) {
        return Either.left(new Refusal(List.of(clock.get())));
      }
      Either<Refusal, SubAccountChange> change = decision.decide(found.get(), now);
      if (change.isLeft()) {
        return Either.left(change.getLeft());
      }
      if (subAccounts.update(change.get())) {
        return Either.right(change.get().after());
      }
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the sub-account kept changing under concurrent updates; try again"));
  }

  @Override
  public Either<Refusal, SubAccountDetails> get(GetSubAccount.Command command) {
    return subAccounts.subAccount(command.subAccount())
        .filter(s -> Access.canRead(command.principal(), s.partner()))
        .<Either<Refusal, SubAccountDetails>>map(s -> Either.right(
            new SubAccountDetails(s, subAccounts.history(s.id()))))
        .orElseGet(() -> Either.left(Refusal.notFound("sub-account")));
  }

  @Override
  public Either<Refusal, Page<SubAccount>> list(ListSubAccounts.Command command) {
    if (!Access.canRead(command.principal(), command.partner())) {
      return Either.left(Refusal.notFound("partner"));
    }
    if (command.page().cursorProblem().isPresent()) {
      return Either.left(Refusal.of(command.page().cursorProblem().stream().toList()));
    }
    return Either.right(subAccounts.subAccounts(command.partner(), command.page()));
  }

  @Override
  public Either<Refusal, SubAccount> change(ChangeSubAccountBilling.Command command) {
    return apply(command.principal(), command.subAccount(), PARTNER,
        "billing and pricing are changed by the partner's admins and admin agents",
        (subAccount, now) -> subAccount.changeBilling(command.billing(), command.pricing(),
            command.principal(), now));
  }

  @Override
  public Either<Refusal, SubAccount> change(ChangeSubAccountType.Command command) {
    return apply(command.principal(), command.subAccount(), VENDOR,
        "only the vendor's partner managers change a sub-account's type",
        (subAccount, now) -> subAccount.changeType(command.type(), command.principal(), now));
  }

  @Override
  public Either<Refusal, SubAccount> attach(AttachContract.Command command) {
    String reference = command.contract().strip();
    if (reference.isEmpty() || reference.length() > 64) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "a contract reference has 1..64 characters"));
    }
    // L-4: one line of storable text
    Optional<Reason> problem =
        Text.check("the contract reference", reference, 64, Text.Kind.SINGLE_LINE);
    if (problem.isPresent()) {
      return Either.left(new Refusal(List.of(problem.get())));
    }
    return apply(command.principal(), command.subAccount(), VENDOR,
        "only the vendor's partner managers attach contracts",
        (subAccount, now) -> subAccount.attachContract(new ContractReference(reference),
            command.principal(), now));
  }

  @Override
  public Either<Refusal, SubAccount> detach(DetachContract.Command command) {
    return apply(command.principal(), command.subAccount(), VENDOR,
        "only the vendor's partner managers detach contracts",
        (subAccount, now) -> subAccount.detachContract(command.principal(), now));
  }
}
