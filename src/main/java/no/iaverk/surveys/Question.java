package no.iaverk.surveys;

import java.util.List;

/** The next question a participant is asked, as the participant API sends it. */
public record Question(long questionId, String text, boolean multipleChoice, List<Option> options) {

    public record Option(long id, String text) {}
}
