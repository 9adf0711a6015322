// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.InvitationContractData.accepted;
import static dev.vouchers.testkit.contract.InvitationContractData.invitation;
import static dev.vouchers.testkit.contract.InvitationContractData.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.ContractReference;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountChange;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.testkit.Concurrently;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The contract of the {@link dev.vouchers.core.subaccount.port.out.SubAccounts} port (I-3). */
public abstract class SubAccountsContract extends InvitationStorageContract {
  private static final PartnerId A = new PartnerId("partner-a");
  private static final PartnerId B = new PartnerId("partner-b");
  private static final Actor ADMIN = InvitationContractData.admin(A);
  private static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  /** A sub-account of the partner created at {@code at} through an accepted invitation. */
  private SubAccount created(PartnerId partner, Instant at) {
    InvitationCreated invitation = invitation(partner, at);
    storage.invitations().insert(invitation, message(invitation.invitation(), at));
    Acceptance acceptance = accepted(invitation.invitation(), at);
    assertThat(storage.invitations().accept(acceptance)).isTrue();
    return acceptance.subAccount();
  }

  @Test
  void aNewSubAccountIsBilledToItselfAtListPrices_I3() {
    SubAccount subAccount = created(A, T0);
    SubAccount stored = storage.subAccounts().subAccount(subAccount.id()).orElseThrow();
    assertThat(stored).isEqualTo(subAccount);
    assertThat(stored.billing()).isEqualTo(Billing.SELF);
    assertThat(stored.pricing()).isEqualTo(Pricing.listPrices());
    assertThat(stored.contract()).isEmpty();
    assertThat(storage.subAccounts().subAccount(new SubAccountId("nope"))).isEmpty();
  }

  @Test
  void everyKindOfChangeIsStoredWithItsHistory_I3() {
    SubAccount subAccount = created(A, T0);
    List<SubAccountChange> changes = new ArrayList<>();
    SubAccount current = subAccount;
    for (int step = 0; step < 5; step++) {
      Instant at = T0.plusSeconds(step + 1);
      SubAccountChange change = switch (step) {
        case 0 -> current.changeBilling(Billing.PARTNER, Pricing.partnerTier(), ADMIN, at).get();
        case 1 -> current.changeBilling(Billing.SELF,
            Pricing.discount(new BigDecimal("12.50")), ADMIN, at).get();
        case 2 -> current.changeType(SubAccountType.ENTERPRISE, MANAGER, at).get();
        case 3 -> current.attachContract(new ContractReference("C-2026-7"), MANAGER, at).get();
        default -> current.detachContract(MANAGER, at).get();
      };
      assertThat(storage.subAccounts().update(change)).isTrue();
      assertThat(storage.subAccounts().subAccount(subAccount.id())).contains(change.after());
      changes.add(change);
      current = change.after();
    }
    assertThat(storage.subAccounts().history(subAccount.id())).hasSize(6).endsWith(
        changes.stream().map(SubAccountChange::entry).toArray(SubAccountHistoryEntry[]::new));
  }

  @Test
  void aChangeFromAStaleVersionWritesNothing_I3() {
    SubAccount subAccount = created(A, T0);
    SubAccountChange first = subAccount.changeType(SubAccountType.ENTERPRISE, MANAGER,
        T0.plusSeconds(1)).get();
    SubAccountChange stale = subAccount.changeBilling(Billing.PARTNER, Pricing.partnerTier(),
        ADMIN, T0.plusSeconds(2)).get();
    assertThat(storage.subAccounts().update(first)).isTrue();
    assertThat(storage.subAccounts().update(stale)).isFalse();
    assertThat(storage.subAccounts().subAccount(subAccount.id())).contains(first.after());
    assertThat(storage.subAccounts().history(subAccount.id())).hasSize(2);
  }

  @Test
  void ofRacingChangesExactlyOneApplies_I3() throws Exception {
    SubAccount subAccount = created(A, T0);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      SubAccountChange change = subAccount.changeBilling(i % 2 == 0 ? Billing.PARTNER
          : Billing.SELF, Pricing.discount(BigDecimal.valueOf(i + 1)), ADMIN,
          T0.plusSeconds(1)).get();
      racers.add(() -> storage.subAccounts().update(change));
    }
    assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
    assertThat(storage.subAccounts().history(subAccount.id())).hasSize(2);
  }

  @Test
  void listsAPartnersSubAccountsNewestFirstInPages_I3() {
    List<SubAccountId> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(0, created(A, T0.plusSeconds(i)).id());
    }
    created(B, T0.plusSeconds(10));
    Page<SubAccount> first = storage.subAccounts().subAccounts(A, PageRequest.first(2));
    assertThat(first.total().count()).isEqualTo(3);
    assertThat(first.items()).extracting(SubAccount::id)
        .containsExactlyElementsOf(ids.subList(0, 2));
    Page<SubAccount> second = storage.subAccounts().subAccounts(A,
        PageRequest.after(2, first.next().orElseThrow()));
    assertThat(second.items()).extracting(SubAccount::id).containsExactly(ids.get(2));
    assertThat(second.next()).isEmpty();
  }
}
