// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import io.vavr.control.Either;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The shop's customers and its sign-up back-end. The library knows a customer only by its
 * {@link CustomerId}; the shop keeps who they are, here in a table of its own
 * ({@code webshop_customers}, created on start next to the library's). At sign-up a new customer
 * may choose a reseller: the sign-up links it as the shop's service ({@link Actor.Service},
 * ADR 0015), and the customer is stored only if the library accepted the link.
 */
public final class DemoCustomers {
  /** Who links customers at sign-up, as the library records it ({@code service:shop-sign-up}). */
  public static final Actor SIGN_UP = new Actor.Service("shop-sign-up");
  /** How long a customer's name may be. */
  public static final int MAX_NAME = 200;

  private static final String ALPHABET = "abcdefghjkmnpqrstvwxyz23456789";
  private static final int SLUG_LENGTH = 40;

  /**
   * A customer of the shop.
   *
   * @param id what the library knows it by
   * @param name its name
   * @param signedUpAt when it signed up
   */
  public record Customer(CustomerId id, String name, Instant signedUpAt) {
    /** Every member is required. */
    public Customer {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(signedUpAt, "signedUpAt");
    }
  }

  /**
   * A completed sign-up.
   *
   * @param customer the new customer
   * @param link its link to the reseller it chose, if it chose one
   */
  public record SignedUp(Customer customer, Optional<CustomerLink> link) {}

  private final JdbcTemplate jdbc;
  private final LinkCustomer linkCustomer;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * The customers, in the shop's database; creates the table if it is not there.
   *
   * @param jdbc the shop's database
   * @param linkCustomer R-2, for the sign-up's link
   * @param clock when customers sign up
   */
  public DemoCustomers(JdbcTemplate jdbc, LinkCustomer linkCustomer, Clock clock) {
    this.jdbc = jdbc;
    this.linkCustomer = linkCustomer;
    this.clock = clock;
    jdbc.execute("CREATE TABLE IF NOT EXISTS webshop_customers ("
        + "id VARCHAR(64) NOT NULL PRIMARY KEY, "
        + "name VARCHAR(" + MAX_NAME + ") NOT NULL, "
        + "signed_up_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    jdbc.execute("CREATE INDEX IF NOT EXISTS webshop_customers_newest "
        + "ON webshop_customers (signed_up_at DESC, id DESC)");
  }

  /**
   * Whether a name can be a customer's.
   *
   * @param name as typed
   * @return whether it has 1..200 characters after stripping
   */
  public static boolean validName(String name) {
    String stripped = name.strip();
    return !stripped.isEmpty() && stripped.length() <= MAX_NAME;
  }

  /**
   * signs a new customer up, linked to the reseller it chose (from now on).
   *
   * @param name its name; see {@link #validName(String)}
   * @param reseller the reseller it chose, if any
   * @return the customer and its link, or the library's refusal of the link (nothing stored)
   */
  public Either<Refusal, SignedUp> signUp(String name, Optional<PartnerId> reseller) {
    return signUp(newId(name), name, reseller);
  }

  /**
   * signs a customer up under a given id (the demo's seeded customers).
   *
   * @param id its id
   * @param name its name
   * @param reseller the reseller it chose, if any
   * @return the customer and its link, or the library's refusal of the link (nothing stored)
   */
  Either<Refusal, SignedUp> signUp(CustomerId id, String name, Optional<PartnerId> reseller) {
    if (!validName(name)) {
      throw new IllegalArgumentException("a customer's name has 1.." + MAX_NAME + " characters");
    }
    Optional<CustomerLink> link = Optional.empty();
    if (reseller.isPresent()) {
      Either<Refusal, CustomerLink> linked =
          linkCustomer.link(new LinkCustomer.Command(SIGN_UP, id, reseller.get()));
      if (linked.isLeft()) {
        return Either.left(linked.getLeft());
      }
      link = Optional.of(linked.get());
    }
    Customer customer = new Customer(id, name.strip(),
        clock.instant().truncatedTo(ChronoUnit.MICROS));
    jdbc.update("INSERT INTO webshop_customers (id, name, signed_up_at) VALUES (?, ?, ?)",
        customer.id().value(), customer.name(),
        customer.signedUpAt().atOffset(ZoneOffset.UTC));
    return Either.right(new SignedUp(customer, link));
  }

  /**
   * links a customer the shop has to a reseller from now on, as the principal (a reseller's
   * admin moving it into its console, or support); a customer the shop does not have is not
   * found.
   *
   * @param principal who links
   * @param customer the customer
   * @param reseller the reseller
   * @return the new link, or the refusal with every reason
   */
  public Either<Refusal, CustomerLink> link(Actor principal, CustomerId customer,
      PartnerId reseller) {
    if (byId(customer).isEmpty()) {
      return Either.left(Refusal.notFound("customer"));
    }
    return linkCustomer.link(new LinkCustomer.Command(principal, customer, reseller));
  }

  /**
   * One customer.
   *
   * @param id its id
   * @return the customer, if the shop has it
   */
  public Optional<Customer> byId(CustomerId id) {
    return jdbc.query("SELECT id, name, signed_up_at FROM webshop_customers WHERE id = ?",
        (rs, row) -> customer(rs.getString(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class)), id.value()).stream().findFirst();
  }

  /** Every customer, newest first (the demo's are few; pages use {@link #page}). */
  public List<Customer> all() {
    return jdbc.query("SELECT id, name, signed_up_at FROM webshop_customers "
            + "ORDER BY signed_up_at DESC, id DESC",
        (rs, row) -> customer(rs.getString(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class)));
  }

  /**
   * One page of the customers, newest first, read through the index on (signed_up_at, id).
   *
   * @param rows how many at most
   * @param after the id of the last customer of the previous page, or empty for the first page
   * @return the page; its last element's id is the next page's {@code after} when the page is
   *     full
   */
  public List<Customer> page(int rows, Optional<CustomerId> after) {
    String select = "SELECT id, name, signed_up_at FROM webshop_customers ";
    String order = " ORDER BY signed_up_at DESC, id DESC FETCH FIRST " + rows + " ROWS ONLY";
    RowMapper<Customer> mapper = (rs, row) -> customer(
        rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class));
    if (after.isEmpty()) {
      return jdbc.query(select + order, mapper);
    }
    return jdbc.query(select + "WHERE (signed_up_at, id) < (SELECT signed_up_at, id "
        + "FROM webshop_customers WHERE id = ?)" + order, mapper, after.get().value());
  }

  /**
   * A customer's name for display.
   *
   * @param id the customer
   * @return its name, or its id if the shop does not know it
   */
  public String nameOf(CustomerId id) {
    return byId(id).map(Customer::name).orElse(id.value());
  }

  private static Customer customer(String id, String name, OffsetDateTime signedUpAt) {
    return new Customer(CustomerId.of(id), name, signedUpAt.toInstant());
  }

  /** A readable, unguessable id: the name's slug and six random symbols. */
  private CustomerId newId(String name) {
    String slug = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > SLUG_LENGTH) {
      slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
    }
    StringBuilder id = new StringBuilder(slug.isEmpty() ? "customer" : slug).append('-');
    for (int i = 0; i < 6; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return CustomerId.of(id.toString());
  }
}
