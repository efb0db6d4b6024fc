package dev.junitproof.bench;

import dev.junitproof.suites.val24.BenchSoaks;

import java.nio.file.Path;

/**
 * Evidence for bench.sh: {@code val24 ROUNDS DIR} writes DIR/val24-relay-soak-2026-03-01/ (the suites' SoakFixture);
 * {@code demo COUNT DIR} writes COUNT demo-lab-DATE/ directories under DIR.
 */
public final class GenerateEvidence {

    private GenerateEvidence() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: GenerateEvidence val24 ROUNDS DIR | demo COUNT DIR");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        switch (args[0]) {
            case "val24" -> System.out.println(BenchSoaks.writeSoak(dir, n));
            case "demo" -> System.out.println(DemoUnits.writeUnits(dir, n));
            default -> {
                System.err.println("unknown kind: " + args[0]);
                System.exit(2);
            }
        }
    }
}
