package dev.junitproof.bench;

import dev.junitproof.suites.val24.BenchSoaks;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * VAL24 evaluation, warm, inside the JVM: one whole proof run (discovery, reading every round file, the ten
 * checks, readiness, the report files and the daily documents into a temp output directory) over a soak the
 * suites' own fixture generator wrote, with the seed's shape stretched to {@code rounds}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class Val24Bench {

    @Param({"1440", "17520"})
    public int rounds;

    private Path temp;
    private Path out;
    private DiscoverySelector soak;
    private Launcher launcher;

    @Setup(Level.Trial)
    public void writeSoak() throws IOException {
        temp = Files.createTempDirectory("val24-bench-");
        out = temp.resolve("out");
        soak = DiscoverySelectors.selectDirectory(BenchSoaks.writeSoak(temp.resolve("evidence"), rounds).toFile());
        launcher = LauncherFactory.create();
        Runs.Counts first = Runs.run(launcher, soak, out, Map.of());
        // The generated soak is complete and clean: every VAL24 check passes, so the benchmark times a real pass.
        if (first.failed != 0 || first.passed == 0) {
            throw new IllegalStateException("VAL24 over " + rounds + " rounds: " + first);
        }
    }

    @Benchmark
    public int evaluate() {
        return Runs.run(launcher, soak, out, Map.of()).total();
    }

    @TearDown(Level.Trial)
    public void deleteSoak() {
        Runs.delete(temp);
    }
}
