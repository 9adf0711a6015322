// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.port.in.ChangeSubAccountBilling;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import io.vavr.control.Either;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * V-7, L-4: a conditional write that loses to a concurrent writer is decided again, as often as
 * the settings' {@code conflictRetries} say; a writer that loses every time is answered with
 * CONCURRENT_UPDATE, never an exception, and nothing of its change is written.
 */
class ConflictRetriesTest {
  private static final int RETRIES = 3;

  /** A port whose conditional writes lose every race while {@link #losing} is set. */
  private static final class Losing<T> implements InvocationHandler {
    final AtomicReference<T> target = new AtomicReference<>();
    final AtomicBoolean losing = new AtomicBoolean();
    final AtomicInteger tries = new AtomicInteger();
    private final Class<T> type;
    private final Set<String> writes;

    Losing(Class<T> type, String... writes) {
      this.type = type;
      this.writes = Set.of(writes);
    }

    T port() {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this));
    }

    T over(T real) {
      target.set(real);
      return port();
    }

    void loseFromNowOn() {
      tries.set(0);
      losing.set(true);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (losing.get() && writes.contains(method.getName())) {
        tries.incrementAndGet();
        return false;
      }
      try {
        return method.invoke(target.get(), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static Refusal concurrent(Either<Refusal, ?> result) {
    Refusal refusal = ProgrammeFixture.refused(result);
    assertThat(refusal.codes()).containsExactly(ReasonCode.CONCURRENT_UPDATE);
    return refusal;
  }

  private static InvitationFixture invitationsWith(Losing<Invitations> invitations,
      Losing<SubAccounts> subAccounts) {
    InvitationFixture f = InvitationFixture.with(b -> b
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(InvitationFixture.REDEEM)
            .conflictRetries(RETRIES).build())
        .invitations(invitations.port()).subAccounts(subAccounts.port()));
    invitations.target.set(f.store.invitations());
    subAccounts.target.set(f.store.subAccounts());
    return f;
  }

  @Test
  void aResendAndAnAcceptanceThatAlwaysLoseGiveUpAfterTheConfiguredTries_V7_L4() {
    Losing<Invitations> invitations = new Losing<>(Invitations.class, "update", "accept");
    InvitationFixture f = invitationsWith(invitations,
        new Losing<>(SubAccounts.class, "update"));
    InvitationId id = f.invite("buyer@example.com").id();
    String token = f.token(id);

    invitations.loseFromNowOn();
    concurrent(f.programme.subAccounts().resendInvitation().resend(
        new ResendInvitation.Command(InvitationFixture.ADMIN, id)));
    assertThat(invitations.tries).hasValue(RETRIES);

    invitations.loseFromNowOn();
    concurrent(f.tryAccept(token));
    assertThat(invitations.tries).hasValue(RETRIES);

    invitations.losing.set(false);
    assertThat(f.store.invitations().invitation(id).orElseThrow().status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(f.store.subAccounts().subAccounts(InvitationFixture.ACME, PageRequest.first(10)).items())
        .isEmpty();
    assertThat(f.store.invitationOutbox().backlog()).isZero();
  }

  @Test
  void aSubAccountChangeThatAlwaysLosesGivesUpAfterTheConfiguredTries_V7_L4() {
    Losing<SubAccounts> subAccounts = new Losing<>(SubAccounts.class, "update");
    InvitationFixture f = invitationsWith(new Losing<>(Invitations.class), subAccounts);
    SubAccount account = f.accept(f.invite("buyer@example.com").id());

    subAccounts.loseFromNowOn();
    concurrent(f.programme.subAccounts().changeSubAccountBilling().change(
        new ChangeSubAccountBilling.Command(
        InvitationFixture.ADMIN, account.id(), Billing.PARTNER, Pricing.partnerTier())));
    assertThat(subAccounts.tries).hasValue(RETRIES);
    assertThat(f.store.subAccounts().subAccount(account.id()).orElseThrow()).isEqualTo(account);
  }

  @Test
  void aSubscriptionCancellationThatAlwaysLosesGivesUpAfterTheConfiguredTries_V7_L4() {
    Losing<Subscriptions> subscriptions = new Losing<>(Subscriptions.class, "update");
    SubscriptionFixture f = new SubscriptionFixture(subscriptions::over);
    SubscriptionId id = f.active(SubscriptionFixture.monthly()).id();

    subscriptions.loseFromNowOn();
    concurrent(f.programme.subscriptions().cancelSubscription().cancel(
        new CancelSubscription.Command(SubscriptionFixture.ADMIN, id, "")));
    int configured = ProgrammeSettings.builder()
        .redemptionBaseUrl(InvitationFixture.REDEEM).build().conflictRetries();
    assertThat(subscriptions.tries).hasValue(configured);
    assertThat(f.store.subscriptions().subscription(id).orElseThrow().status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
  }
}
