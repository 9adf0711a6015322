// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.programme.application.ProgrammeFixture;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ORG_CERT_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.AttemptWindow;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.testkit.Concurrently;
import dev.vouchers.testkit.memory.InMemoryCodeAttempts;
import io.vavr.control.Either;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * G-1: failed code attempts are limited per caller key, before the voucher store is asked, with
 * one answer for every code (C-5); successful attempts do not count; a refusal changes nothing.
 */
class AttemptLimitTest {
  private static final CallerKey MALLORY = CallerKey.of("ip:203.0.113.66");
  private static final CallerKey HONEST = CallerKey.of("ip:198.51.100.7");
  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final InMemoryCodeAttempts attempts = new InMemoryCodeAttempts();
  private final AtomicInteger storeLookups = new AtomicInteger();
  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  private final ProgrammeFixture f = ProgrammeFixture.withAttempts(attempts, events::add,
      s -> s, store -> counting(store, storeLookups));

  /** A {@link Vouchers} that counts the code look-ups reaching it (by code, and redeem). */
  static Vouchers counting(Vouchers store, AtomicInteger lookups) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("voucherByCode") || method.getName().equals("redeem")) {
        lookups.incrementAndGet();
      }
      try {
        return method.invoke(store, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Vouchers) Proxy.newProxyInstance(Vouchers.class.getClassLoader(),
        new Class<?>[] {Vouchers.class}, handler);
  }

  private static String unknownCode() {
    CodeFormat format = CodeFormat.defaults();
    return format.format(new CodeGenerator(format, Entropy.secure()).next());
  }

  private Either<Refusal, ?> lookUp(CallerKey caller, String code) {
    return f.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, code,
        caller));
  }

  private Either<Refusal, VoucherView> redeem(CallerKey caller, String code) {
    return f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(code, caller)));
  }

  /** Every use case that takes a typed code, in turn. */
  private Either<Refusal, ?> anyUseCase(int i, CallerKey caller, String code) {
    Actor p = CUSTOMER;
    VoucherRef ref = VoucherRef.code(code, caller);
    return switch (i % 6) {
      case 0 -> lookUp(caller, code);
      case 1 -> f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(p, ref));
      case 2 -> f.programme.vouchers().startOrganisationActivation()
          .start(new StartOrganisationActivation.Command(p, ref));
      case 3 -> f.programme.vouchers().issueDomainChallenge()
          .issue(new IssueDomainChallenge.Command(p, ref, "shop.example.com"));
      case 4 -> f.programme.vouchers().verifyDomainControl().verify(new VerifyDomainControl.Command(
          p, ref));
      default -> f.programme.vouchers().submitCertificateRequest().submit(
          new SubmitCertificateRequest.Command(p, ref, "CSR-1", Optional.empty()));
    };
  }

  private static Reason tooMany(Instant until) {
    return CodeLookups.tooManyAttempts(until);
  }

  @Test
  void tenThousandWrongCodesFromOneKeyReachTheStoreAtMostTenTimes_G1() {
    Instant until = ProgrammeFixture.START.plus(WINDOW);
    int reached = 0;
    int refusedForAttempts = 0;
    for (int i = 0; i < 10_000; i++) {
      int before = storeLookups.get();
      Refusal refusal = refused(anyUseCase(i, MALLORY, unknownCode()));
      if (storeLookups.get() > before) {
        reached++;
      }
      if (refusal.has(ReasonCode.TOO_MANY_ATTEMPTS)) {
        refusedForAttempts++;
        assertThat(refusal.reasons()).containsExactly(tooMany(until));
        assertThat(refusal.reasons().get(0).details()).containsEntry("time", until);
      } else {
        assertThat(refusal.codes()).containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
      }
    }
    System.out.printf("G-1: 10,000 wrong codes from one key: %d reached the store"
        + " (%d store look-ups), %d refused for too many attempts%n",
        reached, storeLookups.get(), refusedForAttempts);
    assertThat(reached).isEqualTo(10);
    // a redemption that found nothing to redeem reads once more to name the reason
    assertThat(storeLookups.get()).isBetween(10, 20);
    assertThat(refusedForAttempts).isEqualTo(9_990);
    assertThat(attempts.window(MALLORY)).contains(new AttemptWindow(until, 10));
  }

  @Test
  void malformedCodesCountAsFailuresToo_G1_C4() {
    for (int i = 0; i < 10; i++) {
      assertThat(refused(lookUp(MALLORY, "not-a-code-" + i)).codes())
          .containsExactly(ReasonCode.MALFORMED_CODE);
    }
    assertThat(refused(lookUp(MALLORY, "not-a-code")).codes())
        .containsExactly(ReasonCode.TOO_MANY_ATTEMPTS);
    assertThat(storeLookups).hasValue(0);
  }

  @Test
  void theRefusalIsTheSameForValidUnknownCancelledAndExpiredCodes_G1_C5() {
    VoucherView valid = f.single(SMIME_1Y);
    VoucherView cancelled = f.single(SMIME_1Y);
    ok(f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE, cancelled.order(),
        "test")));
    for (int i = 0; i < 10; i++) {
      refused(lookUp(MALLORY, unknownCode()));
    }
    storeLookups.set(0);
    List<Refusal> answers = new ArrayList<>();
    for (String code : List.of(valid.code(), cancelled.code(), unknownCode())) {
      answers.add(refused(lookUp(MALLORY, code)));
      answers.add(refused(redeem(MALLORY, code)));
    }
    assertThat(answers).allSatisfy(r -> assertThat(r).isEqualTo(answers.get(0)));
    assertThat(answers.get(0).codes()).containsExactly(ReasonCode.TOO_MANY_ATTEMPTS);
    assertThat(storeLookups).hasValue(0);
    assertThat(f.view(valid.id()).status()).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void otherKeysAreUnaffected_G1() {
    VoucherView voucher = f.single(SSL_DV_1Y);
    for (int i = 0; i < 11; i++) {
      refused(lookUp(MALLORY, unknownCode()));
    }
    assertThat(refused(lookUp(MALLORY, voucher.code())).codes())
        .containsExactly(ReasonCode.TOO_MANY_ATTEMPTS);
    ok(lookUp(HONEST, voucher.code()));
    assertThat(refused(lookUp(HONEST, unknownCode())).codes())
        .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
    assertThat(attempts.window(HONEST)).map(AttemptWindow::counted).contains(1);
  }

  @Test
  void successfulAttemptsDoNotCountAndResetNobodysCount_G1() {
    VoucherView voucher = f.single(ORG_CERT_1Y);
    for (int i = 0; i < 9; i++) {
      refused(lookUp(MALLORY, unknownCode()));
    }
    for (int i = 0; i < 20; i++) {
      ok(lookUp(HONEST, voucher.code()));
      ok(lookUp(MALLORY, voucher.code())); // a success of the same key does not count either
    }
    assertThat(attempts.window(HONEST)).map(AttemptWindow::counted).contains(0);
    assertThat(attempts.window(MALLORY)).map(AttemptWindow::counted).contains(9);
    refused(lookUp(MALLORY, unknownCode())); // the tenth failure
    assertThat(refused(lookUp(MALLORY, voucher.code())).codes())
        .containsExactly(ReasonCode.TOO_MANY_ATTEMPTS);
    ok(lookUp(HONEST, voucher.code()));
  }

  @Test
  void aRedemptionByCodeIsASuccessfulAttempt_G1() {
    VoucherView voucher = f.single(SMIME_1Y);
    for (int i = 0; i < 9; i++) {
      refused(redeem(MALLORY, unknownCode()));
    }
    ok(redeem(MALLORY, voucher.code()));
    assertThat(attempts.window(MALLORY)).map(AttemptWindow::counted).contains(9);
    assertThat(f.view(voucher.id()).status()).isEqualTo(VoucherStatus.REDEEMED);
  }

  @Test
  void theKeyMayTryAgainWhenTheWindowHasEnded_G1() {
    VoucherView voucher = f.single(SMIME_1Y);
    for (int i = 0; i < 10; i++) {
      refused(lookUp(MALLORY, unknownCode()));
    }
    f.advance(WINDOW.minusSeconds(1));
    assertThat(refused(lookUp(MALLORY, voucher.code())).reasons())
        .containsExactly(tooMany(ProgrammeFixture.START.plus(WINDOW)));
    f.advance(Duration.ofSeconds(1));
    ok(lookUp(MALLORY, voucher.code()));
    Instant now = f.clock.instant();
    refused(lookUp(MALLORY, unknownCode()));
    assertThat(attempts.window(MALLORY)).contains(new AttemptWindow(now.plus(WINDOW), 1));
    f.advance(WINDOW);
    assertThat(f.programme.sweepCodeAttempts(100)).isEqualTo(1);
    assertThat(attempts.size()).isZero();
  }

  @Test
  void theLimitAndWindowAreConfigurable_G1() {
    InMemoryCodeAttempts own = new InMemoryCodeAttempts();
    ProgrammeFixture g = ProgrammeFixture.withAttempts(own, e -> { }, s -> s.withAttemptLimit(
        new AttemptLimit(2, Duration.ofMinutes(1))), store -> store);
    LookUpCode look = g.programme.vouchers().lookUpCode();
    for (int i = 0; i < 2; i++) {
      assertThat(refused(look.lookUp(new LookUpCode.Command(CUSTOMER, unknownCode(), MALLORY)))
          .codes()).containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
    }
    assertThat(refused(look.lookUp(new LookUpCode.Command(CUSTOMER, unknownCode(), MALLORY)))
        .reasons()).containsExactly(tooMany(ProgrammeFixture.START.plus(Duration.ofMinutes(1))));
  }

  @Test
  void aRefusalForTooManyAttemptsChangesNothingAndIsPublished_G1_L4() {
    for (int i = 0; i < 10; i++) {
      refused(lookUp(MALLORY, unknownCode()));
    }
    Optional<AttemptWindow> before = attempts.window(MALLORY);
    events.clear();
    Refusal refusal = refused(lookUp(MALLORY, unknownCode()));
    refused(redeem(MALLORY, unknownCode()));
    assertThat(attempts.window(MALLORY)).isEqualTo(before);
    assertThat(events).containsExactly(
        new ProgrammeEvent.Refused("LookUpCode", refusal, f.clock.instant()),
        new ProgrammeEvent.Refused("MarkRedeemed", refusal, f.clock.instant()));
  }

  @Test
  void theRefusalSaysWhenToTryAgainInEnglishAndGerman_G1() {
    Reason reason = tooMany(Instant.parse("2025-03-03T09:15:00Z"));
    assertThat(reason.render(Locale.ENGLISH)).contains("try again after").contains("9:15")
        .contains("UTC");
    assertThat(reason.render(Locale.GERMAN)).contains("noch einmal").contains("09:15");
  }

  @Test
  void racingWrongCodesOnOneKeyNeverPassTheLimit_G1() throws InterruptedException {
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      racers.add(() -> refused(anyUseCase(n, MALLORY, unknownCode()))
          .has(ReasonCode.TOO_MANY_ATTEMPTS));
    }
    List<Boolean> limited = Concurrently.call(racers);
    assertThat(limited.stream().filter(l -> !l).count()).isEqualTo(10);
    assertThat(storeLookups.get()).isBetween(10, 20);
  }
}
