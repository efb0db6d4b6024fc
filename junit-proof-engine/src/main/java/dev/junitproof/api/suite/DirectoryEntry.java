package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.time.Instant;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One entry of an evidence directory listing.
 *
 * @param name          the entry's file name
 * @param path          the entry's path relative to the evidence unit
 * @param directory     whether it is a directory (after following links that stay inside the root)
 * @param lastModified  modification time from the file system (evidence, not the wall clock)
 * @param outsideRoot   a link that resolves outside the evidence root; such an entry is never read
 */
@API(status = STABLE, since = "0.1")
public record DirectoryEntry(String name, String path, boolean directory, Instant lastModified, boolean outsideRoot) {
}
