@NullMarked
package no.iaverk.knowledge.internal;

import org.jspecify.annotations.NullMarked;
