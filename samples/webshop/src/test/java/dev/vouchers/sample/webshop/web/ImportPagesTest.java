// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;

/** M-1: the staff page's CSV upload and the API's CSV and JSON imports; redeeming one. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class ImportPagesTest extends PageTestBase {
  private static final String HEADER =
      "code,product,validity_years,fqdns,wildcards,status,expires_at,recipient,note\n";

  private static MockMultipartFile file(String csv) {
    return new MockMultipartFile("file", "codes.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void staffUploadACsvAndTheCustomerRedeemsACodeInItsOwnFormat_M1() throws Exception {
    MockHttpSession petra = session("petra");
    assertThat(page("/staff/imports", petra)).contains("imports-form").contains("altsystem");

    mvc.perform(multipart("/staff/imports").file(file(HEADER
            + "KX7P-M2QA-9T,ssl-dv,1,1,0,VALID,2099-12-31,,\n"
            + "RB4N-HD8W-3C,ssl-dv,1,1,0,ASSIGNED,2099-12-31,kunde@example.ch,Messe 2025\n"))
            .param("partner", "alpine-hosting").param("format", "altsystem").session(petra))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("2 ")));

    String found = page("/redeem?code=kx7p-m2qa-9t", session("anna"));
    assertThat(found).doesNotContain("id=\"problem\"").contains("data-status=\"VALID\"");
    String unknown = page("/redeem?code=kx7p-m2qa-9u", session("anna"));
    assertThat(unknown).contains("id=\"problem\"");
  }

  @Test
  void aClashingUploadImportsNothingAndNamesTheRows_M1() throws Exception {
    MockHttpSession petra = session("petra");
    String html = mvc.perform(multipart("/staff/imports").file(file(HEADER
            + "ZZ7P-M2QA-9T,ssl-dv,1,1,0,VALID,2099-12-31,,\n"
            + "ZZ7P-M2QA-9T,ssl-dv,1,1,0,VALID,2099-12-31,,\n"
            + "ZZ,ssl-dv,1,1,0,VALID,2099-12-31,,\n"))
            .param("partner", "alpine-hosting").param("format", "altsystem").session(petra)
            .header("Accept-Language", "de"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"refusal\"").contains("data-reason=\"IMPORT_ROWS_INVALID\"")
        .contains("Einige Zeilen des Imports sind ungültig");
  }

  @Test
  void theApiImportsCsvAndJson_M1() throws Exception {
    mvc.perform(post("/api/partners/alpine-hosting/imports").param("format", "altsystem")
            .header(dev.vouchers.sample.webshop.api.Problems.USER_HEADER, "petra")
            .contentType("text/csv").content(HEADER
                + "AP7P-M2QA-9T,ssl-dv,1,1,0,VALID,2099-12-31,,\n"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.vouchers").value(1));
    mvc.perform(post("/api/partners/alpine-hosting/imports").param("format", "altsystem")
            .header(dev.vouchers.sample.webshop.api.Problems.USER_HEADER, "petra").contentType(MediaType.APPLICATION_JSON)
            .content("{\"rows\":[{\"code\":\"AP7P-M2QA-9T\",\"product\":\"ssl-dv\","
                + "\"validityYears\":\"1\",\"fqdns\":\"1\",\"wildcards\":\"0\","
                + "\"status\":\"VALID\",\"expiresAt\":\"2099-12-31\"}]}"))
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.reasons[0].code").value("IMPORT_CODES_CLASH"));
  }
}
