// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import static dev.vouchers.benchmarks.SearchScale.CROCKFORD;
import static dev.vouchers.benchmarks.SearchScale.MIN_SAMPLES;
import static dev.vouchers.benchmarks.SearchScale.SUPPORT;
import static dev.vouchers.benchmarks.SearchScale.WARMUPS;
import static dev.vouchers.benchmarks.SearchScale.require;

import dev.vouchers.benchmarks.SearchScale.Form;
import dev.vouchers.benchmarks.SearchScale.Kind;
import dev.vouchers.benchmarks.SearchScale.Settings;
import dev.vouchers.benchmarks.SearchScale.Term;
import dev.vouchers.benchmarks.SearchScale.Timings;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.port.in.SearchVouchers.By;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.jdbc.Dialect;
import dev.vouchers.jdbc.Isolation;
import dev.vouchers.jdbc.JdbcStorage;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The timing of {@link SearchScale}: terms drawn from a sample of the stored vouchers and
 * orders, every form timed through the library's {@code SearchVouchers} (client) and, when the
 * server has {@code pg_stat_statements}, by the execution time the server spent on the
 * statements of each call (server); and the plans of one call of each form. It runs in a JVM
 * of its own per size ({@link SearchTimerJvm}), connected to the parent's database, so that no
 * size is timed in a JVM that has just filled millions of rows.
 */
final class SearchTimer {
  private final BenchDatabase db;
  private final Settings settings;
  private final VoucherProgramme search;
  private final RecordingDataSource recording;
  private final VoucherProgramme recorded;
  private final SplittableRandom random = new SplittableRandom(16);
  private final boolean serverTimes;

  SearchTimer(BenchDatabase db, Settings settings) {
    this.db = db;
    this.settings = settings;
    this.search = SearchScale.programme(db.storage());
    this.recording = new RecordingDataSource(db.dataSource());
    this.recorded = SearchScale.programme(JdbcStorage.builder(recording.dataSource())
        .isolation(Isolation.DATABASE_DEFAULT).dialect(Dialect.POSTGRESQL).build());
    this.serverTimes = serverTimesAvailable(db);
  }

  private PageRequest first() {
    return PageRequest.first(settings.pageSize());
  }

  /** Terms drawn from a random sample of the stored vouchers and orders, per field. */
  private Map<By, List<Term>> hits(long vouchers, long orders) throws SQLException {
    int wanted = settings.samples() * 20;
    Map<By, List<Term>> terms = new LinkedHashMap<>();
    for (By by : By.values()) {
      terms.put(by, new ArrayList<>());
    }
    sample("SELECT partner_id, recipient, code_last_four FROM vouchers_vouchers"
        + " TABLESAMPLE BERNOULLI(CAST(? AS real))", percent(wanted, vouchers), row -> {
          PartnerId partner = new PartnerId(row.getString(1));
          if (row.getString(2) != null) {
            terms.get(By.EMAIL).add(new Term(partner, row.getString(2)));
          }
          terms.get(By.LAST_FOUR).add(new Term(partner, row.getString(3)));
        });
    sample("SELECT partner_id, customer_name, notes, order_number FROM vouchers_orders"
        + " TABLESAMPLE BERNOULLI(CAST(? AS real))", percent(wanted, orders), row -> {
          PartnerId partner = new PartnerId(row.getString(1));
          if (row.getString(2) != null) {
            terms.get(By.CUSTOMER_NAME).add(new Term(partner, row.getString(2)));
          }
          if (row.getString(3) != null) {
            terms.get(By.NOTES).add(new Term(partner, row.getString(3)));
          }
          terms.get(By.ORDER_NUMBER).add(new Term(partner, Long.toString(row.getLong(4))));
        });
    for (List<Term> list : terms.values()) {
      shuffle(list);
    }
    return terms;
  }

  private static double percent(int wanted, long rows) {
    return Math.min(100, 100.0 * wanted / Math.max(1, rows));
  }

