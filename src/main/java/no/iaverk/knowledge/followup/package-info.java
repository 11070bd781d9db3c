/**
 * The follow-up timeline: the dated duties of employer, employee, doctor and NAV after an employee's first sick day,
 * computed on request from the rules in {@code knowledge_follow_up_rule} (V35) and never stored. Rules are dated data with a
 * source each (or marked «kilde ikke verifisert»), edited by admins.
 */
@NullMarked
package no.iaverk.knowledge.followup;

import org.jspecify.annotations.NullMarked;
