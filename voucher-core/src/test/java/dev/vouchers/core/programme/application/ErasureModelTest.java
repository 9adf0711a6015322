// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.AGENT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * E-1 as a model property: random sequences of activation links sent to three people and
 * erasures of them; afterwards the store holds no trace of a person erased after their last
 * link (neither the address nor any message sent to them, in vouchers, histories or e-mails),
 * and every voucher whose latest link went to someone not erased since still names them.
 */
class ErasureModelTest {
  private static final List<String> PEOPLE =
      List.of("ann@example.org", "ben@example.net", "cleo@example.ch");
  private static final int VOUCHERS = 3;

  /** Step {@code n}: n < 9 sends voucher n % 3 to person n / 3; 9..11 erase person n - 9. */
  private static String message(String person, int step) {
    return "Greetings to " + person.substring(0, person.indexOf('@')) + " #" + step;
  }

  @Test
  void anErasedPersonLeavesNoTraceAndOthersKeepTheirData_E1() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 11)).ofSizeBetween(1, 14))
        .checkAssert(this::check);
  }

  private void check(List<Integer> steps) {
    ProgrammeFixture f = ProgrammeFixture.create();
    Order order = f.order(line(SMIME_1Y, VOUCHERS));
    List<VoucherId> vouchers = f.vouchersOf(order).stream().map(v -> v.id()).toList();
    Map<Integer, String> latest = new HashMap<>(); // voucher -> person of its latest link
    Map<String, Integer> lastSend = new HashMap<>();
    Map<String, Integer> lastErase = new HashMap<>();
    for (int step = 0; step < steps.size(); step++) {
      int n = steps.get(step);
      if (n < 9) {
        String person = PEOPLE.get(n / 3);
        ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(AGENT,
            vouchers.get(n % 3), person, message(person, step))));
        latest.put(n % 3, person);
        lastSend.put(person, step);
      } else {
        String person = PEOPLE.get(n - 9);
        ok(f.programme.erasePersonalData().erase(
            ErasePersonalData.Command.address(SUPPORT, person)));
        lastErase.put(person, step);
        latest.replaceAll((voucher, to) -> to.equals(person) ? "" : to);
      }
    }
    StringBuilder store = new StringBuilder();
    for (VoucherId id : vouchers) {
      store.append(f.store.vouchers().voucher(id).orElseThrow()).append(f.store.vouchers().history(id));
    }
    store.append(f.store.outbox().claim(100, Instant.parse("2100-01-01T00:00:00Z"),
        Duration.ofMinutes(1)));
    String dump = store.toString();
    for (String person : PEOPLE) {
      int erased = lastErase.getOrDefault(person, -1);
      if (erased > lastSend.getOrDefault(person, -1)) {
        assertThat(dump).as("%s erased in %s", person, steps).doesNotContain(person)
            .doesNotContain("Greetings to " + person.substring(0, person.indexOf('@')));
      }
    }
    latest.forEach((voucher, person) -> {
      if (!person.isEmpty()) {
        assertThat(f.store.vouchers().voucher(vouchers.get(voucher)).orElseThrow().assignment()
            .orElseThrow().recipient().value()).as("%s", steps).isEqualTo(person);
      }
    });
  }
}
