package org.oscetrainer.catalog.internal;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds where a field is in a YAML source, for messages with a line and a column: a path such as
 * {@code facts[3].ask} points at that value, or at the nearest parent that exists.
 */
final class YamlLocator {

    private final Node root;

    YamlLocator(String source) {
        Node composed;
        try {
            composed = new Yaml(new LoaderOptions()).compose(new StringReader(source));
        } catch (RuntimeException e) {
            composed = null;
        }
        this.root = composed;
    }

    /** {line, column}, 1-based; {0, 0} when the source could not be read. */
    int[] locate(String path) {
        if (root == null) {
            return new int[] {0, 0};
        }
        Node node = root;
        Mark mark = root.getStartMark();
        for (String step : path.split("\\.")) {
            String key = step;
            Integer index = null;
            int bracket = step.indexOf('[');
            if (bracket >= 0) {
                key = step.substring(0, bracket);
                index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
            }
            if (!key.isEmpty()) {
                NodeTuple tuple = child(node, key);
                if (tuple == null) {
                    break;
                }
                mark = tuple.getKeyNode().getStartMark();
                node = tuple.getValueNode();
            }
            if (index != null) {
                if (!(node instanceof SequenceNode seq) || index >= seq.getValue().size()) {
                    break;
                }
                node = seq.getValue().get(index);
                mark = node.getStartMark();
            }
        }
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }

    private static NodeTuple child(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return tuple;
                }
            }
        }
        return null;
    }
}
