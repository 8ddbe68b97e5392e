package org.oscetrainer.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * axe-core (Deque, MPL-2.0, vendored from the npm package under src/test/resources/axe with its
 * licences) run in a Playwright page against the WCAG 2.1 A and AA rules, which RGAA 4.1 follows.
 * The script is injected into the page itself, so the check sees what a screen reader would: the
 * rendered DOM with Vaadin's open shadow roots and overlays.
 */
final class Axe {

    /** The rule sets of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The impacts that fail a view. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String SOURCE = load("/axe/axe.min.js");

    /** One rule broken by one or more elements: the rule's id, its impact, what it asks and where. */
    record Violation(String id, String impact, String help, List<String> targets) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + String.join(" | ", targets.stream().limit(5).toList())
                    + (targets.size() > 5 ? " and " + (targets.size() - 5) + " more" : "");
        }
    }

    private Axe() {
    }

    /** Every WCAG 2.1 A/AA violation on the page as it is now (open overlays included). */
    @SuppressWarnings("unchecked")
    static List<Violation> check(Page page) {
        Browser.waitForVaadin(page);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        var found = (List<Map<String, Object>>) page.evaluate("tags => axe.run(document, {"
                + " runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'] })"
                + ".then(r => r.violations.map(v => ({ id: v.id, impact: v.impact || 'minor', help: v.help,"
                + "   targets: v.nodes.map(n => JSON.stringify(n.target)) })))", TAGS);
        return found.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                (List<String>) v.get("targets"))).toList();
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
