package org.oscetrainer.catalog.internal.agentclinic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age and sex read from an AgentClinic {@code Demographics} text such as "35-year-old female",
 * "A 6-month-old boy", "45 year old man" or "Newborn, female". {@code age} is in whole years
 * ({@code null} when not stated), {@code ageLabel} says it the way a title does ("35-year-old",
 * "8-month-old", "newborn"), {@code sex} is male, female or other (when not stated or unclear).
 */
public record Demographics(Integer age, String ageLabel, String sex) {

    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(\\d{1,3})\\s*-?\\s*(years?|yrs?|y|months?|mos?|weeks?|wks?|days?)(?:\\s*-?\\s*old)?\\b");
    private static final Pattern AGE_YO = Pattern.compile("(?i)\\b(\\d{1,3})\\s*(?:yo|y/o|y\\.o\\.)(?![a-z])");
    private static final Pattern AGED = Pattern.compile("(?i)\\bage[d]?\\s*:?\\s*(\\d{1,3})\\b");
    /** "born at 33 weeks", "33 weeks' gestation": how early the baby came, not its age. */
    private static final Pattern GESTATION = Pattern.compile("(?i)\\b(?:born\\s+(?:at|after)\\s+|(?:at|of)\\s+)?\\d{1,2}"
            + "(?:\\s*\\+\\s*\\d)?\\s*(?:weeks?|wks?)'?\\s*(?:(?:of\\s+)?gestation(?:al\\s+age)?|GA)\\b"
            + "|\\bborn\\s+(?:at|after)\\s+\\d{1,2}(?:\\s*\\+\\s*\\d)?\\s*(?:weeks?|wks?)\\b"
            + "|\\bgestational\\s+age\\s+(?:of\\s+)?\\d{1,2}\\s*(?:weeks?|wks?)\\b");
    private static final Pattern NEWBORN = Pattern.compile("(?i)\\b(newborn|neonate)\\b");
    private static final Pattern FEMALE = Pattern.compile("(?i)\\b(female|woman|girl|lady)\\b|(?<=\\d|\\s|^)F(?=[\\s,.]|$)");
    private static final Pattern MALE = Pattern.compile("(?i)\\b(male|man|boy|gentleman)\\b|(?<=\\d|\\s|^)M(?=[\\s,.]|$)");

    public static final Demographics UNKNOWN = new Demographics(null, null, "other");

    public static Demographics parse(String demographics) {
        String text = demographics;
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        Matcher gestation = GESTATION.matcher(text);
        boolean preterm = gestation.find();
        if (preterm) {
            text = gestation.replaceAll(" ");
        }
        boolean female = FEMALE.matcher(text).find();
        boolean male = MALE.matcher(text).find();
        String sex = female == male ? "other" : female ? "female" : "male";
        Matcher m = AGE.matcher(text);
        if (m.find()) {
            return withAge(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT), sex);
        }
        Integer years = firstNumber(AGE_YO, text);
        if (years == null) {
            years = firstNumber(AGED, text);
        }
        if (years != null) {
            return withAge(years, "year", sex);
        }
        if (preterm || NEWBORN.matcher(text).find()) {
            return new Demographics(0, "newborn", sex);
        }
        return new Demographics(null, null, sex);
    }

    private static Integer firstNumber(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Demographics withAge(int number, String unit, String sex) {
        String u = unit.startsWith("y") ? "year" : unit.startsWith("mo") ? "month" : unit.startsWith("w") ? "week" : "day";
        int years = switch (u) {
            case "year" -> number;
            case "month" -> number / 12;
            default -> 0;
        };
        if (years > 120) {
            return new Demographics(null, null, sex);
        }
        return new Demographics(years, number + "-" + u + "-old", sex);
    }

    /** A child, for whom a parent speaks. */
    public boolean child() {
        return age != null && age < 12;
    }

    /** "35-year-old woman", "8-month-old boy", "newborn girl", "woman", "patient". */
    public String describe() {
        boolean minor = age != null && age < 18;
        String noun = switch (sex) {
            case "female" -> minor ? "girl" : "woman";
            case "male" -> minor ? "boy" : "man";
            default -> minor ? "child" : "patient";
        };
        if ("newborn".equals(ageLabel)) {
            return "other".equals(sex) ? "newborn" : "newborn " + noun;
        }
        return ageLabel == null ? noun : ageLabel + " " + noun;
    }

    /** {@link #describe()} with its article: "a 35-year-old woman", "an 8-month-old boy". */
    public String withArticle() {
        String d = describe();
        boolean an = d.startsWith("8") || d.startsWith("11-") || d.startsWith("18-")
                || "aeiou".indexOf(d.charAt(0)) >= 0;
        return (an ? "an " : "a ") + d;
    }

    /** Known at all: either an age or a sex. */
    public boolean known() {
        return age != null || !"other".equals(sex);
    }
}
