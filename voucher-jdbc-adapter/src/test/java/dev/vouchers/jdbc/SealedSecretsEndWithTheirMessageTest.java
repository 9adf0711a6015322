// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.testkit.contract.InvitationContractData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * I-1, G-2, E-1 over JDBC: an invitation e-mail's outbox row holds the invitation's token sealed
 * only while the e-mail may still go out. However the message ends, delivered, dropped as
 * overtaken or parked as undeliverable, the sealed token is erased with the mark, while a
 * message still to deliver keeps it (the relay opens it into the link). {@link LinksAtRestTest}
 * checks the same of the activation e-mails' sealed link tokens; both kinds are ended by the
 * one {@link JdbcOutbox}.
 */
class SealedSecretsEndWithTheirMessageTest {
  private static final Duration LEASE = Duration.ofMinutes(5);

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void anInvitationMessageThatEndedNoLongerHoldsItsSealedToken_I1_E1(TestDatabase database)
      throws SQLException {
    DataSource dataSource = database.freshDataSource();
    JdbcStorage storage = database.storageOver(dataSource);
    for (int i = 0; i < 4; i++) {
      InvitationCreated created =
          InvitationContractData.invitation(new PartnerId("p"), T0.plusMillis(i));
      storage.invitations().insert(created,
          InvitationContractData.message(created.invitation(), T0.plusMillis(i)));
    }
    assertThat(sealedTokens(dataSource)).isEqualTo(4);

    Outbox<InvitationMessage> outbox = storage.invitationOutbox();
    Instant now = T0.plusSeconds(1);
    List<Outbox.Entry<InvitationMessage>> claimed = outbox.claim(4, now, LEASE);
    assertThat(claimed).hasSize(4);
    assertThat(outbox.delivered(claimed.get(0), now)).isTrue();
    assertThat(outbox.dropped(claimed.get(1), now)).isTrue();
    assertThat(outbox.parked(claimed.get(2), now, "550 5.1.1 no such user")).isTrue();
    assertThat(outbox.failed(claimed.get(3), now.plusSeconds(30), "connection refused"))
        .isTrue();

    // three ended, their tokens gone; the failed one will be tried again and keeps its token
    assertThat(sealedTokens(dataSource)).isEqualTo(1);
    List<Outbox.Entry<InvitationMessage>> again = outbox.claim(4, now.plusSeconds(30), LEASE);
    assertThat(again).extracting(entry -> entry.message().id())
        .containsExactly(claimed.get(3).message().id());
    assertThat(again.get(0).message().token()).isEqualTo(claimed.get(3).message().token());
  }

  private static long sealedTokens(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery(
            "SELECT COUNT(*) FROM vouchers_invitation_outbox WHERE token_sealed IS NOT NULL")) {
      row.next();
      return row.getLong(1);
    }
  }
}
