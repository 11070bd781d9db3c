package no.iaverk.surveys;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where answers are kept. While a survey runs, {@code survey_answer} keys them by the participant's session, so an
 * answer can be changed. When the survey ends they are sealed: moved to {@code survey_response} under a fresh random
 * respondent key per former session, in a random order, in one transaction; then {@code survey_answer} and
 * {@code survey_participant} are truncated and refilled with the running surveys' rows. After that no live or dead row
 * of either table carries the survey's session ids, its answers' order or its changed answers' old choices, and
 * {@code survey_response} rows share one transaction id. The WAL and backups keep older data for their retention time
 * (docs/privacy.md).
 */
@Component
class SealedAnswers {

    /** Every answer wherever it is kept, with the session or the respondent key as {@code respondent}. */
    static final String ALL = """
            (select survey_id, session_id as respondent, question_id, option_ids from survey_answer
             union all
             select survey_id, respondent, question_id, option_ids from survey_response)""";

    private final JdbcClient jdbc;

    SealedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the session-keyed tables against every other reader and writer until the transaction ends. Taken before the
     * transaction reads them, in the order participants' requests take them (participants, then answers), so two
     * sealings, or a sealing and an answer, queue up instead of deadlocking. An answer waiting for the lock goes into
     * the refilled table afterwards; none is lost.
     */
    void lock() {
        jdbc.sql("lock table survey_participant, survey_answer in access exclusive mode")
                .update();
    }

    /**
     * Seals the answers of surveys that have just ended (call {@link #lock()} first, and end them, in the same
     * transaction). Only the rows of surveys still running are kept in the session-keyed tables, which also clears a
     * session that joined an ended survey in the moment it ended.
     */
    void seal(Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return;
        }
        Long[] ids = surveyIds.toArray(Long[]::new);
        jdbc.sql("""
                update survey s set participants = (select count(*) from survey_participant p where p.survey_id = s.id)
                where s.id = any(:ids)
                """).param("ids", ids).update();
        // The session → respondent mapping exists only inside this statement. gen_random_uuid() is a cryptographic
        // random source, both for the keys and for the order the rows are written in.
        jdbc.sql("""
                insert into survey_response (survey_id, respondent, question_id, option_ids)
                with respondents as materialized (
                    select survey_id, session_id, gen_random_uuid() as respondent
                    from survey_participant where survey_id = any(:ids)
                )
                select a.survey_id, r.respondent, a.question_id, a.option_ids
                from survey_answer a join respondents r on r.survey_id = a.survey_id and r.session_id = a.session_id
                order by gen_random_uuid()
                """).param("ids", ids).update();
        // Deleting would leave dead rows (session ids, transaction ids in answering order, old choices) until a vacuum,
        // and even a vacuum leaves their bytes in the pages. Truncate gives both tables new, empty files instead.
        jdbc.sql("create temp table if not exists kept_participant (like survey_participant) on commit drop")
                .update();
        jdbc.sql("create temp table if not exists kept_answer (like survey_answer) on commit drop")
                .update();
        jdbc.sql("truncate kept_participant, kept_answer").update();
        jdbc.sql("""
                insert into kept_participant select * from survey_participant
                where survey_id in (select id from survey where status = 'STARTED')
                """).update();
        jdbc.sql("""
                insert into kept_answer select * from survey_answer
                where survey_id in (select id from survey where status = 'STARTED')
                """).update();
        jdbc.sql("truncate survey_answer, survey_participant").update();
        jdbc.sql("insert into survey_participant select * from kept_participant")
                .update();
        jdbc.sql("insert into survey_answer select * from kept_answer").update();
    }
}
