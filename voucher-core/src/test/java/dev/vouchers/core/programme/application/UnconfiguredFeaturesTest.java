// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subaccount.port.in.ExpireDueInvitations;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ADR 0059: an optional feature built without storage says so one way: its use cases throw an
 * {@link IllegalStateException} naming the feature and the builder settings, and its sweeps
 * find nothing, so that a scheduler running every sweep stays quiet.
 */
class UnconfiguredFeaturesTest {

  private final InMemoryStore store = new InMemoryStore();
  private final VoucherProgramme programme = VoucherProgramme.builder()
      .settings(ProgrammeSettings.builder().redemptionBaseUrl(InvitationFixture.REDEEM).build())
      .clock(new MutableClock(InvitationFixture.START))
      .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog())
      .mandates(store.mandates()).codeVault(CodeVault.withRandomKeys()).build();

  @Test
  void aSubAccountUseCaseWithoutStorageNamesBothSettings_I1() {
    assertThatThrownBy(() -> programme.subAccounts().listInvitations().list(
        new ListInvitations.Command(
        InvitationFixture.ADMIN, InvitationFixture.ACME, Set.of(), PageRequest.first(10))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("sub-account invitations (I-1..I-3) is not configured")
        .hasMessageContaining("VoucherProgramme.builder().invitations(...) and .subAccounts(...)");
  }

  @Test
  void theInvitationSweepWithoutStorageFindsNothing_I2() {
    assertThat(programme.subAccounts().expireDueInvitations().expire(
        new ExpireDueInvitations.Command(InvitationFixture.SWEEPER, 10)).get()).isZero();
  }

  @Test
  void aPortOfAnUnconfiguredFeatureThrowsOnEveryCallButItsQuietSweep() {
    Subscriptions port = Unconfigured.port(Subscriptions.class, "subscriptions (U-1..U-5)",
        Set.of("settleDue"), "subscriptions", "offers");
    assertThat(port.settleDue(Instant.EPOCH, 10)).isEmpty();
    assertThatThrownBy(() -> port.history(SubscriptionId.of("s-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("subscriptions (U-1..U-5) is not configured: build the VoucherProgramme"
            + " with VoucherProgramme.builder().subscriptions(...) and .offers(...)");
    assertThat(port).hasToString("unconfigured Subscriptions").isEqualTo(port)
        .isNotEqualTo(Unconfigured.port(Subscriptions.class, "x", "y"));
    assertThat(port.hashCode()).isEqualTo(System.identityHashCode(port));
  }

  @Test
  void aQuietNameOnlyQuietensAMethodThatAnswersAList() {
    Subscriptions port = Unconfigured.port(Subscriptions.class, "subscriptions",
        Set.of("subscription"), "subscriptions");
    // subscription(id) answers an Optional, not a list: it still says what is missing
    assertThatThrownBy(() -> port.subscription(SubscriptionId.of("s-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(".subscriptions(...)");
  }
}
