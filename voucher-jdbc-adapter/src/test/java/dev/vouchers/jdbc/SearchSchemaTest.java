// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.ordering.domain.VoucherSearch;
import org.junit.jupiter.api.Test;

/**
 * M-3 (ADR 0054): the folded keys the schema scripts index are the expressions the adapter
 * queries, built from the domain's one folding table: an index the queries do not name would
 * never be used, and a table restated by hand could drift from the domain's.
 */
class SearchSchemaTest {

  @Test
  void postgresqlIndexesTheExpressionsTheSearchesCompare_M3() {
    String script = JdbcSchema.script(Dialect.POSTGRESQL);
    assertThat(script)
        .contains("(partner_id, (" + JdbcVoucherSearches.recipientKey(Dialect.POSTGRESQL, "")
            + "), issued_at DESC, id)")
        .contains("((" + JdbcVoucherSearches.recipientKey(Dialect.POSTGRESQL, "")
            + "), issued_at DESC, id)")
        .contains("(partner_id, (" + JdbcVoucherSearches.customerNameKey(Dialect.POSTGRESQL, "")
            + "), placed_at DESC, id)")
        .contains("((" + JdbcVoucherSearches.customerNameKey(Dialect.POSTGRESQL, "")
            + "), placed_at DESC, id)")
        .contains("(partner_id, (" + JdbcVoucherSearches.notesKey(Dialect.POSTGRESQL, "")
            + "), placed_at DESC, id)")
        .contains("((" + JdbcVoucherSearches.notesKey(Dialect.POSTGRESQL, "")
            + "), placed_at DESC, id)");
  }

  @Test
  void h2GeneratesTheKeysWithTheSameTable_M3() {
    String script = JdbcSchema.script(Dialect.H2);
    assertThat(script)
        .contains("recipient_key VARCHAR\n  GENERATED ALWAYS AS ("
            + JdbcVoucherSearches.folded("recipient") + ")")
        .contains("customer_name_key VARCHAR\n  GENERATED ALWAYS AS ("
            + JdbcVoucherSearches.folded("customer_name") + ")")
        .contains("notes_key VARCHAR\n  GENERATED ALWAYS AS (left("
            + JdbcVoucherSearches.folded("notes") + ", " + VoucherSearch.NOTES_KEY_LENGTH + "))");
  }

  @Test
  void theFoldingTablePairsEachCapitalWithItsSmallLetter_M3() {
    assertThat(VoucherSearch.FOLD_FROM).hasSameSizeAs(VoucherSearch.FOLD_TO);
    for (int i = 0; i < VoucherSearch.FOLD_FROM.length(); i++) {
      assertThat(Character.toLowerCase(VoucherSearch.FOLD_FROM.charAt(i)))
          .isEqualTo(VoucherSearch.FOLD_TO.charAt(i));
    }
  }
}
