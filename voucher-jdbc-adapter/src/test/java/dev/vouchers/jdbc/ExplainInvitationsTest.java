// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.testkit.contract.ContractData;
import dev.vouchers.testkit.contract.InvitationContractData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * As {@link ExplainTest}, for the sub-account adapters (I-1..I-3): every statement they send
 * to PostgreSQL is planned with an index (a generic plan, sequential scans off).
 */
class ExplainInvitationsTest {
  private static final PartnerId A = new PartnerId("a");

  @Test
  void everyStatementOfTheInvitationPortsUsesAnIndexOnPostgresql() throws SQLException {
    DataSource real = EmbeddedPostgresServer.freshPlainSchema();
    JdbcSchema.initialize(real);
    Set<String> statements = new ConcurrentSkipListSet<>();
    JdbcStorage storage = JdbcStorage.builder(ExplainTest.recording(real, statements)).build();
    exercise(storage);

    assertThat(statements).hasSizeGreaterThan(15);
    ((PGSimpleDataSource) real).setPreferQueryMode(PreferQueryMode.SIMPLE);
    List<String> unindexed = new ArrayList<>();
    for (String sql : statements) {
      if (sql.startsWith("INSERT") || !sql.contains("WHERE")) {
        continue;
      }
      String plan = ExplainTest.explain(real, sql);
      if (plan.contains("Seq Scan")) {
        unindexed.add(sql + "\n" + plan);
      }
    }
    assertThat(unindexed).as("statements planned without an index").isEmpty();
  }

  private static void exercise(JdbcStorage storage) {
    Instant t0 = ContractData.T0;
    InvitationCreated created = InvitationContractData.invitation(A, t0);
    storage.invitations().insert(created, InvitationContractData.message(created.invitation(),
        t0));
    Invitation invitation = created.invitation();
    storage.invitations().invitation(invitation.id());
    storage.invitations().invitationByToken(invitation.token());
    var resend = InvitationContractData.resent(invitation, t0.plusSeconds(1));
    storage.invitations().update(resend, Optional.of(InvitationContractData.message(
        resend.after(), t0.plusSeconds(1))));
    storage.invitations().history(invitation.id());
    for (var filter : List.of(InvitationFilter.all(A, t0), new InvitationFilter(A,
        Set.of(InvitationStatus.EXPIRED, InvitationStatus.PENDING, InvitationStatus.CANCELLED),
        t0))) {
      var first = storage.invitations().invitations(filter, PageRequest.first(1));
      storage.invitations().invitations(filter, PageRequest.after(1, new dev.vouchers.core.kernel.Cursor(t0, "x").encode()));
      assertThat(first.total().count()).isEqualTo(1);
    }
    Acceptance acceptance = InvitationContractData.accepted(resend.after(), t0.plusSeconds(2));
    storage.invitations().accept(acceptance);
    var subAccount = acceptance.subAccount();
    storage.subAccounts().subAccount(subAccount.id());
    storage.subAccounts().subAccounts(A, PageRequest.first(1));
    storage.subAccounts().subAccounts(A, PageRequest.after(1, new dev.vouchers.core.kernel.Cursor(t0, "x").encode()));
    storage.subAccounts().update(subAccount.changeBilling(Billing.PARTNER,
        Pricing.partnerTier(), InvitationContractData.admin(A), t0).get());
    storage.subAccounts().history(subAccount.id());
    Outbox.Entry<InvitationMessage> claimed =
        storage.invitationOutbox().claim(5, t0.plusSeconds(5), Duration.ofMinutes(1)).get(0);
    storage.invitationOutbox().failed(claimed, t0, "smtp down");
    storage.invitationOutbox().delivered(claimed, t0);
    storage.invitationOutbox().backlog();
    // I-2, L-2: the set-based expiry sweep, with one invitation due
    InvitationCreated due = InvitationContractData.invitation(A, t0);
    storage.invitations().insert(due, InvitationContractData.message(due.invitation(), t0));
    assertThat(storage.invitations().expireDueInvitations(t0.plus(Duration.ofDays(40)),
        new Actor.Service("sweep"), 10)).hasSize(1);
    assertThat(new Actor.Service("x").describe()).isNotEmpty();
  }
}
