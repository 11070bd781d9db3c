package no.iaverk.security;

import java.util.List;

/** A NAV unit that gives IA assistance (an arbeidslivssenter) and the counties it serves. */
public record NavUnit(String code, String name, List<String> countyNumbers) {}
