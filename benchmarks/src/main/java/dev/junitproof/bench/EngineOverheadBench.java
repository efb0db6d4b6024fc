package dev.junitproof.bench;

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
 * Engine overhead per check: {@code units} demo-lab directories (the engine test-jar's DEMO suite, three trivial
 * checks each over a 100-byte file) selected at once as one evidence root with {@code proof.discover=all}. The
 * suite's own work is next to nothing, so the time is the engine's: discovery, descriptors, execution, the
 * listener and each unit's report files. Per check = score / (3 x units); per test (checks and the two
 * readiness levels) = score / (5 x units).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class EngineOverheadBench {

    @Param({"100", "1000"})
    public int units;

    private Path temp;
    private Path out;
    private DiscoverySelector root;
    private Launcher launcher;

    @Setup(Level.Trial)
    public void writeUnits() throws IOException {
        temp = Files.createTempDirectory("engine-bench-");
        out = temp.resolve("out");
        root = DiscoverySelectors.selectDirectory(DemoUnits.writeUnits(temp.resolve("evidence"), units).toFile());
        launcher = LauncherFactory.create();
        Runs.Counts first = Runs.run(launcher, root, out, Map.of("proof.discover", "all"));
        // Per unit: the three checks pass; of the two readiness levels PARTNER passes, GA (external audit) aborts.
        if (first.failed != 0 || first.total() != units * DemoUnits.TESTS_PER_UNIT) {
            throw new IllegalStateException(units + " demo units: " + first);
        }
    }

    @Benchmark
    public int proveAll() {
        return Runs.run(launcher, root, out, Map.of("proof.discover", "all")).total();
    }

    @TearDown(Level.Trial)
    public void deleteUnits() {
        Runs.delete(temp);
    }
}
