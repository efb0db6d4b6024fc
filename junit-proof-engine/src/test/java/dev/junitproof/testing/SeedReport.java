package dev.junitproof.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares a rendered report with the sample a seed document prints. The seeds were exported from rendered pages
 * and lost their indentation and column alignment, so lines are compared with runs of white space collapsed.
 * A seed line that starts with "..." stands for lines the seed elides (any number, none included); a
 * {@code <placeholder>} in a seed line matches any text. Everything else must match in order, line for line.
 */
public final class SeedReport {

    private SeedReport() {
    }

    /** Empty when the report reproduces the seed sample; otherwise where it first departs from it. */
    public static String mismatch(String seedSample, String rendered) {
        List<String> seed = normalized(seedSample);
        List<String> actual = normalized(rendered);
        int a = 0;
        for (int s = 0; s < seed.size(); s++) {
            String expected = seed.get(s);
            if (expected.startsWith("...")) {
                if (s + 1 == seed.size()) {
                    return "";
                }
                Pattern next = pattern(seed.get(s + 1));
                while (a < actual.size() && !next.matcher(actual.get(a)).matches()) {
                    a++;
                }
                continue;
            }
            if (a >= actual.size()) {
                return "seed line " + (s + 1) + " \"" + expected + "\" has no counterpart (report ended)";
            }
            if (!pattern(expected).matcher(actual.get(a)).matches()) {
                return "seed line " + (s + 1) + " \"" + expected + "\" vs report line \"" + actual.get(a) + "\"";
            }
            a++;
        }
        return a == actual.size() ? "" : "report continues after the seed sample ends: \"" + actual.get(a) + "\"";
    }

    private static List<String> normalized(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String collapsed = line.strip().replaceAll("\\s+", " ");
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }

    private static Pattern pattern(String seedLine) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < seedLine.length()) {
            int open = seedLine.indexOf('<', i);
            int close = open < 0 ? -1 : seedLine.indexOf('>', open);
            boolean placeholder = open >= 0 && close > open && seedLine.substring(open + 1, close).matches("[A-Za-z:_ -]+");
            if (!placeholder) {
                regex.append(Pattern.quote(seedLine.substring(i)));
                break;
            }
            regex.append(Pattern.quote(seedLine.substring(i, open))).append(".+");
            i = close + 1;
        }
        return Pattern.compile(regex.toString());
    }
}
