// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * G-3, M-5: a key store may run a command's work again (a database retrying its transaction
 * after a serialisation failure); the events told afterwards are those of the run whose result
 * is answered, once each, never those of the discarded run.
 */
class IdempotentRetriedWorkTest {

  /** A key store that runs the work twice and keeps the second run, as a retried transaction. */
  private static final class RunsTwice implements IdempotencyKeys {
    @Override
    public <T> Outcome<T> once(IdempotentRequest request, Supplier<Either<Refusal, T>> work,
        Function<? super T, String> answer) {
      work.get();
      return new Outcome.Done<>(work.get());
    }

    @Override
    public int sweep(Instant before, int limit) {
      return 0;
    }
  }

  @Test
  void onlyTheAnsweredRunsEventsAreTold_G3_M5() {
    ProgrammeFixture f = ProgrammeFixture.create();
    List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
    VoucherProgramme programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder().redemptionBaseUrl(ProgrammeFixture.REDEEM).build())
        .clock(f.clock).vouchers(f.vouchers).partners(f.store.partners()).catalog(f.store.catalog())
        .mandates(f.store.mandates()).codeVault(f.vault).events(events::add)
        .idempotencyKeys(new RunsTwice()).build();

    PlacedOrder placed = ok(programme.ordering().orderVouchers().order(new OrderVouchers.Command(
        ALICE,
        ACME, request(line(SMIME_1Y, 2))).withIdempotencyKey(IdempotencyKey.of("twice-1"))));

    assertThat(events).filteredOn(ProgrammeEvent.OrderPlaced.class::isInstance).singleElement()
        .extracting(e -> ((ProgrammeEvent.OrderPlaced) e).order())
        .isEqualTo(placed.order().id());
  }
}
