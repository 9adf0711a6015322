// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.PartnerId;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L-3: the adapters refuse an H2 file database that acknowledges commits before it writes them
 * (H2's default WRITE_DELAY), unless the application accepts the loss in so many words; they
 * take one with {@code WRITE_DELAY=0}, and an in-memory one. A retry budget below one attempt
 * is refused where it is configured.
 */
class JdbcStorageBuilderTest {

  private static JdbcDataSource h2File(Path directory, String settings) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("shop" + settings.length())
        .toAbsolutePath() + settings);
    return dataSource;
  }

  @Test
  void aFileDatabaseThatDelaysItsWritesIsRefusedNamingTheSetting_L3(@TempDir Path directory) {
    JdbcDataSource delayed = h2File(directory, "");
    JdbcSchema.initialize(delayed);

    assertThatThrownBy(() -> JdbcStorage.builder(delayed).build())
        .isInstanceOf(JdbcStorageException.class)
        .hasMessageContaining("WRITE_DELAY")
        .hasMessageContaining("L-3")
        .hasMessageContaining("allowWriteDelay(true)");
  }

  @Test
  void theDelayIsTakenWhenAcceptedOrSwitchedOff_L3(@TempDir Path directory) {
    JdbcDataSource delayed = h2File(directory, "");
    JdbcSchema.initialize(delayed);
    JdbcStorage accepted = JdbcStorage.builder(delayed).allowWriteDelay(true).build();
    assertThat(accepted.partners().partner(new PartnerId("nobody"))).isEmpty();

    JdbcDataSource undelayed = h2File(directory, ";WRITE_DELAY=0");
    JdbcSchema.initialize(undelayed);
    JdbcStorage storage = JdbcStorage.builder(undelayed).build();
    assertThat(storage.partners().partner(new PartnerId("nobody"))).isEmpty();
  }

  @Test
  void theCheckIsH2sOnly_L3(@TempDir Path directory) {
    JdbcDataSource delayed = h2File(directory, "");
    // told it is PostgreSQL (whose commits are durable when acknowledged), nothing is read
    JdbcStorage storage = JdbcStorage.builder(delayed).dialect(Dialect.POSTGRESQL).build();
    assertThat(storage.vouchers()).isNotNull();
  }

  @Test
  void atLeastOneAttemptIsConfigured_V7() {
    JdbcDataSource memory = (JdbcDataSource) TestDatabase.H2.freshDataSource();
    JdbcStorage.Builder builder = JdbcStorage.builder(memory);
    assertThatThrownBy(() -> builder.maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThat(builder.maxAttempts(1)).isSameAs(builder);
  }
}
