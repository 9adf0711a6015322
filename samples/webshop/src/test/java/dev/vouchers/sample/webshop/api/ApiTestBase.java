// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.sample.webshop.demo.DemoClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running sample for every API test class (the same configuration, so Spring's test context
 * cache starts it once): an in-memory H2 database of its own, the demo seeded, the expiry sweep
 * off (V-4 expiry must show without it; and a sweep writing EXPIRED in the background would make
 * "nothing changed" assertions racy). The demo clock only moves forward, so every test places
 * its own orders and never relies on another test's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:webshop-api-${random.uuid};DB_CLOSE_DELAY=-1",
    "vouchers.sweeps.expiry-enabled=false",
    // U-4: renewals and expiries show before the subscription sweep, as V-4 expiry does
    "vouchers.sweeps.subscription-renewal-enabled=false",
    "webshop.demo.seed=true"})
@AutoConfigureMockMvc
@Import(ApiTestBeans.class)
abstract class ApiTestBase {
  /** Alpine Hosting AG (GOLD): anna ADMIN, andri ADMIN_AGENT, alina SALES_AGENT. */
  static final String ALPINE = "alpine-hosting";
  /** Bergsicht IT GmbH (ENTRY): bea ADMIN. */
  static final String BERGSICHT = "bergsicht-it";

  @Autowired
  MockMvc mvc;
  @Autowired
  DemoClock clock;
  @Autowired
  JsonMapper jsonMapper;

  /** An order placed through the API: its id and, in issue order, its vouchers and codes. */
  record Placed(String order, List<String> vouchers, List<String> codes, DocumentContext json) {
    String voucher() {
      return vouchers.get(0);
    }

    String code() {
      return codes.get(0);
    }
  }

  /** A request as the demo user. */
  static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    return request.header(Problems.USER_HEADER, user);
  }

  ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request);
  }

  /** A JSON request body. */
  MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
    return request.contentType(MediaType.APPLICATION_JSON)
        .content(jsonMapper.writeValueAsString(body));
  }

  /** A map in the order given (a JSON object). */
  static Map<String, Object> object(Object... membersAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < membersAndValues.length; i += 2) {
      object.put((String) membersAndValues[i], membersAndValues[i + 1]);
    }
    return object;
  }

  /** One order line. */
  static Map<String, Object> line(String product, int years, int fqdns, int quantity) {
    return object("product", product, "validityYears", years, "fqdns", fqdns, "wildcards", 0,
        "quantity", quantity);
  }

  /** An order body. */
  static Map<String, Object> orderBody(List<Map<String, Object>> lines) {
    return object("customerName", "Muster AG", "notes", "invoice 2024-17",
        "paymentMethod", "invoice", "lines", lines);
  }

  /** Places an order as the user; asserts 201. */
  Placed place(String user, String partner, List<Map<String, Object>> lines) throws Exception {
    MvcResult result = mvc.perform(json(as(user, post("/api/partners/{p}/orders", partner)),
        orderBody(lines))).andExpect(status().isCreated()).andReturn();
    DocumentContext json = JsonPath.parse(body(result));
    List<String> vouchers = json.read("$.vouchers[*].id");
    List<String> codes = json.read("$.vouchers[*].code");
    return new Placed(json.read("$.order.id"), vouchers, codes, json);
  }

  /** Places an order of S/MIME vouchers as anna (Alpine Hosting). */
  Placed placeSmime(int quantity) throws Exception {
    return place("anna", ALPINE, List.of(line("smime", 1, 0, quantity)));
  }

  /** The 200 answer to a GET as the user. */
  DocumentContext read(String user, String url, Object... variables) throws Exception {
    return JsonPath.parse(body(mvc.perform(as(user, get(url, variables)))
        .andExpect(status().isOk()).andReturn()));
  }

  /** How many orders the partner has (O-5 total). */
  long orderCount(String user, String partner) throws Exception {
    return read(user, "/api/partners/{p}/orders?size=1", partner).read("$.total", Long.class);
  }

  /**
   * What must stay the same when a command on the voucher is refused, as vendor support reads
   * it: status, assignment, comment, certificate request, expiry and the whole history.
   */
  Map<String, Object> unchanging(String voucher) throws Exception {
    DocumentContext json = read("sven", "/api/vouchers/{v}", voucher);
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", json.read("$.voucher.status"));
    state.put("assignment", json.read("$.voucher.assignment"));
    state.put("comment", json.read("$.voucher.comment"));
    state.put("certificateRequest", json.read("$.voucher.certificateRequest"));
    state.put("expiresAt", json.read("$.voucher.expiresAt"));
    state.put("history", json.read("$.history"));
    return state;
  }

  /** Asserts a refusal problem: status, type of the reason, the rule and the reason listed. */
  static ResultActions refused(ResultActions result, int status, ReasonCode code)
      throws Exception {
    return result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(Problems.type(code).toString()))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.rules").value(hasItem(code.rule())))
        .andExpect(jsonPath("$.reasons[*].code").value(hasItem(code.name())));
  }

  /** Asserts a problem of the API's own kind (401, 400, 404, 405, 413, 501). */
  static ResultActions problem(ResultActions result, int status, String slug) throws Exception {
    return result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + slug))
        .andExpect(jsonPath("$.status").value(status));
  }

  /** The body of a problem without its {@code instance}, to compare two answers. */
  static Map<String, Object> withoutInstance(ResultActions result) throws Exception {
    Map<String, Object> problem = JsonPath.parse(body(result.andReturn())).read("$");
    Map<String, Object> copy = new LinkedHashMap<>(problem);
    copy.remove("instance");
    assertThat(copy).containsKeys("type", "title", "status", "detail");
    return copy;
  }

  static String body(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** The code with its first symbol replaced by another: one typo (C-3, C-4). */
  static String typo(String code) {
    char[] symbols = code.toCharArray();
    for (int i = 0; i < symbols.length; i++) {
      int value = Crockford.ALPHABET.indexOf(symbols[i]);
      if (value >= 0) {
        symbols[i] = Crockford.ALPHABET.charAt((value + 1) % Crockford.ALPHABET.length());
        return new String(symbols);
      }
    }
    throw new IllegalArgumentException("no symbol in the code");
  }

  /** Every value of a JSON path, as strings. */
  static List<String> strings(DocumentContext json, String path) {
    List<Object> values = json.read(path);
    List<String> strings = new ArrayList<>();
    values.forEach(v -> strings.add(String.valueOf(v)));
    return strings;
  }
}
