package dev.junitproof.cli;

import dev.junitproof.engine.attest.AttestationTool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hands an attestation command to {@link AttestationTool}, which does the work; builds its argument list. */
final class AttestationArguments {

    private final List<String> args = new ArrayList<>();

    AttestationArguments(String command, Object... operands) {
        args.add(command);
        for (Object operand : operands) {
            args.add(String.valueOf(operand));
        }
    }

    AttestationArguments option(String name, Optional<?> value) {
        value.ifPresent(v -> {
            args.add(name);
            args.add(String.valueOf(v));
        });
        return this;
    }

    int run(Terminal terminal) {
        return AttestationTool.run(args.toArray(String[]::new), terminal.out(), terminal.err());
    }
}
