package org.tongban.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;

/**
 * The limits an FAQ answer states, checked against the guides it belongs to. A statement is a clause that speaks of
 * handling time (时限, 办结, 承诺, 发证 ...); each amount in it must be one of the guides' limits in the same unit, or a
 * limit their notes state (筹设为 30 日). Other periods (公示 20 日, 届满前 90 个工作日) are not about the guide's limits.
 */
final class FaqLimits {
    private static final List<String> ABOUT_LIMITS =
            List.of("时限", "办结", "承诺", "发证", "制证", "作出决定", "决定是否受理", "审查期限", "颁发", "签发");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|[一二两三四五六七八九十]+)\\s*(个工作日|工作日|个工作小时|工作小时|个月|月|日|天|小时)");

    private FaqLimits() {}

    static List<String> disagreements(Faq faq, List<Matter> guides) {
        Set<Limit> stated = new LinkedHashSet<>();
        guides.forEach(m -> stated.addAll(limits(m.limits())));
        List<String> found = new ArrayList<>();
        for (String clause : faq.answer().split("[，。；！？\\n]")) {
            if (ABOUT_LIMITS.stream().noneMatch(clause::contains)) {
                continue;
            }
            for (Limit limit : amounts(clause)) {
                if (!stated.contains(limit)) {
                    found.add(faq.code() + "「" + clause.strip() + "」：" + limit.text() + "不是所属办事指南的时限（"
                            + String.join("、", stated.stream().map(Limit::text).toList()) + "）");
                }
            }
        }
        return found;
    }

    private static Set<Limit> limits(GuideLimits limits) {
        Set<Limit> all = new LinkedHashSet<>();
        for (Limit limit : new Limit[] {limits.legal(), limits.promised(), limits.acceptance(), limits.delivery()}) {
            add(all, limit);
        }
        Extension extension = limits.extension();
        if (extension != null) {
            add(all, extension.amount());
            if (extension.amount().unit() == limits.legal().unit()) {
                all.add(new Limit(
                        limits.legal().amount()
                                + extension.count() * extension.amount().amount(),
                        limits.legal().unit(),
                        null));
            }
        }
        return all;
    }

    private static void add(Set<Limit> all, Limit limit) {
        all.add(new Limit(limit.amount(), limit.unit(), null));
        if (limit.note() != null) {
            all.addAll(amounts(limit.note()));
        }
    }

    static List<Limit> amounts(String text) {
        List<Limit> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            amounts.add(Limit.parse(number(m.group(1)) + " " + m.group(2)));
        }
        return amounts;
    }

    private static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.equals("两") ? 2 : digits.indexOf(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
