// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.messaging.port.out.EventOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The JDBC storage adapters over one {@link DataSource}, for H2 and PostgreSQL:
 *
 * <pre>{@code
 * JdbcSchema.initialize(dataSource);                  // or Flyway: JdbcSchema.flywayLocation
 * JdbcStorage storage = JdbcStorage.builder(dataSource).build();
 * Partners partners = storage.partners();
 * }</pre>
 *
 * <p><b>What "committed" means (L-3).</b> A port call returns only after its transaction
 * committed. On PostgreSQL the commit is durable as the server is configured: with its defaults
 * ({@code fsync=on}, {@code synchronous_commit=on}) the commit's WAL record is flushed to disk
 * before the commit returns, so it survives the application being killed and the server or
 * machine crashing; the adapter does not check these settings. An embedded H2 file database
 * lives in the application's process: by default H2 writes committed transactions to its file
 * up to 500 ms later ({@code WRITE_DELAY}), and a process killed in that time loses them. With
 * {@code ;WRITE_DELAY=0} in the URL every commit is written to the file before it returns (H2
 * does not force it to the disk: it survives the process being killed, not a crash of the
 * operating system or the machine). {@link Builder#build()} therefore refuses an H2 database
 * with a write delay unless the caller accepts the risk with
 * {@link Builder#allowWriteDelay(boolean)}. An in-memory H2 database ({@code jdbc:h2:mem:})
 * has no write delay and keeps nothing past the process anyway.
 *
 * <p>Every port call runs in its own transaction, retried on serialization failures and
 * deadlocks. The data source should pool connections (e.g. HikariCP); the adapter takes one
 * per call and closes it. With an {@link Builder#outerTransaction OuterTransaction}, a port
 * call made while the application has a transaction open joins it instead, and commits or
 * rolls back with it.
 */
public final class JdbcStorage {
  private final Dialect dialect;
  private final Partners partners;
  private final Catalog catalog;
  private final Mandates mandates;
  private final Vouchers vouchers;
  private final Outbox<ActivationMessage> outbox;
  private final EventOutbox eventOutbox;
  // I-1..I-3: sub-account invitations
  private final Invitations invitations;
  private final SubAccounts subAccounts;
  private final Outbox<InvitationMessage> invitationOutbox;
  // reseller programme
  private final ResellerApplications resellerApplications;
  private final CustomerLinks customerLinks;
  // U-1..U-5: subscriptions
  private final Subscriptions subscriptions;
  private final Offers offers;
  // G-1: code attempts, in transactions of their own (never the application's)
  private final CodeAttempts codeAttempts;
  // G-3: idempotency keys, stored in the transaction of the command's writes
  private final IdempotencyKeys idempotencyKeys;
  // G-4: re-keying stored codes, in transactions of its own (a job, never a request's)
  private final CodeRekeying codeRekeying;

  private JdbcStorage(Builder builder) {
    this.dialect = builder.dialect.orElseGet(() -> Dialect.detect(builder.dataSource));
    if (dialect == Dialect.H2 && !builder.allowWriteDelay) {
      refuseWriteDelay(builder.dataSource);
    }
    // G-3: a command under an idempotency key runs its port calls in the key's transaction
    KeyedTransaction keyed = new KeyedTransaction(builder.outerTransaction);
    Transactions transactions =
        new Transactions(builder.dataSource, keyed, builder.isolation, builder.maxAttempts);
    this.partners = new JdbcPartners(transactions, dialect);
    this.catalog = new JdbcCatalog(transactions, dialect);
    this.mandates = new JdbcMandates(transactions);
    this.vouchers = new JdbcVouchers(transactions, dialect);
    this.outbox = ActivationOutboxRows.outbox(transactions, dialect);
    this.eventOutbox = new JdbcEventOutbox(transactions, dialect);
    this.invitations = new JdbcInvitations(transactions, dialect);
    this.subAccounts = new JdbcSubAccounts(transactions);
    this.invitationOutbox = InvitationOutboxRows.outbox(transactions, dialect);
    this.resellerApplications = new JdbcResellerApplications(transactions);
    this.customerLinks = new JdbcCustomerLinks(transactions);
    // U-1..U-5: subscriptions
    this.subscriptions = new JdbcSubscriptions(transactions, dialect);
    this.offers = new JdbcOffers(transactions, dialect);
    this.idempotencyKeys = new JdbcIdempotencyKeys(transactions, keyed, dialect);
    this.codeAttempts = new JdbcCodeAttempts(new Transactions(builder.dataSource,
        OuterTransaction.none(), builder.isolation, builder.maxAttempts), dialect);
    this.codeRekeying = new JdbcCodeRekeying(new Transactions(builder.dataSource,
        OuterTransaction.none(), builder.isolation, builder.maxAttempts));
  }

  /** H2's setting of how long committed transactions may wait before they are written. */
  private static final String WRITE_DELAY = """
      SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS
      WHERE SETTING_NAME = 'WRITE_DELAY'""";

  /** L-3: refuses an H2 database that would acknowledge commits it has not written yet. */
  private static void refuseWriteDelay(DataSource dataSource) {
    long delay = 0;
    String url;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(WRITE_DELAY)) {
      url = connection.getMetaData().getURL();
      while (rows.next()) {
        delay = Math.max(delay, Long.parseLong(rows.getString(1).strip()));
      }
    } catch (SQLException | NumberFormatException e) {
      throw new JdbcStorageException("could not read the H2 setting WRITE_DELAY: "
          + e.getMessage(), e);
    }
    if (delay > 0) {
      throw new JdbcStorageException("the H2 database " + url + " writes committed"
          + " transactions up to " + delay + " ms after they are acknowledged (WRITE_DELAY):"
          + " a process killed in that time loses them (L-3). Add ;WRITE_DELAY=0 to the URL"
          + " (e.g. jdbc:h2:file:./data/shop;WRITE_DELAY=0), or accept the loss explicitly with"
          + " JdbcStorage.builder(dataSource).allowWriteDelay(true)"
          + " (Spring: vouchers.jdbc.allow-write-delay=true)");
    }
  }

  /**
   * G-3: the idempotency keys of creating and sending commands (ADR 0047), table
   * {@code vouchers_idempotency_keys}. A command under a key runs every port call of this
   * storage in the transaction that stores the key (or in the application's, when an
   * {@link OuterTransaction} gives one), so the key and the command's writes commit together.
   * Give it to the programme built over this storage's other ports
   * ({@code ProgrammeBuilder.idempotencyKeys}). A keyed command holds one connection
   * while it runs; the code attempt store, if used, takes a second one.
   */
  public IdempotencyKeys idempotencyKeys() {
    return idempotencyKeys;
  }

  /**
   * G-4: the stored codes' key ids and the re-keying job's batches (ADR 0051), in transactions
   * of their own. Give it to the programme built over this storage's other ports
   * ({@code ProgrammeBuilder.codeRekeying}).
   */
  public CodeRekeying codeRekeying() {
    return codeRekeying;
  }

  /** Starts the configuration of the adapters over a data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * G-1: failed code attempts per caller key, shared by every instance over this database.
   * Runs in transactions of its own even when an {@link OuterTransaction} is configured.
   */
  public CodeAttempts codeAttempts() {
    return codeAttempts;
  }

  /** The dialect in use (detected unless configured). */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * E-1: erasure of personal data (ADR 0052): the vouchers storage, which implements it (the
   * programme finds it there by default).
   */
  public PersonalData personalData() {
    return (PersonalData) vouchers;
  }

  /** Partners and their tier history (T-5). */
  public Partners partners() {
    return partners;
  }

  /** Products and the current price book (P-1, T-2). */
  public Catalog catalog() {
    return catalog;
  }

  /** Mandates per organisation (D-2). */
  public Mandates mandates() {
    return mandates;
  }

  /** Orders, vouchers and their history (O-, V-); writes the outbox rows of moves (S-2). */
  public Vouchers vouchers() {
    return vouchers;
  }

  /** The delivery side of the outbox (S-2). */
  public Outbox<ActivationMessage> outbox() {
    return outbox;
  }

  /**
   * M-5: the delivery side of the event outbox, written by the stores in the transaction of
   * each change (orders placed and cancelled, voucher moves).
   */
  public EventOutbox eventOutbox() {
    return eventOutbox;
  }

  /**
   * Sub-account invitations and their history (I-1, I-2); writes the invitation e-mails to
   * the invitation outbox, and an acceptance's sub-account (I-3), in the same transactions.
   */
  public Invitations invitations() {
    return invitations;
  }

  /** Sub-accounts and their history (I-3). */
  public SubAccounts subAccounts() {
    return subAccounts;
  }

  /**
   * The delivery side of the invitation outbox (I-1), for a {@code
   * MessageRelay<InvitationMessage>}.
   */
  public Outbox<InvitationMessage> invitationOutbox() {
    return invitationOutbox;
  }

  /** Reseller applications, their history and the reseller discounts. */
  public ResellerApplications resellerApplications() {
    return resellerApplications;
  }

  /** Links between customers and resellers, ended ones included. */
  public CustomerLinks customerLinks() {
    return customerLinks;
  }

  /** Subscriptions bought for customers and their history (U-1..U-4). */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** The publishers' offers (U-1, U-3). */
  public Offers offers() {
    return offers;
  }

  /** Configures a {@link JdbcStorage}. */
  public static final class Builder {
    private final DataSource dataSource;
    private Isolation isolation = Isolation.DATABASE_DEFAULT;
    private int maxAttempts = Transactions.DEFAULT_MAX_ATTEMPTS;
    private Optional<Dialect> dialect = Optional.empty();
    private OuterTransaction outerTransaction = OuterTransaction.none();
    private boolean allowWriteDelay;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The isolation level of every transaction (default: the connection's own). */
    public Builder isolation(Isolation isolation) {
      this.isolation = Objects.requireNonNull(isolation, "isolation");
      return this;
    }

    /**
     * How often a transaction is attempted before a serialization failure or deadlock is
     * reported as a {@link JdbcStorageException} (default 10).
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The application's transactions that port calls join when one is open on the calling
     * thread (default {@link OuterTransaction#none()}: every call in a transaction of its own).
     * A joined call runs once, on the application's connection, and is neither committed nor
     * retried; see {@link OuterTransaction}.
     */
    public Builder outerTransaction(OuterTransaction outerTransaction) {
      this.outerTransaction = Objects.requireNonNull(outerTransaction, "outerTransaction");
      return this;
    }

    /** The dialect, instead of detecting it from the database at {@link #build()}. */
    public Builder dialect(Dialect dialect) {
      this.dialect = Optional.of(dialect);
      return this;
    }

    /**
     * L-3: whether an H2 database that writes commits after acknowledging them
     * ({@code WRITE_DELAY} above 0, H2's default for file databases) is accepted (default
     * false: {@link #build()} refuses it). Only for data you can afford to lose, e.g. a demo
     * whose process is never killed; the fix is {@code ;WRITE_DELAY=0} in the URL.
     */
    public Builder allowWriteDelay(boolean allowWriteDelay) {
      this.allowWriteDelay = allowWriteDelay;
      return this;
    }

    /**
     * The adapters.
     *
     * @throws JdbcStorageException if the dialect is detected and the database cannot be
     *     reached or is not supported, or if it is an H2 database with a write delay and
     *     {@link #allowWriteDelay(boolean)} was not set (L-3)
     */
    public JdbcStorage build() {
      return new JdbcStorage(this);
    }
  }
}
