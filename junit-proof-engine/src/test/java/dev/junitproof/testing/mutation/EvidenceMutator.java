package dev.junitproof.testing.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.Comparator;
import dev.junitproof.api.result.Target;
import dev.junitproof.testing.mutation.Mutation.Expect;
import dev.junitproof.testing.mutation.Mutation.Kind;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The generic mutations of good evidence, the way PIT mutates code: every field of every JSON file removed and
 * given another type, every string changed, every number moved (past its target in the failing direction, exactly
 * onto it, or by one where no target applies), every array's entries duplicated, appended with a failing status,
 * removed and swapped. A suite's test adds the mutations only it can state ({@link Mutation#custom}) and says which
 * files to walk; the targets come from the suite's own typed targets, by JSON pointer.
 */
public final class EvidenceMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How far past a non-integer target a figure is moved: beyond any rounding tolerance a check may allow. */
    private static final double PAST = 1e-6;

    private final EvidenceSet baseline;
    private final Map<Pattern, Target> targets = new LinkedHashMap<>();
    private Predicate<String> files = name -> true;

    private EvidenceMutator(EvidenceSet baseline) {
        this.baseline = baseline;
    }

    public static EvidenceMutator of(EvidenceSet baseline) {
        return new EvidenceMutator(baseline);
    }

    /** The JSON files to walk (by path relative to the root); all by default. */
    public EvidenceMutator files(Predicate<String> include) {
        this.files = include;
        return this;
    }

    /**
     * The target that judges the figures at {@code pointer} ({@code *} matches one segment) in every walked file:
     * they are moved past it and onto it instead of by one.
     */
    public EvidenceMutator target(String pointer, Target target) {
        targets.put(Pattern.compile(pointer.replace("*", "[^/]+")), target);
        return this;
    }

    /** Every generic mutation of the walked files, in file and field order. */
    public List<Mutation> mutations() {
        List<Mutation> out = new ArrayList<>();
        for (String file : baseline.jsonFiles()) {
            if (files.test(file)) {
                walk(file, "", baseline.json(file), out);
            }
        }
        return out;
    }

    private void walk(String file, String pointer, JsonNode node, List<Mutation> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + escape(field.getKey());
                out.add(change(file, child, Kind.FIELD_REMOVED, child + " removed", Expect.CHANGE, tree -> remove(tree, child)));
                leaf(file, child, field.getValue(), out);
                walk(file, child, field.getValue(), out);
            }
        } else if (node.isArray()) {
            array(file, pointer, (ArrayNode) node, out);
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                leaf(file, child, node.get(i), out);
                walk(file, child, node.get(i), out);
            }
        }
    }

    /** Type changes, and the value changes of strings, numbers and booleans. */
    private void leaf(String file, String pointer, JsonNode value, List<Mutation> out) {
        for (JsonNode other : otherTypes(value)) {
            out.add(change(file, pointer, Kind.TYPE_CHANGED, pointer + " " + brief(value) + " -> " + other, Expect.CHANGE,
                    tree -> replace(tree, pointer, other)));
        }
        if (value.isTextual()) {
            JsonNode changed = NODES.textNode(value.asText().equals("PASS") ? "FAIL"
                    : value.asText().equals("FAIL") ? "PASS" : value.asText() + "-mutated");
            out.add(change(file, pointer, Kind.STRING_CHANGED, pointer + " " + brief(value) + " -> " + changed,
                    Expect.CHANGE, tree -> replace(tree, pointer, changed)));
        } else if (value.isBoolean()) {
            JsonNode flipped = NODES.booleanNode(!value.asBoolean());
            out.add(change(file, pointer, Kind.STRING_CHANGED, pointer + " " + value + " -> " + flipped, Expect.CHANGE,
                    tree -> replace(tree, pointer, flipped)));
        } else if (value.isNumber()) {
            number(file, pointer, value, out);
        }
    }

    private void number(String file, String pointer, JsonNode value, List<Mutation> out) {
        double v = value.asDouble();
        Target target = targetOf(pointer);
        boolean integral = value.isIntegralNumber();
        if (target == null) {
            List<JsonNode> moved = integral
                    ? List.of(NODES.numberNode(value.asLong() + 1), NODES.numberNode(value.asLong() - 1))
                    : List.of(NODES.numberNode(v + 1), NODES.numberNode(v == 0 ? 0.5 : v / 2));
            for (JsonNode m : moved) {
                out.add(change(file, pointer, Kind.NUMBER_SHIFTED, pointer + " " + value + " -> " + m, Expect.CHANGE,
                        tree -> replace(tree, pointer, m)));
            }
            return;
        }
        double t = target.value();
        boolean wholeTarget = t == Math.rint(t);
        double step = integral && wholeTarget ? 1 : PAST;
        List<Double> past = switch (target.comparator()) {
            case AT_MOST, LESS_THAN -> List.of(t + step);
            case AT_LEAST, GREATER_THAN -> List.of(t - step);
            case EQUAL_TO -> List.of(t + step, t - step);
        };
        for (double p : past) {
            JsonNode m = integral && wholeTarget ? NODES.numberNode((long) p) : NODES.numberNode(p);
            out.add(change(file, pointer, Kind.NUMBER_PAST_TARGET, pointer + " " + value + " -> " + m + " (past "
                    + target.text() + ")", Expect.CHANGE, tree -> replace(tree, pointer, m)));
        }
        boolean inclusive = target.comparator() != Comparator.LESS_THAN && target.comparator() != Comparator.GREATER_THAN;
        boolean metNow = target.accepts(v);
        JsonNode onto = integral && wholeTarget ? NODES.numberNode((long) t) : NODES.numberNode(t);
        if (v != t) {
            // Onto an inclusive target still meets it: nothing may change, or the check is stricter than its target.
            out.add(change(file, pointer, Kind.NUMBER_ONTO_TARGET, pointer + " " + value + " -> " + onto + " (onto "
                    + target.text() + ")", metNow && inclusive ? Expect.SAME : Expect.CHANGE,
                    tree -> replace(tree, pointer, onto)));
        }
    }

    private Target targetOf(String pointer) {
        for (Map.Entry<Pattern, Target> t : targets.entrySet()) {
            if (t.getKey().matcher(pointer).matches()) {
                return t.getValue();
            }
        }
        return null;
    }

    /** Entries duplicated, an extra one with a failing status appended, the last removed, first and last swapped. */
    private void array(String file, String pointer, ArrayNode array, List<Mutation> out) {
        if (array.isEmpty()) {
            return;
        }
        JsonNode first = array.get(0);
        out.add(change(file, pointer, Kind.ENTRY_DUPLICATED, pointer + "/0 appended again", Expect.CHANGE,
                tree -> append(tree, pointer, first.deepCopy())));
        JsonNode extra = failing(array.get(array.size() - 1).deepCopy(), array.size());
        out.add(change(file, pointer, Kind.ENTRY_APPENDED, pointer + " + " + brief(extra), Expect.CHANGE,
                tree -> append(tree, pointer, extra)));
        int last = array.size() - 1;
        out.add(change(file, pointer, Kind.ENTRY_REMOVED, pointer + "/" + last + " removed", Expect.CHANGE,
                tree -> removeEntry(tree, pointer, last)));
        if (array.size() > 1 && !array.get(0).equals(array.get(last))) {
            out.add(change(file, pointer, Kind.ENTRIES_SWAPPED, pointer + "/0 and /" + last + " swapped", Expect.CHANGE,
                    tree -> swap(tree, pointer, 0, last)));
        }
    }

    /**
     * An entry the seed does not name: a copy of the last with every status a failing one and every name-like
     * field made new, so it collides with nothing and can only be noticed by a check that judges the array whole.
     */
    static JsonNode failing(JsonNode entry, int index) {
        if (entry.isObject()) {
            ObjectNode object = (ObjectNode) entry;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && List.of("result", "status", "classified").contains(key)) {
                    object.put(key, "FAIL");
                } else if (value.isTextual() && List.of("id", "name", "type", "tier", "check", "n").contains(key)) {
                    object.put(key, value.asText() + "-extra-" + index);
                } else if (value.isIntegralNumber() && List.of("n", "round").contains(key)) {
                    object.put(key, value.asLong() + 1000);
                }
            }
            return object;
        }
        if (entry.isTextual()) {
            return NODES.textNode(entry.asText() + "-extra-" + index);
        }
        if (entry.isNumber()) {
            return NODES.numberNode(entry.asDouble() + 1000);
        }
        return entry;
    }

    private static List<JsonNode> otherTypes(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (!value.isNull()) {
            out.add(NODES.nullNode());
        }
        if (!value.isTextual()) {
            out.add(NODES.textNode(value.isContainerNode() ? "text" : value.asText()));
        }
        if (!value.isNumber() && !value.isContainerNode()) {
            out.add(NODES.numberNode(7));
        }
        if (value.isNumber() || value.isTextual()) {
            out.add(NODES.booleanNode(true));
        }
        if (value.isObject()) {
            out.add(NODES.arrayNode());
        }
        if (value.isArray()) {
            out.add(NODES.objectNode());
        }
        return out;
    }

    private Mutation change(String file, String pointer, Kind kind, String description, Expect expect,
            UnaryOperator<JsonNode> edit) {
        return new Mutation(file, pointer, kind, description, expect, set -> set.withJson(file, edit.apply(set.json(file))));
    }

    static JsonNode remove(JsonNode tree, String pointer) {
        JsonNode parent = tree.at(parentOf(pointer));
        ((ObjectNode) parent).remove(unescape(lastOf(pointer)));
        return tree;
    }

    static JsonNode replace(JsonNode tree, String pointer, JsonNode value) {
        JsonNode parent = tree.at(parentOf(pointer));
        String last = unescape(lastOf(pointer));
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value.deepCopy());
        } else {
            ((ObjectNode) parent).set(last, value.deepCopy());
        }
        return tree;
    }

    private static JsonNode append(JsonNode tree, String pointer, JsonNode entry) {
        ((ArrayNode) tree.at(pointer)).add(entry.deepCopy());
        return tree;
    }

    private static JsonNode removeEntry(JsonNode tree, String pointer, int index) {
        ((ArrayNode) tree.at(pointer)).remove(index);
        return tree;
    }

    private static JsonNode swap(JsonNode tree, String pointer, int a, int b) {
        ArrayNode array = (ArrayNode) tree.at(pointer);
        JsonNode first = array.get(a);
        array.set(a, array.get(b));
        array.set(b, first);
        return tree;
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String lastOf(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
