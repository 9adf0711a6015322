// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The status lists the adapters render from the domain (V-4, I-2, U-4; ADR 0031) are the
 * predicates of the PostgreSQL partial indexes that serve the sweeps and the due rows of the
 * listings, word for word, so that the planner can match them; every other voucher status in
 * the adapter's SQL is bound from the domain's move table ({@link Transition}, V-1), never a
 * literal.
 */
class DerivedStatusListsTest {

  @Test
  void theExpiringStatusListsAreThePartialIndexPredicates_V4() throws IOException {
    String schema;
    try (InputStream in = Objects.requireNonNull(DerivedStatusListsTest.class.getClassLoader()
        .getResourceAsStream("dev/vouchers/jdbc/schema/v1/postgresql.sql"))) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ExpirySweeps.EXPIRING).isEqualTo("status IN ('VALID', 'ASSIGNED')");
    StringJoiner expiring = new StringJoiner("', '", "status IN ('", "')");
    for (VoucherStatus status : VoucherStatus.values()) {
      if (status.expires()) {
        expiring.add(status.name());
      }
    }
    assertThat(ExpirySweeps.EXPIRING).isEqualTo(expiring.toString());
    assertThat(schema).contains("vouchers_vouchers_due ON vouchers_vouchers (expires_at, id)\n"
        + "  WHERE " + ExpirySweeps.EXPIRING + ";");
    assertThat(schema).contains("vouchers_invitations_due ON vouchers_invitations"
        + " (expires_at, id)\n  WHERE " + JdbcInvitations.EXPIRING + ";");
    assertThat(schema).contains("vouchers_subscriptions_due ON vouchers_subscriptions"
        + " (term_ends_at, id)\n  WHERE " + JdbcSubscriptions.RUNNING + ";");
  }

  @Test
  void theRedemptionIsDecidedInSqlByTheDomainsRedeemMove_V1_V4_V7() throws Exception {
    Instant at = Instant.parse("2027-03-01T10:00:00Z");
    List<String> lasting = Transition.REDEEM.lastingFrom().stream().map(Enum::name).toList();
    List<String> expiring = Transition.REDEEM.expiringFrom().stream().map(Enum::name).toList();
    assertThat(lasting).containsExactly("RESERVED");
    assertThat(expiring).containsExactly("VALID", "ASSIGNED");
    assertThat(VoucherMoves.REDEEMABLE.sql("v."))
        .isEqualTo("(v.status IN (?) OR (v.status IN (?, ?) AND v.expires_at > ?))");
    assertThat(VoucherMoves.REDEEMABLE.target()).isEqualTo(Transition.REDEEM.to());
    Map<Integer, Object> bound = new LinkedHashMap<>();
    assertThat(VoucherMoves.REDEEMABLE.bind(recording(bound), 5, at)).isEqualTo(9);
    List<Object> expected = new ArrayList<>(lasting);
    expected.addAll(expiring);
    expected.add(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    assertThat(bound.keySet()).containsExactly(5, 6, 7, 8);
    assertThat(List.copyOf(bound.values())).isEqualTo(expected);
  }

  @Test
  void theCancellationIsDecidedInSqlByTheDomainsCancelMove_V1_V4_V6() throws Exception {
    Instant at = Instant.parse("2027-03-01T10:00:00Z");
    assertThat(OrderCancellations.CANCELLABLE.sql(""))
        .isEqualTo("((status IN (?, ?) AND expires_at > ?))");
    assertThat(OrderCancellations.CANCELLABLE.target()).isEqualTo(Transition.CANCEL.to());
    Map<Integer, Object> bound = new LinkedHashMap<>();
    assertThat(OrderCancellations.CANCELLABLE.bind(recording(bound), 1, at)).isEqualTo(4);
    assertThat(bound).containsExactly(Map.entry(1, "VALID"), Map.entry(2, "ASSIGNED"),
        Map.entry(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
  }

  @Test
  void noSqlConstantOfTheVoucherStoreNamesAVoucherStatus_V1_V4() throws IllegalAccessException {
    List<String> statements = new ArrayList<>();
    for (Class<?> type : List.of(JdbcVouchers.class, OrderInsertion.class,
        OrderInsertion.BatchInsert.class, VoucherMoves.class, OrderCancellations.class,
        ExpirySweeps.class, VoucherListings.class, Rows.class, Listing.class, PostgresCopy.class,
        ActivationOutboxRows.class, JdbcOutbox.class)) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          field.setAccessible(true);
          statements.add(type.getSimpleName() + "." + field.getName() + ": "
              + ((String) field.get(null)).replace(ExpirySweeps.EXPIRING, "<EXPIRING>"));
        }
      }
    }
    assertThat(statements).anyMatch(sql -> sql.startsWith("VoucherMoves.REDEEM_POSTGRESQL: "))
        .anyMatch(sql -> sql.startsWith("ExpirySweeps.EXPIRE_POSTGRESQL: ")
            && sql.contains("<EXPIRING>"));
    for (VoucherStatus status : VoucherStatus.values()) {
      assertThat(statements).as("statements naming %s", status)
          .noneMatch(sql -> sql.contains("'" + status.name() + "'"));
    }
  }

  @Test
  void noMainSourceOfTheAdapterQuotesAVoucherStatus_V1_V4() throws IOException {
    Path sources = Path.of("src/main/java/dev/vouchers/jdbc");
    assertThat(sources).isDirectory();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertThat(files).contains(sources.resolve("JdbcVouchers.java"));
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int n = 0; n < lines.size(); n++) {
        for (VoucherStatus status : VoucherStatus.values()) {
          if (lines.get(n).contains("'" + status.name() + "'")) {
            found.add(file.getFileName() + ":" + (n + 1) + ": " + lines.get(n).strip());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** A statement that records what is bound to it, by parameter index. */
  private static PreparedStatement recording(Map<Integer, Object> bound) {
    return (PreparedStatement) Proxy.newProxyInstance(
        DerivedStatusListsTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, args) -> {
          if (method.getName().startsWith("set") && args != null && args.length == 2) {
            bound.put((Integer) args[0], args[1]);
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
