// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static dev.vouchers.sample.webshop.demo.RawDns.A;
import static dev.vouchers.sample.webshop.demo.RawDns.ANY;
import static dev.vouchers.sample.webshop.demo.RawDns.TXT;
import static dev.vouchers.sample.webshop.demo.RawDns.ask;
import static dev.vouchers.sample.webshop.demo.RawDns.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.probes.DnsDomainProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D-1 in the demo: the in-process DNS zone, on the wire and through the library's DNS probe. */
class DemoZoneTest {
  private static final String CHECK = "_voucher-challenge";
  private static final String NAME = CHECK + ".shop.example";
  private static final String SECRET = "K7QW2M9XHBDA4TREPZ6SNV8CJY";
  private static final int NOERROR = 0;
  private static final int FORMERR = 1;
  private static final int NXDOMAIN = 3;
  private static final int NOTIMP = 4;
  private static final int REFUSED = 5;

  private final DemoZone zone = new DemoZone("example");

  @AfterEach
  void close() {
    zone.close();
  }

  @Test
  void theLibrarysDnsProbeReadsAPublishedRecordFromTheZone_D1() {
    zone.publishTxt(NAME, SECRET);
    DnsDomainProbe dns = DnsDomainProbe.builder().servers(zone.address())
        .timeout(Duration.ofSeconds(2)).retries(1).build();

    ProbeObservation seen = dns.observe(new DomainName("shop.example"), CHECK);

    assertThat(seen.txtRecords()).containsExactly(SECRET);
  }

  @Test
  void coversTheSuffixAndEveryNameBelowIt_D1() {
    assertThat(zone.covers(new DomainName("shop.example"))).isTrue();
    assertThat(zone.covers(new DomainName("www.baeckerei.example"))).isTrue();
    assertThat(zone.covers(new DomainName("SHOP.Example"))).isTrue();
    assertThat(zone.covers(new DomainName("example.com"))).isFalse();
    assertThat(zone.covers(new DomainName("shop.notexample"))).isFalse();
    assertThat(zone.covers(new DomainName("shop.example.ch"))).isFalse();
    try (DemoZone other = new DemoZone(".Demo.Test.")) {
      assertThat(other.suffix()).isEqualTo("demo.test");
      assertThat(other.covers(new DomainName("a.demo.test"))).isTrue();
      assertThat(other.covers(new DomainName("demo.test"))).isTrue();
      assertThat(other.covers(new DomainName("shop.example"))).isFalse();
    }
  }

  @Test
  void answersTxtQuestionsAuthoritativelyWithoutCaching_D1() {
    zone.publishTxt(NAME, "v=spf1 -all");
    zone.publishTxt(NAME, SECRET);

    RawDns.Reply reply = ask(zone.address(), query(4711, NAME, TXT));

    assertThat(reply.id()).isEqualTo(4711);
    assertThat(reply.response()).isTrue();
    assertThat(reply.rcode()).isEqualTo(NOERROR);
    assertThat(reply.authoritative()).isTrue();
    assertThat(reply.recursionDesired()).isTrue();
    assertThat(reply.recursionAvailable()).isFalse();
    assertThat(reply.truncated()).isFalse();
    assertThat(reply.txt()).containsExactly("v=spf1 -all", SECRET);
    assertThat(ask(zone.address(), query(1, NAME, ANY)).txt()).hasSize(2);
    // TTL 0 (octets 6..9 of the first answer, after the 2-octet name pointer)
    int firstAnswer = query(1, NAME, TXT).length;
    assertThat(java.util.Arrays.copyOfRange(reply.bytes(), firstAnswer + 6, firstAnswer + 10))
        .containsExactly(0, 0, 0, 0);
  }

  @Test
  void namesAreCaseInsensitiveAndTheQuestionIsEchoedAsAsked_D1() {
    zone.publishTxt("_Voucher-Challenge.Shop.Example.", SECRET);
    byte[] asked = query(7, "_VOUCHER-challenge.shop.EXAMPLE", TXT);

    RawDns.Reply reply = ask(zone.address(), asked);

    assertThat(reply.txt()).containsExactly(SECRET);
    assertThat(java.util.Arrays.copyOfRange(reply.bytes(), 12, asked.length))
        .isEqualTo(java.util.Arrays.copyOfRange(asked, 12, asked.length));
    assertThat(zone.records()).containsOnlyKeys(NAME);
  }

  @Test
  void anUnknownNameInTheZoneDoesNotExist_D1() {
    zone.publishTxt(NAME, SECRET);

    RawDns.Reply reply = ask(zone.address(), query(9, "_voucher-challenge.other.example", TXT));

    assertThat(reply.rcode()).isEqualTo(NXDOMAIN);
    assertThat(reply.authoritative()).isTrue();
    assertThat(reply.questions()).isEqualTo(1);
    assertThat(reply.txt()).isEmpty();
  }

  @Test
  void theApexNamesAboveRecordsAndOtherTypesExistWithoutAnswers_D1() {
    zone.publishTxt(NAME, SECRET);

    for (byte[] question : List.of(query(1, "example", TXT), query(2, "shop.example", TXT),
        query(3, NAME, A))) {
      RawDns.Reply reply = ask(zone.address(), question);
      assertThat(reply.rcode()).isEqualTo(NOERROR);
      assertThat(reply.txt()).isEmpty();
    }
  }

