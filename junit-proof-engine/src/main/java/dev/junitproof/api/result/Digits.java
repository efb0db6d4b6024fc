package dev.junitproof.api.result;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How a number is printed: a fixed number of decimals, with or without thousands separators, the same on every
 * machine (no locale). {@code new Digits(1, false)} prints {@code 24.1}; {@code new Digits(0, true)} prints
 * {@code 5,000}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Digits(int decimals, boolean grouping) {

    public static final Digits INTEGER = new Digits(0, false);
    public static final Digits GROUPED = new Digits(0, true);

    /** Most decimals {@link Measurement#against} adds to show why a figure failed. */
    static final int MAX_DECIMALS = 12;

    public Digits {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0.." + MAX_DECIMALS + ", found " + decimals);
        }
    }

    public static Digits decimals(int decimals) {
        return new Digits(decimals, false);
    }

    public Digits withDecimals(int more) {
        return new Digits(more, grouping);
    }

    /** The number as printed; infinite and NaN values print as Java names them. */
    public String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        DecimalFormat format = new DecimalFormat(pattern(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The printed number read back: what a reader sees, to compare with a target as they would. */
    double shown(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private String pattern() {
        String integer = grouping ? "#,##0" : "0";
        return decimals == 0 ? integer : integer + "." + "0".repeat(decimals);
    }
}
