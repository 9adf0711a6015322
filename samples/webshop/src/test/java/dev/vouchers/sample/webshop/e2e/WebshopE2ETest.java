// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.vouchers.sample.webshop.WebshopApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole partner-to-customer path in a real browser (headless Chromium): order three
 * vouchers at the partner's price (O-3), export their codes (S-1), send an activation link
 * (S-2), follow it from the demo inbox, submit a certificate request (V-1) and see the order's
 * cancellation refused because a voucher is in use (V-6); every action is confirmed on the next
 * page, the switch shows the order in German, and an unknown order is the 404 page in the layout. Each step leaves a screenshot in
 * {@code target/e2e-screenshots}.
 *
 * <p>Runs only in the {@code e2e} Maven profile (failsafe), which expects Debian's
 * {@code chromium} and {@code chromium-driver} packages; {@code -De2e.chromium} and
 * {@code -De2e.chromedriver} point it at other binaries. Selenium Manager never runs: the
 * driver and the browser are given explicitly.
 */
@SpringBootTest(classes = WebshopApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
        "vouchers.outbox.poll-interval=200ms",
        "webshop.inbox.enabled=true",
        "webshop.demo.seed=true",
        // the screenshots use raw DevTools commands, which need no version-matched CDP module
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR"})
class WebshopE2ETest {
  private static final int PORT = freePort();
  private static final String BASE = "http://localhost:" + PORT;

  private static final Path CHROMIUM = Paths.get(System.getProperty("e2e.chromium",
      "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Paths.get(System.getProperty("e2e.chromedriver",
      "/usr/bin/chromedriver"));
  private static final Path OUTPUT = Paths.get(System.getProperty("e2e.output", "target"));
  private static final Path SCREENSHOTS = OUTPUT.resolve("e2e-screenshots");
  private static final Path DOWNLOADS = OUTPUT.resolve("e2e-downloads");

  /**
   * Where the screenshots the README shows are copied ({@code -De2e.readme-images=docs/images}
   * from the project's root refreshes them); unset, nothing is copied.
   */
  private static final Optional<Path> README_IMAGES = Optional.ofNullable(
      System.getProperty("e2e.readme-images")).filter(p -> !p.isBlank()).map(Paths::get);
  /** The steps whose screenshots the README shows. */
  private static final List<String> README_SHOTS = List.of("home", "quote", "order-placed",
      "voucher", "reserved", "confirm-cancel", "order-in-german", "order-not-found");

  /** How long any one page may take to show what a step expects. */
  private static final Duration PAGE = Duration.ofSeconds(10);
  /** How long the outbox relay may take to deliver the activation e-mail (S-2). */
  private static final Duration MAIL = Duration.ofSeconds(30);

  private static final String RECIPIENT = "kunde@example.ch";
  private static final String PERSONAL_MESSAGE =
      "Your S/MIME certificate for the new mail server, with thanks from Alpine Hosting.";

  private ChromeDriver browser;
  private int shots;

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("vouchers.redemption-base-url", () -> BASE + "/redeem");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the webshop", e);
    }
  }

  /** Fails, never skips: this test runs only where the e2e profile was asked for. */
  @BeforeAll
  static void requireBrowser() {
    requireExecutable(CHROMIUM, "e2e.chromium", "chromium");
    requireExecutable(CHROMEDRIVER, "e2e.chromedriver", "chromium-driver");
  }

  @BeforeEach
  void startBrowser() throws IOException {
    emptied(SCREENSHOTS);
    emptied(DOWNLOADS);

    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of(
        "intl.accept_languages", "en-US,en",
        "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "download.directory_upgrade", true));
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void requireExecutable(Path binary, String property, String debianPackage) {
    if (!Files.isExecutable(binary)) {
      fail("The end-to-end test needs " + binary + ", which is missing or not executable."
          + " Install Debian's browser and driver (sudo apt-get install -y chromium"
          + " chromium-driver; this one is in package " + debianPackage + ") or point -D"
          + property + "=... at another binary. .ci/run installs them before it runs -Pe2e.");
    }
  }

  @Test
  void orderExportSendRedeemAndTheCancellationIsRefused_S1_S2_V6() throws IOException {
    try {
      walkThrough();
    } catch (AssertionError | RuntimeException e) {
      try {
        screenshot("failure");
      } catch (RuntimeException screenshotFailed) {
        e.addSuppressed(screenshotFailed);
      }
      throw e;
    }
  }

  private void walkThrough() throws IOException {
    // the start page: act as a demo user
    browser.get(BASE + "/");
    waitFor(By.id("sign-in-anna"));
    screenshot("home");

    click(By.id("sign-in-anna"));
    assertThat(waitFor(By.id("who")).getText()).contains("Anna Amrein", "admin");
    screenshot("signed-in-as-anna");

    // O-2: three S/MIME vouchers for one year
    click(By.id("nav-new-order"));
    new Select(waitFor(By.id("line-0-configuration"))).selectByValue("smime|1|0|0");
    WebElement quantity = browser.findElement(By.id("line-0-quantity"));
    quantity.clear();
    quantity.sendKeys("3");
    browser.findElement(By.id("customer")).sendKeys("Kunde AG");
    browser.findElement(By.id("notes")).sendKeys("invoice E2E-1");
    screenshot("new-order");

    // O-3, T-2: Alpine Hosting is GOLD, 20 % off the list price of CHF 29.00
    click(By.id("show-prices"));
    List<String> quoted = cells(waitFor(By.cssSelector("#quote tr:nth-child(2)")));
    assertThat(quoted).containsExactly("1", "S/MIME E-Mail", "1 year", "3", "CHF 23.20",
        "CHF 69.60");
    assertThat(browser.findElement(By.id("quote-total")).getText()).isEqualTo("CHF 69.60");
    screenshot("quote");

    // O-4: the order with its three vouchers; the codes are shown once placed
    click(By.id("confirm-order"));
    assertThat(waitFor(By.id("notice")).getText())
        .isEqualTo("Order placed: 3 vouchers, total CHF 69.60.");
    assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Open");
    assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("CHF 69.60");
    assertThat(browser.findElements(By.cssSelector("#order-vouchers td.status")))
        .extracting(WebElement::getText).containsExactly("Valid", "Valid", "Valid");
    assertThat(browser.findElement(By.id("may-cancel")).getText()).startsWith("Yes, until");
    String orderPath = pathOf(browser.getCurrentUrl());
    String orderId = orderPath.substring(orderPath.lastIndexOf('/') + 1);
    screenshot("order-placed");

    // S-1: hidden codes show their last four symbols only; "Show codes" shows them whole
    click(By.id("hide-codes"));
    String masked = waitFor(By.id("code-0")).getText();
    assertThat(masked).startsWith("••••-");
    click(By.id("show-codes"));
    waitFor(By.id("hide-codes"));
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      codes.add(browser.findElement(By.id("code-" + i)).getText());
    }
    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[0-9A-Z]+(-[0-9A-Z]+)+"));
    assertThat(codes.get(0)).endsWith(masked.substring("••••-".length()));
    screenshot("codes-shown");

    // S-1: the CSV export, a header and one row per voucher, the codes as on the page
    waitFor(By.id("download-csv")).click(); // an attachment: the page stays
    Path csv = DOWNLOADS.resolve("order-" + orderId + ".csv");
    new WebDriverWait(browser, PAGE).withMessage("the CSV download " + csv)
        .until(driver -> Files.isRegularFile(csv) && !partialDownloads());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("code,status,product,validity_years,fqdns,wildcards,"
        + "expires_at,redemption_url,order_number");
    List<String[]> rows = lines.subList(1, 4).stream().map(line -> line.split(",", -1)).toList();
    assertThat(rows).extracting(row -> row[0]).containsExactlyInAnyOrderElementsOf(codes);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row).hasSize(9); // M-4: the order number last
      assertThat(row[1]).isEqualTo("VALID");
      assertThat(row[2]).isEqualTo("S/MIME E-Mail");
      assertThat(row[3]).isEqualTo("1");
      assertThat(row[7]).startsWith(BASE + "/redeem");
    });
    screenshot("csv-downloaded");

    // S-2: send the first voucher's activation link with a personal message
    click(By.id("voucher-0"));
    assertThat(waitFor(By.id("voucher-status")).getText()).isEqualTo("Valid");
    String code = browser.findElement(By.id("voucher-code")).getText();
    assertThat(code).isEqualTo(codes.get(0));
    browser.findElement(By.id("send-email")).sendKeys(RECIPIENT);
    browser.findElement(By.id("send-message")).sendKeys(PERSONAL_MESSAGE);
    screenshot("voucher");

    click(By.id("send-link"));
    assertThat(waitFor(By.id("notice")).getText())
        .isEqualTo("Activation link sent to " + RECIPIENT + "; see the inbox.");
    assertThat(browser.findElement(By.id("voucher-status")).getText()).isEqualTo("Assigned");
    screenshot("link-sent");

    // the outbox relay delivers within a poll or two; the inbox page is reloaded until then
    click(By.id("nav-inbox"));
    WebElement mail = new WebDriverWait(browser, MAIL)
        .pollingEvery(Duration.ofMillis(250))
        .withMessage("an activation e-mail to " + RECIPIENT + " in the demo inbox")
        .until(driver -> {
          Optional<WebElement> found = driver.findElements(By.cssSelector(".mail")).stream()
              .filter(m -> m.getText().contains(RECIPIENT)).findFirst();
          if (found.isEmpty()) {
            driver.navigate().refresh();
          }
          return found.orElse(null);
        });
    assertThat(mail.findElement(By.tagName("pre")).getText())
        .contains(PERSONAL_MESSAGE, "S/MIME E-Mail");
    WebElement link = mail.findElement(By.cssSelector(".mail-link"));
    assertThat(link.getDomAttribute("href")).startsWith(BASE + "/redeem");
    screenshot("inbox");

    // the end customer follows the link: the voucher is theirs to redeem
    link.click();
    assertThat(waitFor(By.id("redeem-status")).getText()).isIn("Valid", "Assigned");
    screenshot("redeem");

    // V-1: the certificate request makes the voucher RESERVED (used)
    browser.findElement(By.id("reference")).sendKeys("mail.example.ch");
    click(By.id("submit-request"));
    assertThat(waitFor(By.id("notice")).getText()).contains("mail.example.ch", "reserved");
    assertThat(browser.findElement(By.id("redeem-status")).getText()).isEqualTo("Reserved");
    screenshot("reserved");

    // V-6: back in the partner console (same browser, still signed in), the order may not
    // be cancelled any more, and trying to anyway is refused with the rule
    browser.get(BASE + orderPath);
    assertThat(waitFor(By.id("who")).getText()).contains("Anna Amrein");
    // people's words on the page; the rule and the reason code stay in the markup
    WebElement mayNot = waitFor(By.id("may-not-cancel"));
    assertThat(mayNot.getText()).contains("in use").doesNotContain("VOUCHER_IN_USE");
    assertThat(mayNot.findElements(By.tagName("li")))
        .extracting(li -> li.getDomAttribute("data-reason")).contains("VOUCHER_IN_USE");
    assertThat(browser.findElements(By.cssSelector("#order-vouchers td.status")))
        .extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Reserved", "Valid", "Valid");
    screenshot("may-not-cancel");

    click(By.id("cancel-order"));
    // the destructive action asks first; "back" changes nothing, "confirm" acts
    assertThat(waitFor(By.id("question")).getText()).contains("cancelled as a whole");
    click(By.id("back"));
    assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("Open");
    click(By.id("cancel-order"));
    waitFor(By.id("question"));
    screenshot("confirm-cancel");
    click(By.id("confirm"));
    WebElement refusal = waitFor(By.id("refusal"));
    assertThat(refusal.findElements(By.tagName("li")))
        .extracting(li -> li.getDomAttribute("data-rule")).contains("V-6");
    assertThat(refusal.findElements(By.tagName("li")))
        .extracting(li -> li.getDomAttribute("data-reason")).contains("VOUCHER_IN_USE");
    assertThat(refusal.getText()).doesNotContain("VOUCHER_IN_USE").doesNotContain("V-6");
    assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Open");
    assertThat(browser.findElements(By.cssSelector("#order-vouchers td.status")))
        .extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Reserved", "Valid", "Valid");
    assertThat(browser.findElement(By.id("status-0")).getText()).isEqualTo("Reserved");
    screenshot("cancellation-refused");

    // the same order in German, chosen with the switch in the layout and kept
    click(By.id("lang-de"));
    assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("Offen");
    assertThat(browser.findElement(By.id("nav-orders")).getText()).isEqualTo("Bestellungen");
    assertThat(browser.findElement(By.id("status-0")).getText()).isEqualTo("Reserviert");
    assertThat(browser.findElement(By.id("may-not-cancel")).getText()).contains("Nein");
    screenshot("order-in-german");

    // an unknown order is the 404 page, inside the layout, in the chosen language
    browser.get(BASE + "/console/orders/" + java.util.UUID.randomUUID());
    assertThat(waitFor(By.id("error-page")).getDomAttribute("data-status")).isEqualTo("404");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nicht gefunden");
    assertThat(browser.findElement(By.id("who")).getText()).contains("Anna Amrein");
    assertThat(browser.findElement(By.id("nav-orders")).isDisplayed()).isTrue();
    screenshot("order-not-found");

    click(By.id("lang-en"));
    assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Not found");
  }

  /** Clicks and waits for the page the click loads, so the next step sees the new page. */
  private void click(By target) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = waitFor(target);
      try {
        new WebDriverWait(browser, PAGE).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
      } catch (org.openqa.selenium.TimeoutException e) {
        throw e;
      } catch (org.openqa.selenium.WebDriverException e) {
        // the document was re-rendered between finding and clicking (Chromium answers "node
        // does not belong to the document"): find the element again, a bounded number of times
        if (attempt == 3) {
          throw e;
        }
        continue;
      }
      new WebDriverWait(browser, PAGE).withMessage("the page after clicking " + target)
          .until(driver -> isGone(element));
      return;
    }
  }

  /**
   * Whether the element left the document. Selenium's {@code stalenessOf} expects a "stale
   * element" answer, but Chromium sometimes answers a node of the old page with "node does not
   * belong to the document" instead; both mean the click loaded a new page.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private WebElement waitFor(By target) {
    return new WebDriverWait(browser, PAGE).withMessage(target + " on " + browser.getCurrentUrl())
        .until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  private static String pathOf(String url) {
    String path = url.substring(BASE.length());
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static boolean partialDownloads() {
    try (Stream<Path> files = Files.list(DOWNLOADS)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page as {@code NN-name.png}, through the DevTools protocol. */
  private void screenshot(String name) {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0,
        "width", ((Number) size.get("width")).doubleValue(),
        "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name));
    try {
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      if (README_IMAGES.isPresent() && README_SHOTS.contains(name)) {
        Files.createDirectories(README_IMAGES.get());
        Files.copy(file, README_IMAGES.get().resolve("webshop-" + name + ".png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void emptied(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(directory);
  }
}