  @Test
  void refusesNamesOutsideTheZoneAndOtherClasses_D1() {
    RawDns.Reply outside = ask(zone.address(), query(1, "_voucher-challenge.example.com", TXT));
    assertThat(outside.rcode()).isEqualTo(REFUSED);
    assertThat(outside.authoritative()).isFalse();

    assertThat(ask(zone.address(), query(2, "version.bind", TXT, 3)).rcode()).isEqualTo(REFUSED);
    assertThat(ask(zone.address(), query(3, NAME, TXT, 3)).rcode()).isEqualTo(REFUSED);
  }

  @Test
  void dropsPacketsThatAreNoQueriesAndStillAnswersTheNext_D1() {
    zone.publishTxt(NAME, SECRET);
    byte[] response = query(66, NAME, TXT);
    response[2] |= (byte) 0x80;

    RawDns.Reply reply = ask(zone.address(), new byte[] {1, 2, 3}, response, new byte[600],
        query(77, NAME, TXT));

    assertThat(reply.id()).isEqualTo(77);
    assertThat(reply.txt()).containsExactly(SECRET);
    assertThat(zone.respond(new byte[11], 11)).isNull();
    assertThat(zone.respond(response, response.length)).isNull();
    assertThat(zone.respond(new byte[513], 513)).isNull();
  }

  @Test
  void answersMalformedQueriesWithFormatError_D1() {
    byte[] twoQuestions = query(1, NAME, TXT);
    twoQuestions[5] = 2;
    byte[] cut = java.util.Arrays.copyOf(query(2, NAME, TXT), 20);
    byte[] noType = java.util.Arrays.copyOf(query(3, NAME, TXT), query(3, NAME, TXT).length - 2);
    byte[] pointer = {0, 4, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xc0, 12, 0, 16, 0, 1};
    byte[] longLabel = query(5, "a".repeat(63) + ".example", TXT);
    longLabel[12] = 64;

    for (byte[] malformed : List.of(twoQuestions, cut, noType, pointer, longLabel)) {
      RawDns.Reply reply = ask(zone.address(), malformed);
      assertThat(reply.rcode()).as("rcode").isEqualTo(FORMERR);
      assertThat(reply.id()).isEqualTo(((malformed[0] & 0xff) << 8) | (malformed[1] & 0xff));
    }
  }

  @Test
  void answersOtherOpcodesWithNotImplemented_D1() {
    byte[] status = query(5, NAME, TXT);
    status[2] = (byte) (2 << 3);

    RawDns.Reply reply = ask(zone.address(), status);

    assertThat(reply.rcode()).isEqualTo(NOTIMP);
    assertThat(reply.flags() & 0x7800).isEqualTo(2 << 11);
  }

  @Test
  void namesWithUnusualOctetsAreNeverFound_D1() {
    zone.publishTxt(NAME, SECRET);
    byte[] dotted = query(8, "_voucher-challenge.shop.example", TXT);
    dotted[13 + "_voucher-challenge".length() - 1] = '.';

    assertThat(ask(zone.address(), dotted).rcode()).isEqualTo(REFUSED);
  }

  @Test
  void anAnswerBiggerThan512OctetsIsTruncated_D1() {
    for (int i = 0; i < DemoZone.MAX_RECORDS_PER_NAME; i++) {
      zone.publishTxt(NAME, Integer.toString(i).repeat(200).substring(0, 200));
    }

    RawDns.Reply reply = ask(zone.address(), query(1, NAME, TXT));

    assertThat(reply.bytes().length).isLessThanOrEqualTo(512);
    assertThat(reply.truncated()).isTrue();
    assertThat(reply.txt()).hasSize(2);
  }

  @Test
  void publishingTheSameRecordTwiceKeepsOne_D1() {
    zone.publishTxt(NAME, SECRET);
    zone.publishTxt(NAME.toUpperCase(java.util.Locale.ROOT), SECRET);

    assertThat(zone.records()).isEqualTo(Map.of(NAME, List.of(SECRET)));
  }

  @Test
  void recordsIsASnapshotInNameOrder_D1() {
    zone.publishTxt("b.example", "2");
    zone.publishTxt("a.example", "1");
    Map<String, List<String>> before = zone.records();
    zone.publishTxt("c.example", "3");
    zone.remove("a.example");
    zone.remove("nothing.example");

    assertThat(before.keySet()).containsExactly("a.example", "b.example");
    assertThat(zone.records().keySet()).containsExactly("b.example", "c.example");
    assertThatThrownBy(() -> before.put("x.example", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesRecordsOutsideTheZoneOrBeyondItsLimits_D1() {
    assertThatThrownBy(() -> zone.publishTxt("_voucher-challenge.example.com", SECRET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the demo zone");
    assertThatThrownBy(() -> zone.publishTxt("bad name.example", SECRET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a DNS name");
    assertThatThrownBy(() -> zone.publishTxt("a..example", SECRET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> zone.publishTxt("x".repeat(64) + ".example", SECRET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> zone.publishTxt(NAME, "ü".repeat(128)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256");
    zone.publishTxt(NAME, "x".repeat(DemoZone.MAX_VALUE_OCTETS));
    for (int i = 1; i < DemoZone.MAX_RECORDS_PER_NAME; i++) {
      zone.publishTxt(NAME, "record " + i);
    }
    assertThatThrownBy(() -> zone.publishTxt(NAME, "one too many"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(zone.records().get(NAME)).hasSize(DemoZone.MAX_RECORDS_PER_NAME);
    assertThatThrownBy(() -> zone.remove("shop.example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DemoZone("not a suffix"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closingFreesThePortAndCanBeRepeated_D1() {
    int port = zone.port();
    zone.close();
    zone.close();

    try (DemoZone again = new DemoZone("example", port)) {
      assertThat(again.port()).isEqualTo(port);
    }
  }
}
