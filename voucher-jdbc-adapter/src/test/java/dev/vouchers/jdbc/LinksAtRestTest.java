// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.messaging.application.MessageRelay;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * G-2 over JDBC: an activation link's token is never stored readable. Before the relay ran the
 * voucher row holds the token's keyed digest and the outbox row the token sealed; once the
 * e-mail went out the sealed token is erased. A dump of every table (as in
 * {@link CodesAtRestTest}) contains no token, in any case, before or after.
 */
class LinksAtRestTest {
  private static final String RECIPIENT = "recipient@customer.example";

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRES"})
  void noTableHoldsALinkTokenAndTheSealedTokenIsErasedOnDelivery_G2(TestDatabase database)
      throws SQLException {
    try (ProgrammeOverJdbc library = ProgrammeOverJdbc.on(database)) {
      PlacedOrder order = library.place(4);
      for (int i = 0; i < 3; i++) {
        assertThat(library.sendActivationLink(order.voucher(i), RECIPIENT).isRight()).isTrue();
      }
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_vouchers"
          + " WHERE link_digest IS NOT NULL")).isEqualTo(3);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_outbox"
          + " WHERE link_sealed IS NOT NULL")).isEqualTo(3);
      String before = CodesAtRestTest.dump(library.dataSource(), database);

      List<URI> links = new CopyOnWriteArrayList<>();
      MessageRelay<ActivationMessage> relay = new MessageRelay<>(library.storage().outbox(),
          (message, link) -> links.add(link), library.programme().activationLinks(),
              Outbox.Backoff.standard(),
          Duration.ofMinutes(1), 10);
      assertThat(relay.relayOnce().delivered()).isEqualTo(3);
      assertThat(library.count("SELECT COUNT(*) FROM vouchers_outbox"
          + " WHERE link_sealed IS NOT NULL")).isZero();
      String after = CodesAtRestTest.dump(library.dataSource(), database);

      assertThat(before).contains(RECIPIENT);
      assertThat(links).hasSize(3);
      for (URI link : links) {
        String token = link.getRawQuery().substring("link=".length());
        for (String form : List.of(token, token.toUpperCase(Locale.ROOT))) {
          assertThat(before).doesNotContain(form);
          assertThat(after).doesNotContain(form);
        }
      }
    }
  }
}
