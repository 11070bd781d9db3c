/**
 * Randomised trials of forms of assistance: design, a frozen list of eligible legal units, concealed stratified
 * allocation (permuted blocks from a sealed secret, its digest published at start, revealed at close), and enrolment
 * that starts or links the enterprise's case. The statistical analysis lives in {@code trials.analysis}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // enrolment starts (background TRIAL) or links the enterprise's case through Cases
            "prioritization", // eligibility is a call list: its filters, rule sets and the whole list's workplaces
            "reference", // the design form's county and industry programme choices
            "security", // the current user, roles, the audit log of enrolments and reveals
            "shared", // value types, domain exceptions
        })
package no.iaverk.trials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
