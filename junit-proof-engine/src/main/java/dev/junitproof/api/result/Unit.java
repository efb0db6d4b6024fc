package dev.junitproof.api.result;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The unit a figure is measured in, as reports print it after the number ({@code ms}) and as the JSON report's
 * {@code unit} field carries it. A rate or a plain count has no symbol.
 *
 * @param symbol printed after the number, e.g. {@code ms}; empty for rates and counts
 * @param name   the JSON report's {@code unit}, e.g. {@code ms}, {@code rate}, {@code count}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Unit(String symbol, String name) {

    public static final Unit MILLISECONDS = new Unit("ms", "ms");
    public static final Unit SECONDS = new Unit("s", "s");
    /** A fraction in [0, 1], such as a success rate. */
    public static final Unit RATE = new Unit("", "rate");
    /** A number of things: rounds, segments, rows, checks. */
    public static final Unit COUNT = new Unit("", "count");

    public Unit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        symbol = symbol == null ? "" : symbol;
    }

    /** A unit whose symbol is its name, e.g. {@code plans/sec}. */
    public static Unit of(String symbol) {
        return new Unit(symbol, symbol);
    }

    /** {@code 24.1} becomes {@code 24.1 ms}; a unit without symbol leaves the number alone. */
    String after(String number) {
        return symbol.isEmpty() ? number : number + " " + symbol;
    }
}
