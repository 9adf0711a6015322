// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The pages speak English and German: the language comes from the browser
 * ({@code Accept-Language}) or the switch ({@code ?lang=de}, kept in a cookie); texts come from
 * the two bundles, which have the same keys, and refusals render themselves in the reader's
 * language.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:languages;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@DirtiesContext
class LanguagesTest extends PageTestBase {
  private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");

  private static Properties bundle(String name) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = LanguagesTest.class.getResourceAsStream("/" + name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    return bundle;
  }

  @Test
  void everyKeyIsInBothBundlesWithAText() throws IOException {
    Properties english = bundle("messages.properties");
    Properties german = bundle("messages_de.properties");
    assertThat(english.stringPropertyNames()).hasSizeGreaterThan(100)
        .containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
    for (Properties texts : java.util.List.of(english, german)) {
      texts.forEach((key, text) -> assertThat((String) text).as("%s", key).isNotBlank()
          .doesNotContain("'"));
    }
  }

  @Test
  void everyKeyATemplateNamesIsInTheBundle() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.toList()) {
        Matcher key = STATIC_KEY.matcher(Files.readString(template));
        while (key.find()) {
          named.add(key.group(1));
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(100);
    assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(named);
  }

  @Test
  void theBrowsersLanguageChoosesThePagesLanguage() throws Exception {
    assertThat(mvc.perform(get("/redeem").header("Accept-Language", "de-CH,de;q=0.9,en;q=0.8"))
        .andReturn().getResponse().getContentAsString())
        .contains("Lösen Sie Ihren Gutschein ein").contains("Code einlösen");
    assertThat(mvc.perform(get("/redeem").header("Accept-Language", "fr-CH,fr;q=0.9"))
        .andReturn().getResponse().getContentAsString())
        .contains("Redeem your voucher").doesNotContain("Gutschein ein");
  }

  @Test
  void theSwitchChoosesTheLanguageAndKeepsIt() throws Exception {
    MvcResult switched = mvc.perform(get("/redeem").param("lang", "de")
            .header("Accept-Language", "en"))
        .andExpect(status().isOk()).andExpect(cookie().value("webshop-lang", "de"))
        .andReturn();
    assertThat(switched.getResponse().getContentAsString())
        .contains("Lösen Sie Ihren Gutschein ein")
        .contains("href=\"/redeem?lang=en\"");
    Cookie kept = switched.getResponse().getCookie("webshop-lang");
    assertThat(mvc.perform(get("/").cookie(kept).header("Accept-Language", "en"))
        .andReturn().getResponse().getContentAsString()).contains("Als Kunde registrieren");
    // an unknown language changes nothing
    mvc.perform(get("/").param("lang", "xx")).andExpect(cookie().doesNotExist("webshop-lang"));
  }

  @Test
  void refusalsStatusesAndConfirmationsAreInTheReadersLanguage_O2_V1() throws Exception {
    MockHttpSession anna = session("anna");
    String refused = mvc.perform(post("/console/orders").session(anna)
            .header("Accept-Language", "de")
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "0")
            .param("paymentMethod", "invoice"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Nicht möglich.").contains("Die Menge")
        .contains("data-reason=\"QUANTITY_OUT_OF_RANGE\"")
        .doesNotContain(">QUANTITY_OUT_OF_RANGE<");

    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .header("Accept-Language", "de")
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "1")
            .param("paymentMethod", "invoice"))
        .andExpect(flash().attribute("notice", Matchers.startsWith("Bestellung aufgegeben")))
        .andReturn();
    String order = mvc.perform(get(placed.getResponse().getRedirectedUrl()).session(anna)
            .header("Accept-Language", "de").flashAttrs(placed.getFlashMap()))
        .andReturn().getResponse().getContentAsString();
    assertThat(order).contains("Bestellung aufgegeben").contains(">Offen<").contains(">Gültig<")
        .contains("Rechnung").contains("1 Jahr").doesNotContain(">VALID<");
  }
}
