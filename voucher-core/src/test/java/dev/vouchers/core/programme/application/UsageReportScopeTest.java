// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOLT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.in.UsageReport;
import io.vavr.control.Either;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-6 in the core: which rows a principal may see, that the interval is checked only
 * after who asks, and that the answer counts the rows it streamed. The figures themselves are
 * pinned by {@code UsageDomainTest} and the testkit's {@code UsageReportContract}.
 */
class UsageReportScopeTest {

  private static final Instant FROM = ProgrammeFixture.START.minus(Duration.ofDays(1));
  private static final Instant TO = ProgrammeFixture.START.plus(Duration.ofDays(1));

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, Long> report(Actor who, Optional<PartnerId> partner, Instant from,
      Instant to, List<UsageRow> into) {
    return f.programme.ordering().usageReport().rows(
        new UsageReport.Command(who, partner, from, to, UsageBucket.DAY), into::add);
  }

  private List<PartnerId> partnersSeen(Actor who, Optional<PartnerId> partner) {
    List<UsageRow> rows = new ArrayList<>();
    long count = ok(report(who, partner, FROM, TO, rows));
    assertThat(count).isEqualTo(rows.size());
    return rows.stream().map(UsageRow::partner).toList();
  }

  @Test
  void aPartnersUserSeesItsOwnRowsStaffAndServicesAnyOrAll_M6_A1() {
    f.order(line(SMIME_1Y, 2), line(SMIME_2Y, 1));
    ok(f.tryOrder(BOB, BOLT, request(line(SMIME_1Y, 1))));

    assertThat(partnersSeen(ALICE, Optional.empty())).containsExactly(ACME, ACME);
    assertThat(partnersSeen(ALICE, Optional.of(ACME))).containsExactly(ACME, ACME);
    assertThat(partnersSeen(BOB, Optional.empty())).containsExactly(BOLT);
    assertThat(partnersSeen(SUPPORT, Optional.empty())).containsExactly(ACME, ACME, BOLT);
    assertThat(partnersSeen(PM, Optional.of(BOLT))).containsExactly(BOLT);
    assertThat(partnersSeen(PLATFORM, Optional.empty())).containsExactly(ACME, ACME, BOLT);
    assertThat(partnersSeen(PLATFORM, Optional.of(ACME))).containsExactly(ACME, ACME);
  }

  @Test
  void anotherPartnersReportAndAnEndCustomersAreAnsweredAsMissing_M6_A1() {
    f.order(line(SMIME_1Y, 1));
    List<UsageRow> rows = new ArrayList<>();

    Refusal foreign = refused(report(BOB, Optional.of(ACME), FROM, TO, rows));
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(refused(report(CUSTOMER, Optional.empty(), FROM, TO, rows)))
        .isEqualTo(foreign);
    assertThat(refused(report(CUSTOMER, Optional.of(ACME), FROM, TO, rows)))
        .isEqualTo(foreign);
    assertThat(rows).isEmpty();
  }

  @Test
  void theIntervalIsCheckedAfterWhoAsks_M6_L4() {
    List<UsageRow> rows = new ArrayList<>();

    assertThat(refused(report(ALICE, Optional.empty(), TO, FROM, rows)).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(report(BOB, Optional.of(ACME), TO, FROM, rows)).codes())
        .containsExactly(ReasonCode.NOT_FOUND);
    StringWriter csv = new StringWriter();
    assertThat(f.programme.ordering().usageReport().csv(new UsageReport.Command(SUPPORT,
        Optional.empty(),
        TO, FROM, UsageBucket.DAY), csv).isLeft()).isTrue();
    assertThat(csv.toString()).isEmpty();
    assertThat(rows).isEmpty();
  }

  @Test
  void aReportWithoutRowsIsTheHeaderAlone_M6_S1() {
    StringWriter csv = new StringWriter();

    assertThat(ok(f.programme.ordering().usageReport().csv(new UsageReport.Command(ALICE,
        Optional.empty(),
        FROM, TO, UsageBucket.DAY), csv))).isZero();

    assertThat(csv.toString().lines().toList()).containsExactly(
        String.join(",", UsageReport.CSV_HEADER));
  }
}
