package no.iaverk.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.iaverk.BrowserSupport;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaborations;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A participant on a phone-sized screen: types the code, joins, answers the open theme, changes an answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Surveys surveys;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    WebDriver phone;
    Survey survey;

    @BeforeEach
    void aRunningSurveyAndAPhone() {
        BrowserSupport.requireBrowser();
        var fixture = SurveyFixture.create(jdbc, registerImport, cases, collaborations);
        Survey created = surveys.create(
                fixture.caseId(), fixture.collaborationId(), SurveyType.NEEDS_ASSESSMENT, SurveyFixture.OWNER);
        surveys.start(created.id(), SurveyFixture.OWNER);
        survey = surveys.openTheme(created.id(), created.themes().get(0).id(), SurveyFixture.OWNER);
        phone = BrowserSupport.open();
        phone.manage().window().setSize(new Dimension(375, 740));
    }

    @AfterEach
    void closePhone() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void a_participant_joins_on_a_phone_and_answers_the_open_theme() {
        var wait = new WebDriverWait(phone, Duration.ofSeconds(20));
        phone.get("http://localhost:" + port + "/s");
        phone.findElement(By.id("kode")).sendKeys(survey.joinCode().toLowerCase());
        phone.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("join"))).click();

        for (int i = 0; i < 5; i++) {
            WebElement legend = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("legend")));
            assertThat(legend.getText()).isNotBlank();
            List<WebElement> options = phone.findElements(By.cssSelector("label.option"));
            assertThat(options.get(0).getRect().getWidth()).as("fits the phone").isLessThanOrEqualTo(375);
            options.get(i % 2).click();
            phone.findElement(By.id("answer")).click();
            wait.until(ExpectedConditions.stalenessOf(legend));
        }
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")))
                        .getText())
                .contains("Takk");
        assertThat(jdbc.sql("select count(*) from survey_answer where survey_id = :id")
                        .param("id", survey.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);

        phone.findElements(By.linkText("Endre")).get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("label.option")))
                .click();
        phone.findElement(By.id("answer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        assertThat(jdbc.sql("select count(*) from survey_answer where survey_id = :id")
                        .param("id", survey.id())
                        .query(Long.class)
                        .single())
                .as("changed, not added")
                .isEqualTo(5);
    }
}
