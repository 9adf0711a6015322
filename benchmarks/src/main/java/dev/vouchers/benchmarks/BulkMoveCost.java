// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Where the time of the two bulk moves of issue 12 goes on PostgreSQL: the cancellation of a
 * whole order (V-6; target ≤ 15 s for 1,000,000 vouchers) and the expiry sweep (V-4; target ≥
 * 50,000 vouchers/s). Each library call is set beside the bare SQL it cannot beat, run on the same
 * rows of the same database and rolled back: an {@code UPDATE} of the status alone (no history
 * row, no check), the same with the history rows, and the bare {@code UPDATE} once more without
 * the two listing indexes that carry the status (O-5), to show what they cost. Every bare
 * statement is run under {@code EXPLAIN (ANALYZE, BUFFERS, WAL)} and its buffers and WAL are
 * reported.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.vouchers.benchmarks.BulkMoveCost
 *   --size=1000000   vouchers of the order that is cancelled
 *   --sweep=100000   vouchers placed due for the expiry sweep
 * </pre>
 *
 * <p>PostgreSQL server settings can be added with {@code -Dbench.pg.NAME=VALUE} (e.g. {@code
 * -Dbench.pg.shared_buffers=2GB}); see {@link BenchDatabase}.
 */
public final class BulkMoveCost {
  private static final String LISTING_INDEXES =
      "vouchers_vouchers_by_partner_status, vouchers_vouchers_by_partner_product";

  private BulkMoveCost() {}

  /** One measured line of the report. */
  private record Line(String what, long rows, double seconds, String detail) {
    String render() {
      return String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %s |", what, rows, seconds,
          rows / seconds, detail);
    }
  }

  /**
   * Runs the comparison and prints a Markdown table.
   *
   * @param args {@code --size=N}, {@code --sweep=N}
   * @throws SQLException if the database fails
   */
  public static void main(String[] args) throws SQLException {
    Options options = Options.of(args);
    int size = options.intValue("--size", 1_000_000);
    int sweep = options.intValue("--sweep", 100_000);
    options.checked();
    List<Line> lines = new ArrayList<>();
    try (BenchDatabase db = BenchDatabase.start(BenchDatabase.Kind.POSTGRESQL, 2)) {
      BenchProgramme bench = new BenchProgramme(db, Scale.LIMITS);
      long start = System.nanoTime();
      OrderId order = bench.order(bench.orderCommand(BenchProgramme.PARTNER, 1, size)).order().id();
      lines.add(new Line("OrderVouchers (library, for the set-up)", size, since(start), ""));
      settle(db);
      String cancellable = in(OrderCancellation.from());
      String orderRows = " WHERE order_id = '" + order.value() + "' AND status IN " + cancellable;
      lines.add(explained(db, "bare UPDATE of the status, every index", size,
          "UPDATE vouchers_vouchers SET status = 'CANCELLED', version = version + 1" + orderRows));
      lines.add(explained(db, "bare UPDATE + history rows, every index", size,
          "WITH moved AS (UPDATE vouchers_vouchers SET status = 'CANCELLED', version = version + 1"
              + orderRows + " RETURNING id, 'VALID' AS from_status) INSERT INTO vouchers_history"
              + " (voucher_id, from_status, to_status, moved_at, by_whom, why, data) SELECT id,"
              + " from_status, 'CANCELLED', now(), 'by hand', 'bench', '' FROM moved"));
      String[] definitions = indexDefinitions(db);
      db.execute("DROP INDEX vouchers_vouchers_by_partner_status",
          "DROP INDEX vouchers_vouchers_by_partner_product");
      lines.add(explained(db, "bare UPDATE of the status, without " + LISTING_INDEXES, size,
          "UPDATE vouchers_vouchers SET status = 'CANCELLED', version = version + 1" + orderRows));
      db.execute(definitions);
      settle(db);
      lines.add(timed("CancelOrder (library)", size, () -> {
        var cancelled = bench.programme().ordering().cancelOrder().cancel(
            new CancelOrder.Command(BenchProgramme.PARTNER_USER, order, "bench"));
        return cancelled.isRight() ? (int) cancelled.get().vouchers() : 0;
      }));

      if (sweep > 0) {
        BenchProgramme past = new BenchProgramme(db, Scale.LIMITS,
            Clock.offset(Clock.systemUTC(), Duration.ofDays(-730)));
        for (int left = sweep; left > 0; left -= 100_000) {
          int quantity = Math.min(left, 100_000);
          int perLine = Math.min(quantity, 1000);
          past.order(past.orderCommand(BenchProgramme.PARTNER, quantity / perLine, perLine));
        }
        settle(db);
        Set<VoucherStatus> expiring = EnumSet.noneOf(VoucherStatus.class);
        for (VoucherStatus status : VoucherStatus.values()) {
          if (status.expires()) {
            expiring.add(status);
          }
        }
        String due = " WHERE status IN " + in(expiring) + " AND expires_at <= now()";
        lines.add(explained(db, "bare UPDATE of the due vouchers, every index", sweep,
            "UPDATE vouchers_vouchers SET status = 'EXPIRED', version = version + 1" + due));
        lines.add(timed("ExpireDueVouchers (library, limit 10,000 per call)", sweep, () -> {
          int expired = 0;
          Actor sweeper = new Actor.Service("bench-sweep");
          while (true) {
            int now = bench.programme().vouchers().expireDueVouchers()
                .expire(new ExpireDueVouchers.Command(sweeper, 10_000)).getOrElse(0);
            expired += now;
            if (now == 0) {
              return expired;
            }
          }
        }));
      }
    }
    System.out.println("| what | rows | s | rows/s | buffers, WAL |");
    System.out.println("|---|---|---|---|---|");
    lines.forEach(line -> System.out.println(line.render()));
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Vacuums (the rolled-back row versions) and checkpoints, so that each line starts alike. */
  private static void settle(BenchDatabase db) {
    db.execute("VACUUM ANALYZE vouchers_vouchers", "VACUUM ANALYZE vouchers_history",
        "CHECKPOINT");
  }

  private static String in(Set<VoucherStatus> statuses) {
    return statuses.stream().map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String[] indexDefinitions(BenchDatabase db) throws SQLException {
    List<String> definitions = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT indexdef FROM pg_indexes WHERE indexname"
            + " IN ('vouchers_vouchers_by_partner_status', 'vouchers_vouchers_by_partner_product')");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        definitions.add(rows.getString(1));
      }
    }
    return definitions.toArray(String[]::new);
  }

  private static Line timed(String what, int expected, IntSupplier call) {
    long start = System.nanoTime();
    int rows = call.getAsInt();
    double seconds = since(start);
    return new Line(what, rows, seconds, rows == expected ? "" : "expected " + expected);
  }

  /** Runs one statement under EXPLAIN ANALYZE, rolls it back and vacuums. */
  private static Line explained(BenchDatabase db, String what, int rows, String sql)
      throws SQLException {
    String buffers = "";
    String wal = "";
    long start = System.nanoTime();
    double seconds;
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, WAL) " + sql);
          ResultSet plan = s.executeQuery()) {
        while (plan.next()) {
          String line = plan.getString(1).strip();
          if (buffers.isEmpty() && line.startsWith("Buffers:")) {
            buffers = line.substring("Buffers:".length()).strip();
          } else if (wal.isEmpty() && line.startsWith("WAL:")) {
            wal = line.substring("WAL:".length()).strip();
          }
        }
      }
      seconds = since(start);
      c.rollback();
    }
    settle(db);
    return new Line(what + " (rolled back)", rows, seconds, buffers + "; WAL " + wal);
  }
}
