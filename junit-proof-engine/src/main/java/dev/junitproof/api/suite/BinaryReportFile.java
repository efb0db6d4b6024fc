package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A binary file written next to the reports, e.g. a chart: a relative file name, its media type (for report tools
 * such as Allure) and its bytes. The bytes are copied in and out, so a file handed to the engine cannot change
 * after the fact.
 */
@API(status = STABLE, since = "0.1")
public record BinaryReportFile(String name, String mediaType, byte[] content) {

    public static final String PNG = "image/png";

    public BinaryReportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryReportFile that && name.equals(that.name) && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "BinaryReportFile[" + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
