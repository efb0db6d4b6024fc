package dev.junitproof.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records every event of a launcher run, in order. */
final class RecordingListener implements TestExecutionListener {

    /** One finished (or skipped) node. */
    record Finished(TestIdentifier identifier, TestExecutionResult.Status status, Throwable throwable, String skipReason) {
        UniqueId uniqueId() {
            return identifier.getUniqueIdObject();
        }
    }

    final List<Finished> finished = Collections.synchronizedList(new ArrayList<>());
    final List<TestIdentifier> registered = Collections.synchronizedList(new ArrayList<>());
    final Map<String, List<ReportEntry>> entries = Collections.synchronizedMap(new LinkedHashMap<>());

    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        registered.add(testIdentifier);
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        finished.add(new Finished(testIdentifier, null, null, reason));
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
        finished.add(new Finished(testIdentifier, result.getStatus(), result.getThrowable().orElse(null), null));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        entries.computeIfAbsent(testIdentifier.getUniqueId(), k -> Collections.synchronizedList(new ArrayList<>()))
                .add(entry);
    }
}
