package no.iaverk.knowledge.followup;

/** Where a rule is stated: a file of the source reports and its lines, such as «1165, 1179-1181». */
public record RuleSource(String file, String lines) {}