  /** One row of a sample. */
  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  private void sample(String sql, double percent, RowHandler handler) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setDouble(1, percent);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          handler.accept(rows);
        }
      }
    }
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }

  /** A random term of the field that matches nothing (of the partner of a drawn term). */
  private Term miss(By by, List<Term> drawn) {
    PartnerId partner = drawn.isEmpty() ? BenchProgramme.PARTNER
        : drawn.get(random.nextInt(drawn.size())).partner();
    long n = random.nextLong(1_000_000_000L);
    String text = switch (by) {
      case EMAIL -> "niemand." + n + "@nirgends.example";
      case LAST_FOUR -> {
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < 4; i++) {
          symbols.append(CROCKFORD.charAt(random.nextInt(CROCKFORD.length())));
        }
        yield symbols.toString();
      }
      case CUSTOMER_NAME -> "Niemand " + n;
      case NOTES -> "Keine Rechnung " + n;
      case ORDER_NUMBER -> Long.toString(100_000_000L + random.nextLong(900_000_000L));
    };
    return new Term(partner, text);
  }

  // ------------------------------------------------------------------ timing

  private SearchVouchers.Command command(Form form, Term term, PageRequest page) {
    Actor principal = form.support() ? SUPPORT
        : new Actor.PartnerUser(new UserId("support-agent"), term.partner(),
            PartnerRole.ADMIN_AGENT);
    return new SearchVouchers.Command(principal, Optional.empty(), form.by(), term.text(),
        page);
  }

  /** A call ready to be timed, and how many rows it must answer at least. */
  private record Prepared(SearchVouchers.Command command, int atLeast) {}

  /** The next call of the form with the terms from {@code next}, if any term is left. */
  private Optional<Prepared> prepare(Form form, List<Term> terms, int[] next) {
    // a page-2 form tries at most this many terms for one with a second page
    int tries = form.kind() == Kind.NEXT
        ? Math.min(terms.size(), settings.samples() * 8) : terms.size();
    while (next[0] < tries || form.kind() == Kind.MISS) {
      if (form.kind() == Kind.MISS) {
        next[0]++;
        return Optional.of(new Prepared(command(form, miss(form.by(), terms), first()), 0));
      }
      Term term = terms.get(next[0]++);
      if (form.kind() == Kind.HIT) {
        return Optional.of(new Prepared(command(form, term, first()), 1));
      }
      Page<VoucherView> first = require(search.ordering().searchVouchers()
          .search(command(form, term, first())));
      if (first.next().isPresent()) {
        return Optional.of(new Prepared(command(form, term,
            PageRequest.after(settings.pageSize(), first.next().get())), 1));
      }
    }
    return Optional.empty();
  }

  private Timings measure(Form form, List<Term> terms) {
    int[] next = {0};
    long warmUntil = System.nanoTime() + settings.seconds() * 200_000_000L;
    for (int i = 0; i < WARMUPS && System.nanoTime() < warmUntil; i++) {
      Optional<Prepared> call = prepare(form, terms, next);
      if (call.isEmpty()) {
        break;
      }
      require(search.ordering().searchVouchers().search(call.get().command()));
    }
    long deadline = System.nanoTime() + settings.seconds() * 1_000_000_000L;
    long[] nanos = new long[settings.samples()];
    long[] server = new long[serverTimes ? settings.samples() : 0];
    long[] blocks = new long[server.length];
    int n = 0;
    long hits = 0;
    while (n < nanos.length && (n < MIN_SAMPLES || System.nanoTime() < deadline)) {
      Optional<Prepared> call = prepare(form, terms, next);
      if (call.isEmpty()) {
        break;
      }
      double[] serverBefore = serverTimes ? serverTotals() : new double[2];
      long started = System.nanoTime();
      Either<Refusal, Page<VoucherView>> page =
          search.ordering().searchVouchers().search(call.get().command());
      nanos[n] = System.nanoTime() - started;
      if (serverTimes) {
        double[] serverAfter = serverTotals();
        server[n] = Math.round((serverAfter[0] - serverBefore[0]) * 1e6);
        blocks[n] = Math.round(serverAfter[1] - serverBefore[1]);
      }
      n++;
      int rows = require(page).items().size();
      if (rows < call.get().atLeast()) {
        throw new IllegalStateException("a term drawn from the data found nothing: "
            + form.label());
      }
      hits += rows;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    long[] sortedServer = Arrays.copyOf(server, Math.min(n, server.length));
    Arrays.sort(sortedServer);
    long[] sortedBlocks = Arrays.copyOf(blocks, Math.min(n, blocks.length));
    Arrays.sort(sortedBlocks);
    return new Timings(sorted, sortedServer, sortedBlocks, hits,
        n == 0 ? "no term with more than a page of hits" : "");
  }

  // ------------------------------------------------------------------ plans

  /** EXPLAIN (ANALYZE, BUFFERS) of each form's statements, one call each, as Markdown. */
  String plans(long vouchers) throws SQLException {
    Map<By, List<Term>> terms = hits(vouchers, db.count("SELECT COUNT(*) FROM vouchers_orders"));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "## Plans at %,d vouchers%n%nEvery query one call of each form sent, as"
            + " `EXPLAIN (ANALYZE, BUFFERS)` with the parameters the library bound.%n",
        vouchers));
    for (Form form : Form.all()) {
      Optional<Prepared> call = prepare(form, terms.get(form.by()), new int[] {0});
      out.append("\n### ").append(form.label()).append("\n\n");
      if (call.isEmpty()) {
        out.append("No term with more than a page of hits.\n");
        continue;
      }
      recording.drain();
      require(recorded.ordering().searchVouchers().search(call.get().command()));
      out.append("```text\n");
      for (RecordingDataSource.Recorded query : recording.drain()) {
        if (query.sql().startsWith("SELECT") && query.sql().contains("vouchers_")
            && !query.sql().contains("vouchers_products")
            && !query.sql().contains("vouchers_partners")) {
          out.append(query.sql()).append('\n')
              .append(RecordingDataSource.explain(db.dataSource(), query)).append('\n');
        }
      }
      out.append("```\n");
    }
    System.out.print(out);
    return out.toString();
  }
  // ------------------------------------------------------------------ server time

  /**
   * The statements' total execution time and shared buffers (hit or read) so far, of every
   * statement but these reads.
   */
  private static final String SERVER_TOTAL = "SELECT COALESCE(SUM(total_exec_time), 0),"
      + " COALESCE(SUM(shared_blks_hit + shared_blks_read), 0)"
      + " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database"
      + " WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'";

  /** Whether the server keeps {@code pg_stat_statements} (loaded at its start). */
  private static boolean serverTimesAvailable(BenchDatabase db) {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      s.executeQuery(SERVER_TOTAL).close();
      return true;
    } catch (SQLException e) {
      System.out.println("  no server times: " + e.getMessage());
      return false;
    }
  }

  /**
   * The execution time (milliseconds) and the shared buffers the server has spent on this
   * database's statements so far (read before and after a timed call: the difference is the
   * call's).
   */
  private double[] serverTotals() {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery(SERVER_TOTAL)) {
      row.next();
      return new double[] {row.getDouble(1), row.getDouble(2)};
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }


  // ------------------------------------------------------------------ a JVM per size

  /** Times every form at this size, printing each form's figures. */
  Map<Form, Timings> timeAll(long vouchers, long orders) throws SQLException {
    Map<By, List<Term>> hits = hits(vouchers, orders);
    Map<Form, Timings> timings = new LinkedHashMap<>();
    for (Form form : Form.all()) {
      // each form its own order of the terms: no form runs on pages an earlier one warmed
      List<Term> terms = new ArrayList<>(hits.get(form.by()));
      shuffle(terms);
      Timings t = measure(form, terms);
      timings.put(form, t);
      System.out.printf(Locale.ROOT, "  %-62s %s%n", form.label(), t.describe());
    }
    return timings;
  }
}
