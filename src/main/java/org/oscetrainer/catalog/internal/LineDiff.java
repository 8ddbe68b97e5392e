package org.oscetrainer.catalog.internal;

import java.util.ArrayList;
import java.util.List;

/** A readable line diff (longest common subsequence): each line kept, added or removed. */
public final class LineDiff {

    /** One line of a diff: {@code ' '} kept, {@code '+'} added, {@code '-'} removed. */
    public record Line(char change, String text) {

        @Override
        public String toString() {
            return change + " " + text;
        }
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(' ', a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line('-', a[i++]));
            } else {
                lines.add(new Line('+', b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line('-', a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line('+', b[j++]));
        }
        return lines;
    }

    /** Only the changed lines with {@code context} unchanged lines around each change. */
    public static List<Line> changesOnly(List<Line> diff, int context) {
        List<Line> out = new ArrayList<>();
        int lastKept = -1;
        for (int k = 0; k < diff.size(); k++) {
            boolean near = false;
            for (int d = Math.max(0, k - context); d <= Math.min(diff.size() - 1, k + context) && !near; d++) {
                near = diff.get(d).change() != ' ';
            }
            if (near) {
                if (lastKept >= 0 && k - lastKept > 1) {
                    out.add(new Line('~', "…"));
                }
                out.add(diff.get(k));
                lastKept = k;
            }
        }
        return out;
    }
}
