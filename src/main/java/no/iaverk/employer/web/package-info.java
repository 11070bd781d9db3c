@NullMarked
package no.iaverk.employer.web;

import org.jspecify.annotations.NullMarked;
