// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * G-4 (ADR 0051): the stored codes' key ids, and re-keying in batches. Codes are kept in two
 * tables, each with a {@code code_key} column: the vouchers ({@code vouchers_vouchers}) and the
 * activation e-mails ({@code vouchers_outbox}, which carry the voucher's code). A batch claims
 * rows under the older keys with {@code FOR UPDATE SKIP LOCKED} in one transaction (instances
 * running the job at once take different rows; on PostgreSQL and H2), at most {@code limit} of
 * them in id order (bounded memory; no offset: moved rows leave the claim's range), and writes
 * each back fenced by the key it was read under. Only the code columns change: a voucher's
 * status and version are not touched, so concurrent moves neither conflict with nor undo it.
 */
final class JdbcCodeRekeying implements CodeRekeying {

  private static final List<String> TABLES = List.of("vouchers_vouchers", "vouchers_outbox");

  private final Transactions transactions;

  JdbcCodeRekeying(Transactions transactions) {
    this.transactions = transactions;
  }

  /** One claimed row: its id and code as stored. */
  private record Claimed(String id, StoredCode code) {}

  @Override
  public int rekey(Set<String> from, int limit, Function<StoredCode, Optional<StoredCode>> rekey) {
    if (from.isEmpty()) {
      return 0;
    }
    List<String> keys = List.copyOf(from);
    return transactions.inTransaction("re-key stored codes", connection -> {
      int moved = 0;
      for (String table : TABLES) {
        if (moved >= limit) {
          break;
        }
        moved += rekey(connection, table, keys, limit - moved, rekey);
      }
      return moved;
    });
  }

  private static int rekey(Connection connection, String table, List<String> keys, int limit,
      Function<StoredCode, Optional<StoredCode>> rekey) throws SQLException {
    String claim = """
        SELECT id, code_digest, code_last_four, code_sealed, code_key FROM %s
        WHERE code_key IN (%s) AND code_sealed IS NOT NULL
        ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(table, Sql.marks(keys.size()));
    List<Claimed> claimed = Sql.list(connection, claim, s -> {
      int i = 1;
      for (String key : keys) {
        s.setString(i++, key);
      }
      s.setInt(i, limit);
    }, row -> new Claimed(row.getString("id"), StoredCode.of(
        CodeDigest.of(row.getBytes("code_digest")), Sql.string(row, "code_last_four"),
        Optional.ofNullable(row.getBytes("code_sealed")), Sql.string(row, "code_key"))));
    List<Claimed> next = new ArrayList<>(claimed.size());
    List<String> before = new ArrayList<>(claimed.size());
    for (Claimed row : claimed) {
      Optional<StoredCode> moved = rekey.apply(row.code());
      if (moved.isPresent()) {
        next.add(new Claimed(row.id(), moved.get()));
        before.add(row.code().keyId());
      }
    }
    if (next.isEmpty()) {
      return 0;
    }
    int moved = 0;
    try (PreparedStatement s = connection.prepareStatement("""
        UPDATE %s SET code_digest = ?, code_sealed = ?, code_key = ?
        WHERE id = ? AND code_key = ?""".formatted(table))) {
      for (int i = 0; i < next.size(); i++) {
        StoredCode code = next.get(i).code();
        s.setBytes(1, code.digest().bytes());
        s.setBytes(2, code.sealed().orElse(null));
        s.setString(3, code.keyId());
        s.setString(4, next.get(i).id());
        s.setString(5, before.get(i));
        s.addBatch();
      }
      for (int changed : s.executeBatch()) {
        moved += changed == PreparedStatement.SUCCESS_NO_INFO ? 1 : changed;
      }
    }
    return moved;
  }

  @Override
  public Map<String, Long> codesUnder(Set<String> keys) {
    Map<String, Long> counts = new TreeMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    if (keys.isEmpty()) {
      return counts;
    }
    List<String> ids = List.copyOf(keys);
    return transactions.inAutoCommit("count stored codes by key", connection -> {
      for (String table : TABLES) {
        // the re-keying job's progress, not a request path: one index range per older key
        String sql = """
            SELECT code_key, COUNT(*) AS codes FROM %s
            WHERE code_key IN (%s) GROUP BY code_key""".formatted(table, Sql.marks(ids.size()));
        try (PreparedStatement s = connection.prepareStatement(sql)) {
          for (int i = 0; i < ids.size(); i++) {
            s.setString(i + 1, ids.get(i));
          }
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              counts.merge(rows.getString("code_key"), rows.getLong("codes"), Long::sum);
            }
          }
        }
      }
      return counts;
    });
  }
}
