// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.ordering.port.out.CodeImports.Imported;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.Voucher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * M-1 on PostgreSQL: an import's vouchers go in (or, to find its clashes, are staged) with
 * {@code COPY ... FROM STDIN} (text format), streamed in 64 KiB chunks as the source gives them, as {@link PostgresCopy} writes
 * a new order's vouchers. Only this class and that one touch pgjdbc.
 */
final class PostgresImportCopy implements JdbcCodeImports.StagingWriter {
  static final String COPY_STAGED = """
      COPY vouchers_import_rows (import_id, line, %s) FROM STDIN""".formatted(
      JdbcCodeImports.VOUCHER_COLUMNS);
  static final String COPY = """
      COPY vouchers_vouchers (%s) FROM STDIN""".formatted(JdbcCodeImports.VOUCHER_COLUMNS);
  private static final int CHUNK = 64 * 1024;

  @Override
  public void write(Connection connection, JdbcCodeImports.Target target, String importId,
      Consumer<Consumer<Imported>> source) throws SQLException {
    boolean staged = target == JdbcCodeImports.Target.STAGING;
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
        .copyIn(staged ? COPY_STAGED : COPY);
    try {
      StringBuilder rows = new StringBuilder(CHUNK + 2048);
      SQLException[] failed = {null};
      source.accept(imported -> {
        if (failed[0] != null) {
          return;
        }
        row(rows, staged, importId, imported);
        if (rows.length() >= CHUNK) {
          try {
            send(copy, rows);
          } catch (SQLException e) {
            failed[0] = e;
          }
        }
      });
      if (failed[0] != null) {
        throw failed[0];
      }
      send(copy, rows);
      copy.endCopy();
    } catch (SQLException | RuntimeException e) {
      try {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      } catch (SQLException cancel) {
        e.addSuppressed(cancel);
      }
      throw e;
    }
  }

  private static void row(StringBuilder rows, boolean staged, String importId,
      Imported imported) {
    Voucher v = imported.voucher();
    if (staged) {
      PostgresCopy.text(rows, importId).append('\t').append(imported.line()).append('\t');
    }
    PostgresCopy.text(rows, v.id().value()).append('\t');
    PostgresCopy.text(rows, v.order().value()).append('\t');
    PostgresCopy.text(rows, v.partner().value()).append('\t');
    PostgresCopy.text(rows, v.configuration().product().value()).append('\t');
    rows.append(v.configuration().validityYears()).append('\t')
        .append(v.configuration().fqdns()).append('\t')
        .append(v.configuration().wildcards()).append('\t');
    PostgresCopy.bytea(rows, v.code().digest().bytes()).append('\t');
    PostgresCopy.text(rows, v.code().lastFour()).append('\t');
    Optional<byte[]> sealed = v.code().sealed();
    if (sealed.isPresent()) {
      PostgresCopy.bytea(rows, sealed.get());
    } else {
      rows.append("\\N");
    }
    rows.append('\t').append(v.status().name()).append('\t');
    PostgresCopy.timestamp(rows, v.issuedAt()).append('\t');
    PostgresCopy.timestamp(rows, v.expiresAt()).append('\t');
    Optional<Assignment> assignment = v.assignment();
    nullable(rows, assignment.map(a -> a.recipient().value())).append('\t');
    nullable(rows, assignment.map(Assignment::message)).append('\t');
    if (assignment.isPresent()) {
      PostgresCopy.timestamp(rows, assignment.get().sentAt());
    } else {
      rows.append("\\N");
    }
    rows.append('\t').append(v.everRedeemed() ? 't' : 'f').append('\t');
    nullable(rows, v.comment()).append('\t');
    PostgresCopy.text(rows, v.code().keyId()).append('\n'); // G-4
  }

  private static StringBuilder nullable(StringBuilder rows, Optional<String> value) {
    return value.isPresent() ? PostgresCopy.text(rows, value.get()) : rows.append("\\N");
  }

  private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
    if (rows.length() > 0) {
      byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      rows.setLength(0);
    }
  }
}
