// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierLadderTest {

  @Test
  void defaultLadderIsEntrySilverGoldPlatinum_T1() {
    TierLadder ladder = TierLadder.defaults();
    assertThat(ladder.tiers()).containsExactly(Tier.ENTRY, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);
    assertThat(ladder.rank(Tier.ENTRY)).isZero();
    assertThat(ladder.rank(Tier.SILVER)).isEqualTo(1);
    assertThat(ladder.rank(Tier.GOLD)).isEqualTo(2);
    assertThat(ladder.rank(Tier.PLATINUM)).isEqualTo(3);
    assertThat(ladder.lowest()).isEqualTo(Tier.ENTRY);
  }

  @Test
  void ordersTiersByRank_T1() {
    List<Tier> tiers = new ArrayList<>(List.of(Tier.PLATINUM, Tier.ENTRY, Tier.GOLD, Tier.SILVER));
    tiers.sort(TierLadder.defaults().order());
    assertThat(tiers).containsExactly(Tier.ENTRY, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);
  }

  @Test
  void aConfiguredLadderDefinesItsOwnOrder_T1() {
    TierLadder ladder = new TierLadder(List.of(Tier.of("bronze"), Tier.GOLD));
    assertThat(ladder.lowest()).isEqualTo(Tier.of("BRONZE"));
    assertThat(ladder.contains(Tier.of("Bronze"))).isTrue();
    assertThat(ladder.contains(Tier.SILVER)).isFalse();
    assertThat(ladder.order().compare(Tier.GOLD, Tier.of("bronze"))).isPositive();
    assertThat(ladder.order().compare(Tier.of("bronze"), Tier.GOLD)).isNegative();
  }

  @Test
  void unknownTierHasNoRank_T1() {
    assertThatThrownBy(() -> TierLadder.defaults().rank(Tier.of("diamond")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DIAMOND");
  }

  @Test
  void ladderNeedsAtLeastOneDistinctTier_T1() {
    assertThatThrownBy(() -> new TierLadder(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TierLadder(List.of(Tier.GOLD, Tier.of("gold"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    assertThat(new TierLadder(List.of(Tier.GOLD)).tiers()).containsExactly(Tier.GOLD);
  }

  @Test
  void ladderIsACopyOfTheGivenList_T1() {
    List<Tier> source = new ArrayList<>(List.of(Tier.ENTRY));
    TierLadder ladder = new TierLadder(source);
    source.add(Tier.GOLD);
    assertThat(ladder.tiers()).containsExactly(Tier.ENTRY);
    assertThatThrownBy(() -> ladder.tiers().add(Tier.GOLD))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tierNamesAreTrimmedUpperCaseAndNonBlank_T1() {
    assertThat(Tier.of("  gold ")).isEqualTo(Tier.GOLD);
    assertThat(Tier.of("gold").name()).isEqualTo("GOLD");
    assertThat(Tier.GOLD).hasToString("GOLD");
    assertThatThrownBy(() -> Tier.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tier.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }
}
