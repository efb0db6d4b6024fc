package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** How a target compares a measured figure with its value; {@link #symbol()} is what reports print. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Comparator {
    AT_MOST("<="),
    AT_LEAST(">="),
    EQUAL_TO("="),
    LESS_THAN("<"),
    GREATER_THAN(">");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code measured} meets a target of {@code value}; NaN never does. */
    public boolean holds(double measured, double value) {
        if (Double.isNaN(measured) || Double.isNaN(value)) {
            return false;
        }
        return switch (this) {
            case AT_MOST -> measured <= value;
            case AT_LEAST -> measured >= value;
            case EQUAL_TO -> measured == value;
            case LESS_THAN -> measured < value;
            case GREATER_THAN -> measured > value;
        };
    }
}
