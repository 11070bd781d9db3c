package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's trial runs, among willing enterprises, with enterprises enrolled in both arms through the services. */
@IntegrationTest
class DemoTrialTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DemoTrial demoTrial;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_trial_runs_with_enterprises_enrolled_in_both_arms_and_one_departing_from_its_arm() {
        DemoFixture.load(context);
        jdbc.sql("truncate trial, trial_arm, trial_eligible, trial_unit, trial_stratum, trial_sealed, trial_slot,"
                        + " trial_allocation, case_trial cascade")
                .update();

        int enrolled = demoTrial.create();

        assertThat(enrolled).isGreaterThanOrEqualTo(DemoTrial.ENROLLED);
        assertThat(jdbc.sql("select design || ' ' || status from trial")
                        .query(String.class)
                        .single())
                .isEqualTo("AMONG_WILLING RUNNING");
        assertThat(jdbc.sql("select count(distinct arm_code) from trial_allocation")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from case_trial")
                        .query(Integer.class)
                        .single())
                .isEqualTo(enrolled);
        assertThat(jdbc.sql("select count(*) from collaboration where trial_arm is not null")
                        .query(Integer.class)
                        .single())
                .isEqualTo(DemoTrial.ENROLLED / 2);
        assertThat(jdbc.sql("""
                        select count(*) from activity a join collaboration l on l.id = a.collaboration_id
                        where l.trial_arm = 'DIGITAL' and a.channel = 'PHYSICAL_MEETING'
                        """).query(Integer.class).single())
                .as("one digital-arm enterprise met in person")
                .isLessThanOrEqualTo(1);
    }
}
