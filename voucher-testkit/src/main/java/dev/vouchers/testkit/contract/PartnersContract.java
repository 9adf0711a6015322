// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of the {@link dev.vouchers.core.partner.port.out.Partners} port (T-5). */
public abstract class PartnersContract extends StorageContract {
  private static final PartnerId ID = new PartnerId("acme");

  @Test
  void storesAndReadsAPartner() {
    Partner partner = new Partner(ID, "ACME", Tier.GOLD, Set.of(Feature.VOUCHERS,
        Feature.SUBSCRIPTIONS), Locale.GERMAN);
    storage.partners().save(partner);
    assertThat(storage.partners().partner(ID)).contains(partner);
    assertThat(storage.partners().partner(new PartnerId("other"))).isEmpty();
  }

  @Test
  void savingAgainKeepsTheTier_T5() {
    storage.partners().save(Partner.withVouchers(ID, "ACME", Tier.GOLD));
    storage.partners().save(new Partner(ID, "ACME AG", Tier.PLATINUM, Set.of(), Locale.FRENCH));
    Partner stored = storage.partners().partner(ID).orElseThrow();
    assertThat(stored.tier()).isEqualTo(Tier.GOLD);
    assertThat(stored.name()).isEqualTo("ACME AG");
    assertThat(stored.features()).isEmpty();
    assertThat(stored.language()).isEqualTo(Locale.FRENCH);
  }

  @Test
  void aTierChangeIsAppliedAndRecorded_T5() {
    storage.partners().save(Partner.withVouchers(ID, "ACME", Tier.SILVER));
    TierChange change = new TierChange(ID, Tier.SILVER, Tier.GOLD, "vendor:pm", T0);
    assertThat(storage.partners().changeTier(change)).isTrue();
    assertThat(storage.partners().partner(ID).orElseThrow().tier()).isEqualTo(Tier.GOLD);
    assertThat(storage.partners().tierHistory(ID)).containsExactly(change);
  }

  @Test
  void aTierChangeFromAStaleTierWritesNothing_T5() {
    storage.partners().save(Partner.withVouchers(ID, "ACME", Tier.SILVER));
    assertThat(storage.partners().changeTier(
        new TierChange(ID, Tier.ENTRY, Tier.GOLD, "vendor:pm", T0))).isFalse();
    assertThat(storage.partners().partner(ID).orElseThrow().tier()).isEqualTo(Tier.SILVER);
    assertThat(storage.partners().tierHistory(ID)).isEmpty();
  }

  @Test
  void aTierChangeOfAnUnknownPartnerWritesNothing() {
    assertThat(storage.partners().changeTier(
        new TierChange(ID, Tier.ENTRY, Tier.GOLD, "vendor:pm", T0))).isFalse();
    assertThat(storage.partners().tierHistory(ID)).isEmpty();
  }

  @Test
  void tierHistoryIsOldestFirst_T5() {
    storage.partners().save(Partner.withVouchers(ID, "ACME", Tier.ENTRY));
    TierChange up = new TierChange(ID, Tier.ENTRY, Tier.GOLD, "vendor:pm", T0);
    TierChange down = new TierChange(ID, Tier.GOLD, Tier.SILVER, "vendor:pm", T0.plusSeconds(1));
    assertThat(storage.partners().changeTier(up)).isTrue();
    assertThat(storage.partners().changeTier(down)).isTrue();
    assertThat(storage.partners().tierHistory(ID)).containsExactly(up, down);
  }
}
