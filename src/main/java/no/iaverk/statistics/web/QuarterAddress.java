package no.iaverk.statistics.web;

import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.Quarter;

/** A quarter named in an address (…/{year}/{quarter}/…), as the API and the admin page both take it. */
final class QuarterAddress {

    private QuarterAddress() {}

    static Quarter of(int year, int quarter) {
        try {
            return Quarter.of(year, quarter);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
