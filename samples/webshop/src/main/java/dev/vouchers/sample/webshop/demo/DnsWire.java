// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The few DNS message formats {@link DemoZone} reads and writes (RFC 1035, 4.1): the question
 * of a query, and a reply with TXT answers.
 */
final class DnsWire {
  static final int HEADER = 12;
  static final int TXT = 16;
  static final int ANY = 255;
  static final int IN = 1;
  static final int NOERROR = 0;
  static final int FORMERR = 1;
  static final int NXDOMAIN = 3;
  static final int NOTIMP = 4;
  static final int REFUSED = 5;

  private DnsWire() {}

  /**
   * A reply with the query's id, opcode and RD flag; the question echoed as asked (if it could
   * be read) and as many TXT answers as fit into {@value DemoZone#MAX_UDP} octets, TC if not all did.
   */
  static byte[] reply(byte[] query, int rcode, boolean authoritative,
      @Nullable Question question, List<String> answers) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int questionEnd = HEADER;
    if (question != null) {
      body.write(query, HEADER, question.end() - HEADER);
      questionEnd = question.end();
    }
    int size = questionEnd;
    int included = 0;
    for (String answer : answers) {
      byte[] text = answer.getBytes(StandardCharsets.UTF_8);
      int record = 2 + 2 + 2 + 4 + 2 + 1 + text.length;
      if (size + record > DemoZone.MAX_UDP) {
        break;
      }
      u16(body, 0xc00c); // the name of the question
      u16(body, TXT);
      u16(body, IN);
      u16(body, 0); // TTL 0: the demo's records change at any moment
      u16(body, 0);
      u16(body, 1 + text.length);
      body.write(text.length);
      body.write(text, 0, text.length);
      size += record;
      included++;
    }
    boolean truncated = included < answers.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.write(query[0]);
    out.write(query[1]);
    out.write(0x80 | (query[2] & 0x78) | (authoritative ? 0x04 : 0) | (truncated ? 0x02 : 0)
        | (query[2] & 0x01)); // QR, opcode, AA, TC, RD
    out.write(rcode); // RA 0: this server does not recurse
    u16(out, question != null ? 1 : 0);
    u16(out, included);
    u16(out, 0);
    u16(out, 0);
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  static int u16(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
  }

  static void u16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xff);
    out.write(value & 0xff);
  }

  /**
   * The question of a query.
   *
   * @param name the name, lower-case and dotted, or {@code null} if a label holds octets that no
   *     published name has (a dot, a space, non-ASCII)
   * @param type the QTYPE
   * @param qclass the QCLASS
   * @param end the offset just after the question
   */
  record Question(@Nullable String name, int type, int qclass, int end) {

    /** The question at offset 12, or {@code null} if it is malformed. */
    static @Nullable Question read(byte[] packet, int length) {
      List<String> labels = new ArrayList<>();
      boolean plain = true;
      int at = HEADER;
      int octets = 1;
      while (true) {
        if (at >= length) {
          return null;
        }
        int size = packet[at] & 0xff;
        if (size == 0) {
          at++;
          break;
        }
        if ((size & 0xc0) != 0) {
          return null; // compression pointer or extended label: not in a question we take
        }
        octets += size + 1;
        if (octets > 255 || at + 1 + size > length) {
          return null;
        }
        StringBuilder label = new StringBuilder(size);
        for (int i = at + 1; i <= at + size; i++) {
          int c = packet[i] & 0xff;
          if (c <= 0x20 || c >= 0x7f || c == '.') {
            plain = false;
          }
          label.append(Character.toLowerCase((char) c));
        }
        labels.add(label.toString());
        at += 1 + size;
      }
      if (at + 4 > length) {
        return null;
      }
      String name = plain ? String.join(".", labels) : null;
      return new Question(name, u16(packet, at), u16(packet, at + 2), at + 4);
    }
  }
}
