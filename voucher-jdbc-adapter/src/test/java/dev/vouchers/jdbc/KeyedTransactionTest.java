// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.IdempotencyKeys.Outcome;
import dev.vouchers.core.programme.port.out.IdempotentRequest;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * G-3 on JDBC: a command under an idempotency key writes in the transaction that stores the key,
 * so the key and the writes are kept together or not at all: a command that fails or is refused
 * leaves neither, and the key may be used again.
 */
class KeyedTransactionTest {
  private static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");
  private static final IdempotentRequest USE = new IdempotentRequest(
      IdempotencyKey.sha256("scope"), IdempotencyKey.of("k").digest(),
      IdempotencyKey.sha256("request"), AT);

  private static Partner partner(String id) {
    return new Partner(new PartnerId(id), id, Tier.GOLD, Set.of(Feature.VOUCHERS),
        Locale.ENGLISH);
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void aFailedCommandKeepsNeitherItsWritesNorTheKey_G3(TestDatabase database) {
    JdbcStorage storage = database.newJdbcStorage();
    IdempotencyKeys keys = storage.idempotencyKeys();

    assertThatThrownBy(() -> keys.once(USE, () -> {
      storage.partners().save(partner("half-done"));
      throw new IllegalStateException("the process fails after the first write");
    }, result -> "answer")).isInstanceOf(IllegalStateException.class);

    assertThat(storage.partners().partner(new PartnerId("half-done"))).isEmpty();
    AtomicInteger runs = new AtomicInteger();
    Outcome<String> again = keys.once(USE, () -> {
      runs.incrementAndGet();
      return Either.right("done");
    }, result -> result);
    assertThat(again).isEqualTo(new Outcome.Done<>(Either.right("done")));
    assertThat(runs).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void aRefusedCommandKeepsNeitherItsWritesNorTheKey_G3(TestDatabase database) {
    JdbcStorage storage = database.newJdbcStorage();
    IdempotencyKeys keys = storage.idempotencyKeys();

    Outcome<String> refused = keys.once(USE, () -> {
      storage.partners().save(partner("refused"));
      return Either.left(Refusal.notFound("partner"));
    }, result -> result);

    assertThat(refused).isInstanceOf(Outcome.Done.class);
    assertThat(storage.partners().partner(new PartnerId("refused"))).isEmpty();
    assertThat(keys.once(USE, () -> Either.right("now"), result -> result))
        .isEqualTo(new Outcome.Done<>(Either.right("now")));
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void aDoneCommandKeepsItsWritesWithTheKeyAndIsNotRunAgain_G3(TestDatabase database) {
    JdbcStorage storage = database.newJdbcStorage();
    IdempotencyKeys keys = storage.idempotencyKeys();

    keys.once(USE, () -> {
      storage.partners().save(partner("kept"));
      return Either.right("kept");
    }, result -> "answer:" + result);

    assertThat(storage.partners().partner(new PartnerId("kept"))).isPresent();
    AtomicInteger runs = new AtomicInteger();
    assertThat(keys.once(USE, () -> {
      runs.incrementAndGet();
      return Either.right("again");
    }, result -> result)).isEqualTo(new Outcome.Replayed<>("answer:kept"));
    IdempotentRequest other = new IdempotentRequest(USE.scope(), USE.key(),
        IdempotencyKey.sha256("another request"), AT);
    assertThat(keys.once(other, () -> {
      runs.incrementAndGet();
      return Either.right("other");
    }, result -> result)).isEqualTo(new Outcome.Reused<>());
    assertThat(runs).hasValue(0);
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES"})
  void inTheApplicationsTransactionTheKeyRollsBackWithIt_G3(TestDatabase database)
      throws SQLException {
    ThreadLocalTransaction application = new ThreadLocalTransaction();
    DataSource dataSource = database.freshDataSource();
    JdbcStorage storage = database.storageOver(dataSource, application);
    IdempotencyKeys keys = storage.idempotencyKeys();

    application.begin(dataSource);
    keys.once(USE, () -> {
      storage.partners().save(partner("in-the-shops-transaction"));
      return Either.right("kept until the shop rolls back");
    }, result -> result);
    assertThat(application.joins()).isEqualTo(application.releases());
    application.rollback();

    assertThat(storage.partners().partner(new PartnerId("in-the-shops-transaction"))).isEmpty();
    assertThat(keys.once(USE, () -> Either.right("again"), result -> result))
        .isEqualTo(new Outcome.Done<>(Either.right("again")));
  }
}
