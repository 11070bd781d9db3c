@NullMarked
package no.iaverk;

import org.jspecify.annotations.NullMarked;
