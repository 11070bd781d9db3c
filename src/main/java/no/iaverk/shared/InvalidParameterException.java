package no.iaverk.shared;

/** One named request parameter is wrong: 400, and the problem detail names the parameter. */
public class InvalidParameterException extends InvalidRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
