// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A data source that records the queries the library prepares and runs, with the calls that
 * bound their parameters and the {@code SET LOCAL} settings the library sent before them in the
 * same transaction, so that a benchmark can show the plan of exactly the statement a use case
 * sent ({@link #explain}). Everything else passes through to the wrapped data source.
 */
final class RecordingDataSource {
  /**
   * One prepared query as run: its SQL, its {@code set...} calls in order, and the
   * {@code SET LOCAL} statements sent before it in its transaction (ADR 0058: the count of an
   * order search runs without parallel workers).
   */
  record Recorded(String sql, List<Binding> bindings, List<String> settings) {}

  /** One {@code set...} call on a prepared statement. */
  record Binding(Method method, @Nullable Object[] arguments) {}

  private final DataSource target;
  private final List<Recorded> recorded = new ArrayList<>();

  RecordingDataSource(DataSource target) {
    this.target = target;
  }

  /** The recording data source. */
  DataSource dataSource() {
    return proxy(DataSource.class, target, (method, args) -> {
      Object result = call(method, target, args);
      return result instanceof Connection c ? connection(c) : result;
    });
  }

  /** The queries run since the last call, and forgets them. */
  synchronized List<Recorded> drain() {
    List<Recorded> out = List.copyOf(recorded);
    recorded.clear();
    return out;
  }

  /**
   * {@code EXPLAIN (ANALYZE, BUFFERS)} of a recorded query on a connection of {@code database},
   * its parameters bound as the library bound them.
   */
  static String explain(DataSource database, Recorded query) throws SQLException {
    try (Connection c = database.getConnection()) {
      boolean inTransaction = !query.settings().isEmpty();
      if (inTransaction) {
        c.setAutoCommit(false);
        for (String setting : query.settings()) {
          try (PreparedStatement s = c.prepareStatement(setting)) {
            s.executeUpdate();
          }
        }
      }
      StringBuilder plan = new StringBuilder();
      for (String setting : query.settings()) {
        plan.append("(in the transaction, before: ").append(setting).append(")\n");
      }
      try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query.sql())) {
        for (Binding binding : query.bindings()) {
          call(binding.method(), s, binding.arguments());
        }
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
      } finally {
        if (inTransaction) {
          c.rollback();
          c.setAutoCommit(true);
        }
      }
      return plan.toString();
    }
  }

  private Connection connection(Connection connection) {
    // the SET LOCAL statements of the connection's current transaction
    List<String> settings = new ArrayList<>();
    return proxy(Connection.class, connection, (method, args) -> {
      Object result = call(method, connection, args);
      String name = method.getName();
      if (name.equals("commit") || name.equals("rollback") || name.equals("setAutoCommit")
          || name.equals("close")) {
        settings.clear();
      }
      if (name.equals("prepareStatement") && args != null
          && args[0] instanceof String sql && result instanceof PreparedStatement s) {
        return statement(sql, s, settings);
      }
      return result;
    });
  }

  private PreparedStatement statement(String sql, PreparedStatement statement,
      List<String> settings) {
    List<Binding> bindings = new ArrayList<>();
    return proxy(PreparedStatement.class, statement, (method, args) -> {
      String name = method.getName();
      if (name.startsWith("set") && args != null && args.length >= 2
          && args[0] instanceof Integer) {
        bindings.add(new Binding(method, args.clone()));
      } else if (name.equals("clearParameters")) {
        bindings.clear();
      } else if (name.equals("executeQuery") && (args == null || args.length == 0)) {
        synchronized (this) {
          recorded.add(new Recorded(sql, List.copyOf(bindings), List.copyOf(settings)));
        }
      } else if ((name.equals("executeUpdate") || name.equals("execute"))
          && (args == null || args.length == 0) && sql.startsWith("SET LOCAL ")) {
        settings.add(sql);
      }
      return call(method, statement, args);
    });
  }

  /** What a proxy does with a call. */
  @FunctionalInterface
  private interface Handler {
    @Nullable Object handle(Method method, @Nullable Object @Nullable [] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    InvocationHandler invocation = (proxy, method, args) -> {
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return call(method, target, args);
      }
      return handler.handle(method, args);
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        invocation));
  }

  private static @Nullable Object call(Method method, Object target,
      @Nullable Object @Nullable [] args) throws SQLException {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
