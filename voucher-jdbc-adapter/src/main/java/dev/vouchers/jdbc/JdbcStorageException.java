// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

/**
 * A storage operation failed: the database refused a statement, could not be reached, or kept
 * failing transactions with serialization failures or deadlocks after every retry. The message
 * names the operation; the cause is the driver's {@link java.sql.SQLException}.
 */
public final class JdbcStorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the failed operation. */
  public JdbcStorageException(String message) {
    super(message);
  }

  /** An exception with a message naming the failed operation, and its cause. */
  public JdbcStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
