// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ACME_ADMIN;
import static dev.vouchers.core.fixtures.DomainFixtures.HOLDER;
import static dev.vouchers.core.fixtures.DomainFixtures.MANAGER;
import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.SUPPORT;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerTest {
  private static final TierLadder LADDER = TierLadder.defaults();
  private final Partner partner = Partner.withVouchers(ACME, "Acme Ltd", Tier.SILVER);

  @Test
  void partnerManagerChangesTierAndTheChangeIsRecorded_T5() {
    Either<Refusal, Partner.TierChanged> result = partner.changeTier(Tier.GOLD, MANAGER, T0, LADDER);

    assertThat(result.isRight()).isTrue();
    Partner after = result.get().partner();
    assertThat(after.tier()).isEqualTo(Tier.GOLD);
    assertThat(after.id()).isEqualTo(ACME);
    assertThat(after.name()).isEqualTo("Acme Ltd");
    assertThat(after.features()).isEqualTo(partner.features());
    assertThat(after.language()).isEqualTo(partner.language());
    // T-5: who, when, from, to
    TierChange change = result.get().change();
    assertThat(change.partner()).isEqualTo(ACME);
    assertThat(change.from()).isEqualTo(Tier.SILVER);
    assertThat(change.to()).isEqualTo(Tier.GOLD);
    assertThat(change.by()).isEqualTo(MANAGER.describe()).contains("mia");
    assertThat(change.at()).isEqualTo(T0);
    // the partner value itself is unchanged
    assertThat(partner.tier()).isEqualTo(Tier.SILVER);
  }

  @Test
  void staffWithSeveralRolesIncludingPartnerManagerMayChangeTiers_T5() {
    Actor both = new Actor.VendorStaff(UserId.of("max"),
        Set.of(StaffRole.SUPPORT, StaffRole.PARTNER_MANAGER));
    assertThat(partner.changeTier(Tier.ENTRY, both, T0, LADDER).isRight()).isTrue();
  }

  @Test
  void refusesTierChangeByAnyoneButAPartnerManager_T5() {
    for (Actor by : List.of(SUPPORT, ACME_ADMIN, HOLDER, PLATFORM)) {
      Either<Refusal, Partner.TierChanged> result = partner.changeTier(Tier.GOLD, by, T0, LADDER);
      assertThat(result.isLeft()).as("%s", by).isTrue();
      assertThat(result.getLeft().codes()).as("%s", by).containsExactly(ReasonCode.NOT_PERMITTED);
      assertThat(result.getLeft().reasons().get(0).message()).contains("partner manager");
    }
  }

  @Test
  void refusesATierNotOnTheLadder_T5_T1() {
    Either<Refusal, Partner.TierChanged> result =
        partner.changeTier(Tier.of("diamond"), MANAGER, T0, LADDER);
    assertThat(result.getLeft().codes()).containsExactly(ReasonCode.UNKNOWN_TIER);
    assertThat(result.getLeft().reasons().get(0).message()).contains("DIAMOND").contains("GOLD");
  }

  @Test
  void givesBothReasonsAtOnce_T5() {
    Either<Refusal, Partner.TierChanged> result =
        partner.changeTier(Tier.of("diamond"), SUPPORT, T0, LADDER);
    assertThat(result.getLeft().codes())
        .containsExactlyInAnyOrder(ReasonCode.NOT_PERMITTED, ReasonCode.UNKNOWN_TIER);
  }

  @Test
  void aTierOfAConfiguredLadderIsAccepted_T1() {
    TierLadder custom = new TierLadder(List.of(Tier.of("bronze"), Tier.SILVER));
    assertThat(partner.changeTier(Tier.of("bronze"), MANAGER, T0, custom).get().change().to())
        .isEqualTo(Tier.of("BRONZE"));
    assertThat(partner.changeTier(Tier.GOLD, MANAGER, T0, custom).getLeft().codes())
        .containsExactly(ReasonCode.UNKNOWN_TIER);
  }

  @Test
  void withVouchersEnablesOnlyTheVoucherFeatureInEnglish_O1() {
    assertThat(partner.has(Feature.VOUCHERS)).isTrue();
    assertThat(partner.has(Feature.SUBSCRIPTIONS)).isFalse();
    assertThat(partner.features()).containsExactly(Feature.VOUCHERS);
    assertThat(partner.language()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void featuresAreCopiedAndImmutable() {
    Set<Feature> source = new HashSet<>(Set.of(Feature.SUB_ACCOUNTS));
    Partner p = new Partner(ACME, "Acme", Tier.GOLD, source, Locale.GERMAN);
    source.add(Feature.VOUCHERS);
    assertThat(p.features()).containsExactly(Feature.SUB_ACCOUNTS);
    assertThatThrownBy(() -> p.features().add(Feature.VOUCHERS))
        .isInstanceOf(UnsupportedOperationException.class);
    Partner none = new Partner(ACME, "Acme", Tier.GOLD, EnumSet.noneOf(Feature.class), Locale.GERMAN);
    assertThat(none.features()).isEmpty();
    assertThat(none.has(Feature.VOUCHERS)).isFalse();
  }

  @Test
  void requiresEveryPart() {
    Set<Feature> f = Set.of();
    assertThatThrownBy(() -> new Partner(null, "n", Tier.GOLD, f, Locale.ENGLISH))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Partner(ACME, null, Tier.GOLD, f, Locale.ENGLISH))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Partner(ACME, "n", null, f, Locale.ENGLISH))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Partner(ACME, "n", Tier.GOLD, f, null))
        .isInstanceOf(NullPointerException.class);
  }
}
