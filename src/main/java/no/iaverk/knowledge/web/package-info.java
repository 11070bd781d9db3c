@NullMarked
package no.iaverk.knowledge.web;

import org.jspecify.annotations.NullMarked;
