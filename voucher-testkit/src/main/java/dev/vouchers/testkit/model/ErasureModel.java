// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The reference model of erasure (E-1), on request and after retention, written from the rule:
 * activation links with personal messages are sent to {@link #PEOPLE} for the {@link #VOUCHERS}
 * vouchers of one order, vouchers are redeemed (closed), people are erased by address, and the
 * automatic erasure sweeps the vouchers closed at least {@link #RETENTION_SECONDS} ago. After an
 * erasure nothing it erased can be read anywhere in the store (vouchers, histories, outbox): a
 * voucher whose link went to an erased person, or a swept voucher, reads as erased, the
 * messages are gone, the undelivered e-mails end as dropped; the history keeps every move; an
 * erasure is recorded, without the data (by address always, by the sweep when it erased
 * anything). A person sent a link after their erasure is readable again, with that link's data
 * only. Orders are also placed for {@link #CUSTOMERS}, each with its own tagged notes, and a
 * customer is erased by the partner and their name: every order of theirs placed before then
 * loses its customer name and notes (E-1), an order placed later keeps its own. Vouchers and people are addressed by position; time is counted in seconds from the
 * start, one per step and a sweep's wait.
 *
 * @param vouchers each voucher's link, what it still holds and when it closed
 * @param people what of each person the store holds
 * @param orders the orders placed for {@link #CUSTOMERS} whose customer name and notes the
 *     store still holds, by tag
 * @param customers what of each customer the store holds: their name, and the notes of their
 *     orders by tag
 * @param erasures how many erasures are recorded (every request, even one that found nothing;
 *     a sweep's only when it erased something)
 * @param backlog how many activation e-mails wait to be sent (no relay runs)
 * @param lastAccepted whether the last command was accepted (false: refused)
 * @param clock the seconds since the start
 */
public record ErasureModel(List<Link> vouchers, List<Trace> people, List<Placed> orders,
    List<Trace> customers, int erasures, int backlog, boolean lastAccepted, long clock) {

  /** The people links are sent to. */
  public static final List<String> PEOPLE =
      List.of("ann@example.org", "ben@example.net", "cleo@example.ch");
  /** The customers orders are placed for (E-1: erased by partner and name). */
  public static final List<String> CUSTOMERS = List.of("Anna Keller", "Bruno Meier");
  /** How many vouchers the order has. */
  public static final int VOUCHERS = 3;
  /** What an erased recipient or message reads as, in this model. */
  public static final String ERASED = "erased";
  /** E-1: how long after a voucher closed the sweep erases its personal data. */
  public static final long RETENTION_SECONDS = 10;
  /** A voucher that is open ({@link Link#closedAt}). */
  public static final long OPEN = -1;

  /**
   * A voucher's link.
   *
   * @param status VALID before its first link, ASSIGNED after, REDEEMED once redeemed
   * @param recipient the address of its latest link, {@link #ERASED}, or empty before any link
   * @param message the personal message of its latest link, {@link #ERASED}, or empty
   * @param moves how many moves its history has gained since the order was placed
   * @param held the links sent for it whose data the store still holds, by tag
   * @param closedAt when it was redeemed, in seconds from the start, or {@link #OPEN}
   */
  public record Link(VoucherStatus status, String recipient, String message, int moves,
      List<Sent> held, long closedAt) {
    /** Copies the list, by tag (racing sends have no order of their own). */
    public Link {
      held = held.stream().sorted(java.util.Comparator.comparingInt(Sent::tag)).toList();
    }
  }

  /**
   * One link sent.
   *
   * @param person to whom, by position in {@link #PEOPLE}
   * @param tag its tag, which its message carries
   */
  public record Sent(int person, int tag) {}

  /**
   * What of one person can be read anywhere in the store.
   *
   * @param address whether their address can
   * @param messages the tags of their messages that can, in order
   */
  public record Trace(boolean address, List<Integer> messages) {
    /** Copies the tags. */
    public Trace {
      messages = List.copyOf(messages);
    }
  }

  /**
   * An order placed for a customer.
   *
   * @param customer for whom, by position in {@link #CUSTOMERS}
   * @param tag its tag, which its notes carry
   */
  public record Placed(int customer, int tag) {}

  /** Copies the lists; the orders by tag (racing orders have no order of their own). */
  public ErasureModel {
    vouchers = List.copyOf(vouchers);
    people = List.copyOf(people);
    orders = orders.stream().sorted(java.util.Comparator.comparingInt(Placed::tag)).toList();
    customers = List.copyOf(customers);
  }

  /** An order of {@link #VOUCHERS} vouchers, no link sent, nobody erased, at the start. */
  public static ErasureModel initial() {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < VOUCHERS; i++) {
      links.add(new Link(VoucherStatus.VALID, "", "", 0, List.of(), OPEN));
    }
    return of(links, List.of(), 0, true, 0);
  }

  /** The model of these vouchers; what each person leaves readable follows from what they hold. */
  private static ErasureModel of(List<Link> links, List<Placed> orders, int erasures,
      boolean accepted, long clock) {
    List<Trace> traces = new ArrayList<>();
    int backlog = 0;
    for (int p = 0; p < PEOPLE.size(); p++) {
      TreeSet<Integer> tags = new TreeSet<>();
      for (Link link : links) {
        for (Sent sent : link.held()) {
          if (sent.person() == p) {
            tags.add(sent.tag());
          }
        }
      }
      traces.add(new Trace(!tags.isEmpty(), new ArrayList<>(tags)));
      backlog += tags.size(); // no relay runs: every e-mail not erased still waits
    }
    List<Trace> customers = new ArrayList<>();
    for (int c = 0; c < CUSTOMERS.size(); c++) {
      TreeSet<Integer> tags = new TreeSet<>();
      for (Placed order : orders) {
        if (order.customer() == c) {
          tags.add(order.tag());
        }
      }
      customers.add(new Trace(!tags.isEmpty(), new ArrayList<>(tags)));
    }
    return new ErasureModel(links, traces, orders, customers, erasures, backlog, accepted,
        clock);
  }

  /** The same model without the outcome of the last command (for concurrent runs). */
  public ErasureModel withoutOutcome() {
    return new ErasureModel(vouchers, people, orders, customers, erasures, backlog, true,
        clock);
  }

  /**
   * The personal message of the link tagged {@code tag} to the person: letters and digits only,
   * so that every form a store could keep it in reads the same, and no message is part of
   * another.
   */
  public static String message(int person, int tag) {
    String name = PEOPLE.get(person).substring(0, PEOPLE.get(person).indexOf('@'));
    return "Hello" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)
        + String.format(Locale.ROOT, "%04d", tag) + "Z";
  }

  /**
   * S-2, V-1: the voucher's link goes to the person with the tagged message (VALID→ASSIGNED or
   * ASSIGNED→ASSIGNED, one move); its e-mail waits in the outbox. A redeemed voucher refuses
   * (L-4: nothing changes).
   */
  public ErasureModel send(int voucher, int person, int tag) {
    int v = Math.floorMod(voucher, VOUCHERS);
    int p = Math.floorMod(person, PEOPLE.size());
    Link link = vouchers.get(v);
    if (link.status() == VoucherStatus.REDEEMED) {
      return of(vouchers, orders, erasures, false, clock + 1);
    }
    List<Sent> held = new ArrayList<>(link.held());
    held.add(new Sent(p, tag));
    List<Link> links = new ArrayList<>(vouchers);
    links.set(v, new Link(VoucherStatus.ASSIGNED, PEOPLE.get(p), message(p, tag),
        link.moves() + 1, held, OPEN));
    return of(links, orders, erasures, true, clock + 1);
  }

  /**
   * V-1: the voucher is redeemed (VALID or ASSIGNED→REDEEMED, one move): it is closed from now;
   * a redeemed voucher refuses.
   */
  public ErasureModel redeem(int voucher) {
    int v = Math.floorMod(voucher, VOUCHERS);
    Link link = vouchers.get(v);
    if (link.status() == VoucherStatus.REDEEMED) {
      return of(vouchers, orders, erasures, false, clock + 1);
    }
    List<Link> links = new ArrayList<>(vouchers);
    links.set(v, new Link(VoucherStatus.REDEEMED, link.recipient(), link.message(),
        link.moves() + 1, link.held(), clock + 1));
    return of(links, orders, erasures, true, clock + 1);
  }

  /**
   * E-1: everything of the person is erased: the links that still name them read as erased
   * (status and moves kept), their messages are gone, their waiting e-mails are dropped; the
   * erasure is recorded.
   */
  public ErasureModel erase(int person) {
    int p = Math.floorMod(person, PEOPLE.size());
    List<Link> links = vouchers.stream().map(l -> {
      boolean named = l.recipient().equals(PEOPLE.get(p));
      return new Link(l.status(), named ? ERASED : l.recipient(), named ? ERASED : l.message(),
          l.moves(), l.held().stream().filter(s -> s.person() != p).toList(), l.closedAt());
    }).toList();
    return of(links, orders, erasures + 1, true, clock + 1);
  }

  /**
   * The notes of the order tagged {@code tag} for the customer: letters and digits only, and no
   * notes are part of others.
   */
  public static String notes(int customer, int tag) {
    return "Notes" + CUSTOMERS.get(customer).substring(0, CUSTOMERS.get(customer).indexOf(' '))
        + String.format(Locale.ROOT, "%04d", tag) + "Q";
  }

  /**
   * O-4: an order of one voucher is placed for the customer, with the tagged notes; it holds the
   * customer's name and those notes.
   */
  public ErasureModel order(int customer, int tag) {
    int c = Math.floorMod(customer, CUSTOMERS.size());
    List<Placed> placed = new ArrayList<>(orders);
    placed.add(new Placed(c, tag));
    return of(vouchers, placed, erasures, true, clock + 1);
  }

  /**
   * E-1: the partner's orders for the customer lose the customer name and notes; the erasure is
   * recorded (even when it found nothing, as by address).
   */
  public ErasureModel eraseCustomer(int customer) {
    int c = Math.floorMod(customer, CUSTOMERS.size());
    return of(vouchers, orders.stream().filter(o -> o.customer() != c).toList(), erasures + 1,
        true, clock + 1);
  }

  /**
   * E-1: after {@code wait} seconds the automatic erasure runs: every voucher closed at least
   * {@link #RETENTION_SECONDS} ago reads as erased and holds nothing of anyone any more, its
   * waiting e-mails dropped; one erasure is recorded if that erased anything. Status, moves and
   * the closing are kept.
   */
  public ErasureModel sweep(int wait) {
    long now = clock + Math.max(0, wait);
    boolean erased = false;
    List<Link> links = new ArrayList<>();
    for (Link l : vouchers) {
      boolean due = l.closedAt() != OPEN && l.closedAt() <= now - RETENTION_SECONDS;
      if (due && !l.held().isEmpty()) {
        erased = true;
        links.add(new Link(l.status(), l.recipient().isEmpty() ? "" : ERASED,
            l.message().isEmpty() ? "" : ERASED, l.moves(), List.of(), l.closedAt()));
      } else {
        links.add(l);
      }
    }
    return of(links, orders, erasures + (erased ? 1 : 0), true, now);
  }
}
