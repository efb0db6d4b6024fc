package dev.junitproof.engine;

import java.nio.file.Path;

/**
 * Child-process main for {@link CrashSafeOutputTest}: rewrites one report forever, alternating two complete
 * contents, and says when it has started so the parent can kill it mid-stream.
 */
public final class CrashSafeWriting {

    private CrashSafeWriting() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String a = CrashSafeOutputTest.content('a');
        String b = CrashSafeOutputTest.content('b');
        for (long i = 0; ; i++) {
            AtomicFiles.write(target, i % 2 == 0 ? a : b);
            if (i == 3) {
                System.out.println("writing");
                System.out.flush();
            }
        }
    }
}
