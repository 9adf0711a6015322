// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.SubscriptionFixture.ADMIN;
import static dev.vouchers.core.programme.application.SubscriptionFixture.LINK;
import static dev.vouchers.core.programme.application.SubscriptionFixture.PUBLISHER;
import static dev.vouchers.core.programme.application.SubscriptionFixture.monthly;
import static dev.vouchers.core.programme.application.SubscriptionFixture.ok;
import static dev.vouchers.core.programme.application.SubscriptionFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import io.vavr.control.Either;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * U-2, U-4, L-4 at the use cases: the activation's authorisation code and publisher link as
 * the subscription service checks them before anything is read, and the reason an auto-renew
 * switch records when none is given.
 */
class SubscriptionInputTest {

  private final SubscriptionFixture f = new SubscriptionFixture();

  private Either<Refusal, SubscriptionView> activate(SubscriptionId id, URI link, String code) {
    return f.programme.subscriptions().activateSubscription().activate(
        new ActivateSubscription.Command(PUBLISHER, id, link, code, true, true));
  }

  @Test
  void anAuthorisationCodeOfTwoHundredCharactersActivatesOneMoreIsRefused_U2_L4() {
    SubscriptionId longer = f.buy(monthly()).id();
    SubscriptionId longest = f.buy(monthly()).id();

    Refusal refusal = refused(activate(longer, LINK,
        "A".repeat(SubscriptionActivation.MAX_CODE + 1)));
    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).contains("1.." + SubscriptionActivation.MAX_CODE);
    assertThat(f.view(longer).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);

    assertThat(ok(activate(longest, LINK, " " + "A".repeat(SubscriptionActivation.MAX_CODE)
        + " ")).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void anAuthorisationCodeWithAControlCharacterIsRefusedAndNothingChanges_U2_L4() {
    SubscriptionId id = f.buy(monthly()).id();

    Refusal refusal = refused(activate(id, LINK, "AUTH\u00077F3K"));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).contains("authorisation code");
    assertThat(f.view(id).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
    assertThat(f.stored(id)).extracting(SubscriptionHistoryEntry::change)
        .containsExactly(SubscriptionChange.PURCHASED);
  }

  @Test
  void aPublisherLinkLongerThanAStoredUrlIsRefusedTogetherWithABlankCode_U2_L4() {
    SubscriptionId id = f.buy(monthly()).id();
    URI tooLong = URI.create("https://isv.example/" + "a".repeat(Text.URL));

    Refusal refusal = refused(activate(id, tooLong, "  "));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).contains("publisher link");
    assertThat(refusal.reasons().get(1).message()).contains("authorisation code");
    assertThat(refused(activate(id, tooLong, "AUTH-7F3K")).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("publisher link"));
    assertThat(f.view(id).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
  }

  @Test
  void switchingAutoRenewWithoutAReasonRecordsWhichWayItWasSwitched_U4() {
    SubscriptionId id = f.active(monthly()).id();

    ok(f.programme.subscriptions().switchAutoRenew().switchAutoRenew(
        new SwitchAutoRenew.Command(ADMIN, id, false, " ")));
    ok(f.programme.subscriptions().switchAutoRenew().switchAutoRenew(
        new SwitchAutoRenew.Command(ADMIN, id, true, "")));

    assertThat(f.stored(id)).filteredOn(e -> e.change() == SubscriptionChange.AUTO_RENEW_SWITCHED)
        .extracting(SubscriptionHistoryEntry::why)
        .containsExactly("auto-renew switched off", "auto-renew switched on");
  }
}
