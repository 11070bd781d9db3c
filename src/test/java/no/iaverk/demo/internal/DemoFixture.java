package no.iaverk.demo.internal;

import java.time.Clock;
import no.iaverk.TestData;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.RegisterImport;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data as {@code mvn spring-boot:run} shows it (the demo register, generated statistics for it, the demo cases
 * with their collaborations, plans, activities and surveys), loaded into the test database for tests that look at
 * whole pages the way a person does. The assistance history is left out: its hundred-odd collaborations would stay in
 * the shared test database and enter other tests' effect estimates ({@code DemoHistoryTest} loads and removes it).
 */
public final class DemoFixture {

    private DemoFixture() {}

    public static void load(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        RegisterImport registerImport = context.getBean(RegisterImport.class);
        TestData.ensureExampleRegister(jdbc, registerImport);
        StatisticsFixtures.clear(jdbc);
        new DemoDataLoader(
                        context.getBean(EnterpriseRegister.class),
                        registerImport,
                        context.getBean(StatisticsImport.class),
                        context.getBean(DemoCases.class),
                        context.getBean(DemoHistory.class),
                        context.getBean(DemoTrial.class),
                        0,
                        context.getBean(Clock.class))
                .loadStatistics(PlantedEffect.NONE);
        jdbc.sql("""
                truncate survey_response, survey_answer, survey_participant, survey_question, survey_theme, survey,
                         ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity,
                         employer_document_opened, employer_document, employer_goal_status, employer_goal cascade
                """).update();
        context.getBean(DemoCases.class).create();
    }
}
