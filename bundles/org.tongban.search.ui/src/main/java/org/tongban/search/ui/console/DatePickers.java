package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the console's language and show and read dates the Chinese way (2025年3月5日). */
final class DatePickers {

    private DatePickers() {}

    static DatePicker create(Component owner, Locale locale, String labelKey, String id) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setId(id);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(list(owner, "search.console.date.months"))
                .setWeekdays(list(owner, "search.console.date.weekdays"))
                .setWeekdaysShort(list(owner, "search.console.date.weekdaysShort"))
                .setToday(owner.getTranslation("search.console.date.today"))
                .setCancel(owner.getTranslation("search.console.date.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("search.console.date.badInput"))
                .setFirstDayOfWeek(1);
        // Typed dates are read in the displayed form and in the usual numeric forms.
        if (Formats.english(locale)) {
            i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d");
        } else {
            i18n.setDateFormats("yyyy年M月d日", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d");
        }
        picker.setI18n(i18n);
        picker.setHelperText(owner.getTranslation("search.console.date.help"));
        return picker;
    }

    private static List<String> list(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(","))
                .map(String::strip)
                .toList();
    }
}
