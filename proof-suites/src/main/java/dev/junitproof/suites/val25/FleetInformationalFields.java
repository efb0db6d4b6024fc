package dev.junitproof.suites.val25;

import dev.junitproof.api.suite.InformationalField;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence fields VAL25 reads and judges nowhere, each with the reason (evidence mutation testing leaves them
 * apart; the README lists them). Every other field of VAL07–VAL11 decides some outcome.
 *
 * <p>Array entries are named by position where a field of some entries is judged and the same field of others is
 * not (VAL08's tiers, VAL11's check names): positions are those of the lab's own order (tiers by ascending n, checks
 * by id), which is how the contract lists them; the checks themselves find each entry by its n or id, never by
 * position.
 */
final class FleetInformationalFields {

    private static final String ALL_SLICES = "val*-report.json";

    private FleetInformationalFields() {
    }

    static List<InformationalField> all() {
        List<InformationalField> fields = new ArrayList<>();
        fields.add(new InformationalField(ALL_SLICES, "/title",
                "the lab's title for its own report; the report prints the seed's slice names"));
        fields.add(new InformationalField(ALL_SLICES, "/checks/*/detail",
                "free text the lab may add to a check (contract: optional); printed as the check's detail, never judged"));
        for (String file : List.of("val07-report.json", "val08-report.json", "val09-report.json", "val10-report.json")) {
            fields.add(new InformationalField(file, "/checks/*/name",
                    "a label, shown as the test's name: the contract fixes checks by id, and this slice's ids carry the meaning"));
        }
        // VAL11-03 (third in id order) must be data_durability_post_restart (contract): VAL25-09 judges that name.
        for (int i = 0; i < FleetSlices.VAL11.expectedChecks(); i++) {
            if (i != 2) {
                fields.add(new InformationalField("val11-report.json", "/checks/" + i + "/name",
                        "a label, shown as the test's name: of VAL11's check names only VAL11-03's is judged (VAL25-09)"));
            }
        }
        fields.add(new InformationalField("val08-report.json", "/tiers/0/wall_ms",
                "the N=1 tier's wall time: the seed targets the N=100 wall only"));
        for (int i : new int[] {1, 2}) {
            fields.add(new InformationalField("val08-report.json", "/tiers/" + i + "/wall_ms",
                    "an N=10/N=50 tier's wall time: the seed targets the N=100 wall only"));
            fields.add(new InformationalField("val08-report.json", "/tiers/" + i + "/plans_per_sec",
                    "an N=10/N=50 tier's throughput: linear scaling is explicitly not a target (SQLite single writer); "
                            + "only N=100 >= N=1 is judged"));
        }
        fields.add(new InformationalField("val09-report.json", "/config/**",
                "VAL09's threshold and injection sleep: the seed prints them and gives them no target; "
                        + "VAL09's own ten checks judge stuck detection (VAL25-03)"));
        fields.add(new InformationalField("val09-report.json", "/scans/**",
                "VAL09's scan counts: the seed prints them and gives them no target; "
                        + "VAL09's own ten checks judge stuck detection (VAL25-03)"));
        return List.copyOf(fields);
    }
}
