// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L-3, S-2: an acknowledged write survives the process being killed right after the answer,
 * on the embedded default (an H2 file with {@code WRITE_DELAY=0}) and on PostgreSQL. Each round
 * starts an {@link AcknowledgingChild} JVM on a fresh database, reads a random number
 * (20..200) of its acknowledgements, kills it with {@link Process#destroyForcibly()} (SIGKILL:
 * no shutdown hook, no close), reopens the database and finds every acknowledged order,
 * activation link and redemption, and every acknowledged activation e-mail still in the outbox
 * (the child runs no relay). An H2 file database with H2's default write delay is refused by
 * {@link JdbcStorage}, so that the library never runs where this would fail.
 *
 * <p>The PostgreSQL server is this test's own, with the server's default durability
 * ({@code fsync} and {@code synchronous_commit} on), not the shared test server.
 */
class AcknowledgedWritesSurviveKillTest {
  private static final int ROUNDS = 3;
  private static final Random RANDOM = new Random();
  private static EmbeddedPostgres postgres;

  @TempDir
  Path files;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void everyAcknowledgedWriteIsFoundAfterTheProcessIsKilled_onAnH2File_L3() throws Exception {
    Figures figures = new Figures("H2 file (WRITE_DELAY=0)");
    for (int round = 1; round <= ROUNDS; round++) {
      String url = "jdbc:h2:file:" + files.resolve("round-" + round + "/shop").toAbsolutePath()
          + ";WRITE_DELAY=0";
      figures.add(killAndCheck(url, files.resolve("round-" + round + ".log")));
    }
    figures.print();
  }

  @Test
  void everyAcknowledgedWriteIsFoundAfterTheProcessIsKilled_onPostgresql_L3() throws Exception {
    Figures figures = new Figures("PostgreSQL (fsync, synchronous_commit on)");
    for (int round = 1; round <= ROUNDS; round++) {
      String schema = "kill_" + round;
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement statement = c.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      }
      String url = postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
      figures.add(killAndCheck(url, files.resolve("pg-round-" + round + ".log")));
    }
    figures.print();
  }

  @Test
  void anH2FileDatabaseThatDelaysItsWritesIsRefusedUnlessTheCallerAcceptsIt_L3() {
    JdbcDataSource delayed = new JdbcDataSource();
    // H2's default for a file database: commits reach the file up to 500 ms later
    delayed.setURL("jdbc:h2:file:" + files.resolve("delayed/shop").toAbsolutePath());

    assertThatThrownBy(() -> JdbcStorage.builder(delayed).build())
        .isInstanceOf(JdbcStorageException.class)
        .hasMessageContaining("WRITE_DELAY=0").hasMessageContaining("500 ms")
        .hasMessageContaining("allowWriteDelay");
    assertThat(JdbcStorage.builder(delayed).allowWriteDelay(true).build().dialect())
        .isEqualTo(Dialect.H2);

    JdbcDataSource explicit = new JdbcDataSource();
    explicit.setURL("jdbc:h2:file:" + files.resolve("explicit/shop").toAbsolutePath()
        + ";WRITE_DELAY=200");
    assertThatThrownBy(() -> JdbcStorage.builder(explicit).dialect(Dialect.H2).build())
        .isInstanceOf(JdbcStorageException.class).hasMessageContaining("200 ms");

    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL("jdbc:h2:mem:kill-test-memory");
    assertThat(JdbcStorage.builder(memory).build().dialect()).isEqualTo(Dialect.H2);
  }

  /** What one round acknowledged and found after the kill. */
  private record Round(int acknowledged, int found, int emailsAcknowledged, int emailsInOutbox) {}

  /** One database's rounds, printed for the record. */
  private static final class Figures {
    private final String database;
    private final List<Round> rounds = new ArrayList<>();

    Figures(String database) {
      this.database = database;
    }

    void add(Round round) {
      rounds.add(round);
    }

    void print() {
      int acknowledged = rounds.stream().mapToInt(Round::acknowledged).sum();
      int found = rounds.stream().mapToInt(Round::found).sum();
      int emails = rounds.stream().mapToInt(Round::emailsAcknowledged).sum();
      int inOutbox = rounds.stream().mapToInt(Round::emailsInOutbox).sum();
      System.out.printf("L-3 kill test, %s: %d rounds, %d writes acknowledged, %d found after"
          + " the kill; %d activation e-mails acknowledged, %d of them unsent in the outbox%n",
          database, rounds.size(), acknowledged, found, emails, inOutbox);
    }
  }

  private static Round killAndCheck(String url, Path log) throws Exception {
    int target = 20 + RANDOM.nextInt(181);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        AcknowledgingChild.class.getName(), url)
        .redirectError(log.toFile())
        .start();
    List<String> orders = new ArrayList<>();
    List<String> assigned = new ArrayList<>();
    List<String> redeemed = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int acknowledged = 0;
      while (acknowledged < target) {
        String line = out.readLine();
        if (line == null) {
          throw new AssertionError("the child ended before it was killed: "
              + Files.readString(log));
        }
        String[] ack = line.split(" ");
        if (ack.length != 3 || !ack[0].equals("ACK")) {
          continue;
        }
        switch (ack[1]) {
          case "ORDER" -> orders.add(ack[2]);
          case "ASSIGNED" -> assigned.add(ack[2]);
          case "REDEEMED" -> redeemed.add(ack[2]);
          default -> throw new AssertionError("unexpected line " + line);
        }
        acknowledged++;
      }
      // right after the last acknowledgement read: no shutdown hook, no close, no flush
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    JdbcStorage storage = JdbcStorage.builder(AcknowledgingChild.dataSource(url)).build();
    List<String> missing = new ArrayList<>();
    for (String order : orders) {
      if (storage.vouchers().order(OrderId.of(order)).isEmpty()) {
        missing.add("order " + order);
      }
    }
    for (String voucher : assigned) {
      if (!storage.vouchers().voucher(VoucherId.of(voucher)).map(Voucher::status)
          .equals(Optional.of(VoucherStatus.ASSIGNED))) {
        missing.add("activation link of " + voucher);
      }
    }
    for (String voucher : redeemed) {
      if (!storage.vouchers().voucher(VoucherId.of(voucher)).map(Voucher::status)
          .equals(Optional.of(VoucherStatus.REDEEMED))) {
        missing.add("redemption of " + voucher);
      }
    }
    // S-2: every acknowledged link's e-mail is still to send (nothing relayed it)
    long backlog = storage.outbox().backlog();
    Set<String> unsent = new HashSet<>();
    if (backlog > 0) {
      for (Outbox.Entry<ActivationMessage> entry : storage.outbox().claim((int) backlog,
          Clock.systemUTC().instant().plusSeconds(1), Duration.ofMinutes(1))) {
        unsent.add(entry.message().voucher().value());
      }
    }
    int emailsInOutbox = (int) assigned.stream().filter(unsent::contains).count();
    int acknowledged = orders.size() + assigned.size() + redeemed.size();
    assertThat(missing).as("acknowledged writes missing after the kill on " + url).isEmpty();
    assertThat(emailsInOutbox).as("acknowledged e-mails in the outbox").isEqualTo(assigned.size());
    return new Round(acknowledged, acknowledged - missing.size(), assigned.size(),
        emailsInOutbox);
  }
}
