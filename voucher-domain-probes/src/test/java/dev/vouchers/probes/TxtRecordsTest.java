// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** D-1: a TXT record as JNDI renders it, read back as the one string it stands for. */
class TxtRecordsTest {

  @Test
  void aPlainStringIsItself_D1() {
    assertThat(TxtRecords.join("0123456789abcdefghjkmnpqrs")).isEqualTo("0123456789abcdefghjkmnpqrs");
  }

  @Test
  void theStringsOfARecordAreConcatenated_D1() {
    assertThat(TxtRecords.join("v=spf1 include:_spf.example ~all"))
        .isEqualTo("v=spf1include:_spf.example~all");
  }

  @Test
  void quotedStringsLoseTheirQuotesAndEscapes_D1() {
    assertThat(TxtRecords.join("\"a b\" c")).isEqualTo("a bc");
    assertThat(TxtRecords.join("\"say \\\"hi\\\"\" \"\" \"back\\\\slash\""))
        .isEqualTo("say \"hi\"back\\slash");
    assertThat(TxtRecords.join("\"\"")).isEmpty();
  }

  @Test
  void octetsAreReadAsUtf8_D1() {
    assertThat(TxtRecords.join("gr\u00c3\u00bcezi")).isEqualTo("grüezi");
  }
}
