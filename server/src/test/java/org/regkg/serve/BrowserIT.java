package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regkg.store.StoreLib;

/**
 * A person's path through the site in real headless Chromium (Debian's chromium and
 * chromium-driver, installed by .ci/run): the query page runs an example query and shows its
 * results; a paper page links to a technique page. The waits ask the page's own state (YASGUI set
 * up, YASR holding rows) rather than the markup of one YASR or Chromium version, so the test holds
 * across browser and driver versions.
 */
@ExtendWith(ServeFixture.class)
class BrowserIT {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private ChromeDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM)).as("chromium is installed (apt-get install chromium)").exists();
        assertThat(new File(DRIVER)).as("chromedriver is installed (apt-get install chromium-driver)").exists();
        profile = Files.createTempDirectory("regkg-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        StoreLib.deleteTree(profile);
    }

    /** How many result rows the query tab's YASR holds (0 before the answer arrives). */
    private static long resultRows(org.openqa.selenium.WebDriver d) {
        Object n = ((JavascriptExecutor) d).executeScript(
                "var y = window.regkgYasgui && window.regkgYasgui.getTab().getYasr();"
                + "var b = y && y.results && y.results.getBindings ? y.results.getBindings() : null;"
                + "return b ? b.length : 0;");
        return n instanceof Number num ? num.longValue() : 0;
    }

    @Test
    void runAnExampleQueryThenFollowLinksFromAPaperToATechnique(ServeFixture.Served s) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(s.url("/"));
        // ready when the page's script has set YASGUI up, not when some element of a given version appears
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!window.regkgYasgui")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.example[data-example='datasets-overview.rq']")))
                .click();
        // the results as YASR holds them, whatever plugin (table, raw response) draws them in this version
        wait.until(d -> resultRows(d) > 1);
        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr")));
        wait.until(d -> results.getText().contains("CIFAR"));
        assertThat(results.getText()).contains("CIFAR").contains("regularizedPapers");

        driver.get(s.url("/browse/papers"));
        driver.findElement(By.linkText("Improved Regularization of Convolutional Neural Networks with Cutout")).click();
        wait.until(ExpectedConditions.titleContains("Cutout"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Improved Regularization of Convolutional Neural Networks with Cutout");
        List<WebElement> marks = driver.findElements(By.cssSelector(".evidence mark"));
        assertThat(marks).isNotEmpty();

        driver.findElement(By.cssSelector("a[href='/technique/cutout']")).click();
        wait.until(ExpectedConditions.urlContains("/technique/cutout"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("cutout");
        assertThat(driver.getPageSource()).contains("papers that use this technique");
        driver.findElement(By.cssSelector("a[href='/concept/cutout']")).click();
        wait.until(ExpectedConditions.urlContains("/concept/cutout"));
        assertThat(driver.findElement(By.cssSelector(".hierarchy")).getText()).contains("data augmentation");
    }

    @Test
    void theTreemapLinksToConceptPagesThatDrawTheirTrend(ServeFixture.Served s) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(s.url("/browse/techniques"));
        WebElement treemap = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.treemap svg")));
        assertThat(treemap.getSize().getWidth()).isGreaterThan(300);
        assertThat(treemap.findElements(By.cssSelector("a rect")).size()).isGreaterThan(10);
        treemap.findElement(By.cssSelector("a[href='/concept/dropout'] rect")).click();
        wait.until(ExpectedConditions.urlContains("/concept/dropout"));
        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.trend-chart svg")));
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        // the bundled corpus has no years: the chart says so instead of drawing nothing
        assertThat(chart.getText()).contains("year of publication").contains("no papers with a year");
        driver.findElement(By.partialLinkText("Compare this concept")).click();
        wait.until(ExpectedConditions.urlContains("/trends?concept=dropout"));
        WebElement compare = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.trend-chart svg")));
        assertThat(compare.findElements(By.cssSelector("g.legend a"))).hasSize(1);
        assertThat(compare.getText()).contains("dropout");
    }
}
