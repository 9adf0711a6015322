// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Simulates a lost database connection in the middle of writing an order's vouchers (O-4).
 * {@link #wrap} decorates a data source; once {@link #cutAfter armed}, the physical connection
 * that writes voucher rows is cut (PostgreSQL: {@link Connection#abort} closes the socket, as
 * when the database or the network goes away; H2, whose {@code abort} does nothing: the
 * session is closed) as soon as the given number of rows has reached the database, and the adapter runs into the dead connection with its next write.
 *
 * <p>H2 gets the vouchers through a JDBC batch ({@link OrderInsertion.BatchInsert}): counted at
 * {@code executeBatch}. PostgreSQL gets them through {@code COPY} ({@link PostgresCopy}): the
 * connection's {@code unwrap(PGConnection.class).getCopyAPI().copyIn(..)} is intercepted and
 * the rows are counted (one per line) as {@code writeToCopy} sends them.
 */
final class ConnectionCutter {
  private final AtomicInteger cutAfter = new AtomicInteger(-1);
  private final AtomicInteger rowsWritten = new AtomicInteger();
  private final AtomicBoolean cut = new AtomicBoolean();

  /** Cuts the connection of the next order once {@code rows} voucher rows are written. */
  void cutAfter(int rows) {
    rowsWritten.set(0);
    cut.set(false);
    cutAfter.set(rows);
  }

  /** Leaves connections alone again. */
  void disarm() {
    cutAfter.set(-1);
  }

  /** Whether a connection was cut since the last {@link #cutAfter}. */
  boolean hasCut() {
    return cut.get();
  }

  /** Voucher rows that reached the database before the cut. */
  int rowsWrittenBeforeCut() {
    return rowsWritten.get();
  }

  DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, (proxy, method, args) -> {
      Object result = call(method, dataSource, args);
      return method.getName().equals("getConnection") ? connection((Connection) result) : result;
    });
  }

  private Connection connection(Connection physical) {
    return proxy(Connection.class, (proxy, method, args) -> {
      if (method.getName().equals("prepareStatement") && args != null
          && OrderInsertion.BatchInsert.INSERT.equals(args[0])) {
        return batch((PreparedStatement) call(method, physical, args), physical);
      }
      if (method.getName().equals("unwrap") && args[0] == PGConnection.class) {
        PGConnection pg = physical.unwrap(PGConnection.class);
        return proxy(PGConnection.class, (p, m, a) -> m.getName().equals("getCopyAPI")
            ? copyManager(physical) : call(m, pg, a));
      }
      return call(method, physical, args);
    });
  }

  /** H2: rows reach the database at executeBatch. */
  private PreparedStatement batch(PreparedStatement statement, Connection physical) {
    return proxy(PreparedStatement.class, (proxy, method, args) -> {
      Object result = call(method, statement, args);
      if (method.getName().equals("executeBatch")) {
        rowsWritten.addAndGet(((int[]) result).length);
        cutIfDue(physical);
      }
      return result;
    });
  }

  /** PostgreSQL: rows reach the database as COPY data, one per line. */
  private CopyManager copyManager(Connection physical) throws SQLException {
    return new CopyManager(physical.unwrap(BaseConnection.class)) {
      @Override
      public CopyIn copyIn(String sql) throws SQLException {
        CopyIn copy = super.copyIn(sql);
        return proxy(CopyIn.class, (proxy, method, args) -> {
          Object result = call(method, copy, args);
          if (method.getName().equals("writeToCopy") && args.length == 3) {
            byte[] bytes = (byte[]) args[0];
            int from = (int) args[1];
            int lines = 0;
            for (int i = from; i < from + (int) args[2]; i++) {
              if (bytes[i] == '\n') {
                lines++;
              }
            }
            rowsWritten.addAndGet(lines);
            cutIfDue(physical);
          }
          return result;
        });
      }
    };
  }

  private void cutIfDue(Connection physical) throws SQLException {
    int due = cutAfter.get();
    if (due >= 0 && rowsWritten.get() >= due && cut.compareAndSet(false, true)) {
      if (physical.isWrapperFor(PGConnection.class)) {
        physical.abort(Runnable::run); // closes the socket, mid-COPY
      } else {
        physical.close(); // H2's abort does nothing; closing its session rolls it back
      }
    }
  }

  private static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(ConnectionCutter.class.getClassLoader(),
        new Class<?>[] {type}, handler));
  }
}
