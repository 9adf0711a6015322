// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo inbox pages through what the shop sent, newest first, reading only one page. */
class DemoInboxTest {
  @Test
  void theInboxIsReadAPageAtATimeNewestFirst_O5() {
    DemoInbox inbox = new DemoInbox(0);
    try {
      ServerSetup smtp = new ServerSetup(inbox.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      for (int i = 0; i < 7; i++) {
        GreenMailUtil.sendTextEmail("kunde@example.ch", "shop@example.ch", "mail " + i,
            "text " + i, smtp);
      }
      List<DemoInbox.Mail> first = inbox.mails(Integer.MAX_VALUE, 3);
      assertThat(first).extracting(DemoInbox.Mail::subject)
          .containsExactly("mail 6", "mail 5", "mail 4");
      List<DemoInbox.Mail> second = inbox.mails(first.get(2).index(), 3);
      assertThat(second).extracting(DemoInbox.Mail::subject)
          .containsExactly("mail 3", "mail 2", "mail 1");
      assertThat(inbox.mails(second.get(2).index(), 3)).extracting(DemoInbox.Mail::subject)
          .containsExactly("mail 0");
      assertThat(inbox.mails(0, 3)).isEmpty();
      assertThat(inbox.mails()).hasSize(7);
    } finally {
      inbox.destroy();
    }
  }
}
