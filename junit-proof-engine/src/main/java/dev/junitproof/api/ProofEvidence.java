package dev.junitproof.api;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Marks an anchor class: the one class a consumer project adds so that Maven Surefire (which hands engines the
 * test classes it scans) and IDEs run the proofs. The proof engine resolves the class to the evidence it names;
 * the configuration parameter {@code proof.evidence} (e.g. {@code mvn test -Dproof.evidence=DIR}) overrides it.
 *
 * <pre>{@code
 * @ProofEvidence("evidence")
 * class ProofTest {
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProofEvidence {

    /** Evidence directories or evidence roots, relative to the working directory. */
    String[] value() default {};
}
