// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A digest of every table of the shop's H2 database (the library's {@code vouchers_*} tables
 * and the shop's own), one per table, to show that a refused request changed nothing (L-4).
 * Rows are hashed in a canonical order (sorted by their rendering), so the digest does not
 * depend on the order in which the database returns them. The failed code attempts per caller
 * ({@code vouchers_code_attempts}) are left out: a refused wrong code is counted there, which
 * is what G-1 asks of it, and no business state.
 */
public final class StoreDigest {
  private static final String TABLES = """
      SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
      WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'
        AND TABLE_NAME <> 'VOUCHERS_CODE_ATTEMPTS'
      ORDER BY TABLE_NAME""";

  private final DataSource dataSource;

  /**
   * The digest of a database.
   *
   * @param dataSource the shop's H2 database
   */
  public StoreDigest(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The digest of every table now.
   *
   * @return table name to the SHA-256 of its rows, by name
   */
  public Map<String, String> now() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet names = statement.executeQuery(TABLES)) {
        while (names.next()) {
          tables.add(names.getString(1));
        }
      }
      Map<String, String> digests = new TreeMap<>();
      for (String table : tables) {
        digests.put(table, digest(statement, table));
      }
      return digests;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store", e);
    }
  }

  private static String digest(Statement statement, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
      ResultSetMetaData meta = result.getMetaData();
      int columns = meta.getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          Object value = result.getObject(column);
          row.append(value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes)
              : String.valueOf(value)).append('\u001f');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String row : rows) {
      sha.update(row.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
  }
}
