package dev.junitproof.engine;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outcomes in plan order, looked up by id. */
final class RecordedOutcomes implements Outcomes {

    private final Map<String, CheckOutcome> byId = new LinkedHashMap<>();

    RecordedOutcomes(List<CheckOutcome> outcomes) {
        for (CheckOutcome outcome : outcomes) {
            byId.put(outcome.id(), outcome);
        }
    }

    @Override
    public Optional<CheckOutcome> find(String checkId) {
        return Optional.ofNullable(byId.get(checkId));
    }

    @Override
    public List<CheckOutcome> all() {
        return List.copyOf(byId.values());
    }
}
