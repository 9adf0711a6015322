// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The reference model of erasure on request (E-1), written from the rule: activation links
 * with personal messages are sent to {@link #PEOPLE} for the {@link #VOUCHERS} vouchers of one
 * order, and people are erased by address. After an erasure nothing of the person sent before
 * it can be read anywhere in the store (vouchers, histories, outbox): a voucher whose link
 * went to them reads as erased, their messages are gone, their undelivered e-mails end as
 * dropped; the history keeps every move; the erasure is recorded, without the data. A person
 * sent a link after their erasure is readable again, with that link's data only. Vouchers and
 * people are addressed by position.
 *
 * @param vouchers each voucher's current link
 * @param people what of each person the store holds
 * @param erasures how many erasures are recorded (every request, even one that found nothing)
 * @param backlog how many activation e-mails wait to be sent (no relay runs)
 * @param lastAccepted whether the last command was accepted (false: refused)
 */
public record ErasureModel(List<Link> vouchers, List<Trace> people, int erasures, int backlog,
    boolean lastAccepted) {

  /** The people links are sent to. */
  public static final List<String> PEOPLE =
      List.of("ann@example.org", "ben@example.net", "cleo@example.ch");
  /** How many vouchers the order has. */
  public static final int VOUCHERS = 3;
  /** What an erased recipient or message reads as, in this model. */
  public static final String ERASED = "erased";

  /**
   * A voucher's link.
   *
   * @param status VALID before its first link, ASSIGNED after
   * @param recipient the address of its latest link, {@link #ERASED}, or empty before any link
   * @param message the personal message of its latest link, {@link #ERASED}, or empty
   * @param moves how many moves its history has gained since the order was placed
   */
  public record Link(VoucherStatus status, String recipient, String message, int moves) {}

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

  /** Copies the lists. */
  public ErasureModel {
    vouchers = List.copyOf(vouchers);
    people = List.copyOf(people);
  }

  /** An order of {@link #VOUCHERS} vouchers, no link sent, nobody erased. */
  public static ErasureModel initial() {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < VOUCHERS; i++) {
      links.add(new Link(VoucherStatus.VALID, "", "", 0));
    }
    List<Trace> traces = new ArrayList<>();
    for (int i = 0; i < PEOPLE.size(); i++) {
      traces.add(new Trace(false, List.of()));
    }
    return new ErasureModel(links, traces, 0, 0, true);
  }

  /** The same model without the outcome of the last command (for concurrent runs). */
  public ErasureModel withoutOutcome() {
    return new ErasureModel(vouchers, people, erasures, backlog, true);
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
   * ASSIGNED→ASSIGNED, one move); its e-mail waits in the outbox.
   */
  public ErasureModel send(int voucher, int person, int tag) {
    int v = Math.floorMod(voucher, VOUCHERS);
    int p = Math.floorMod(person, PEOPLE.size());
    List<Link> links = new ArrayList<>(vouchers);
    links.set(v, new Link(VoucherStatus.ASSIGNED, PEOPLE.get(p), message(p, tag),
        vouchers.get(v).moves() + 1));
    List<Trace> traces = new ArrayList<>(people);
    TreeSet<Integer> tags = new TreeSet<>(people.get(p).messages());
    tags.add(tag);
    traces.set(p, new Trace(true, new ArrayList<>(tags)));
    return new ErasureModel(links, traces, erasures, backlog + 1, true);
  }

  /**
   * E-1: everything of the person is erased: the links that still name them read as erased
   * (status and moves kept), their messages are gone, their waiting e-mails are dropped; the
   * erasure is recorded.
   */
  public ErasureModel erase(int person) {
    int p = Math.floorMod(person, PEOPLE.size());
    List<Link> links = vouchers.stream().map(l -> l.recipient().equals(PEOPLE.get(p))
        ? new Link(l.status(), ERASED, ERASED, l.moves()) : l).toList();
    List<Trace> traces = new ArrayList<>(people);
    traces.set(p, new Trace(false, List.of()));
    return new ErasureModel(links, traces, erasures + 1,
        backlog - people.get(p).messages().size(), true);
  }
}
