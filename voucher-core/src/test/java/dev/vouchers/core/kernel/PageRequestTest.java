// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void sizeIsOneToFiveHundred_O5() {
    assertThat(PageRequest.first(1).size()).isEqualTo(1);
    assertThat(PageRequest.first(500).size()).isEqualTo(500);
    assertThat(PageRequest.MAX_SIZE).isEqualTo(500);
    assertThatThrownBy(() -> PageRequest.first(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    assertThatThrownBy(() -> PageRequest.first(501))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 501");
  }

  @Test
  void firstPageHasNoCursorAndNextPagesCarryIt_O5() {
    assertThat(PageRequest.first(25).after()).isEmpty();
    PageRequest next = PageRequest.after(10, "abc");
    assertThat(next.size()).isEqualTo(10);
    assertThat(next.after()).contains("abc");
    assertThatThrownBy(() -> new PageRequest(10, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void pageCopiesItsItemsAndMapsThem_O5() {
    java.util.ArrayList<Integer> items = new java.util.ArrayList<>(List.of(1, 2));
    Page<Integer> page = new Page<>(items, Optional.of("c"), Page.Total.counted(7));
    items.add(3);
    assertThat(page.items()).containsExactly(1, 2);
    Page<String> mapped = page.map(i -> "#" + i);
    assertThat(mapped.items()).containsExactly("#1", "#2");
    assertThat(mapped.next()).contains("c");
    assertThat(mapped.total()).isEqualTo(Page.Total.counted(7));
    assertThatThrownBy(() -> new Page<>(List.of(), null, Page.Total.counted(0))).isInstanceOf(NullPointerException.class);
  }
}
