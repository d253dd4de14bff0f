package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The texts Vaadin components carry themselves (a date picker's month and day names, Today and Cancel; an
 * upload's button, drop hint and errors) in the viewer's language, and a date picker's dates in the
 * viewer's region as {@link Formats#date} writes them. Without this they stay in English.
 */
public final class ComponentI18n {

    private ComponentI18n() {}

    public static DatePicker localize(DatePicker picker) {
        var locale = picker.getLocale();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setDateFormat(Formats.datePattern(locale))
                .setToday(picker.getTranslation("date-picker.today"))
                .setCancel(picker.getTranslation("date-picker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("date-picker.bad-input")));
        return picker;
    }

    public static Upload localize(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.add.one"))
                .setMany(upload.getTranslation("upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.drop.one"))
                .setMany(upload.getTranslation("upload.drop.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.too-many-files"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.error.file-type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(upload.getTranslation("upload.error.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    /** The order Vaadin's date picker wants: Sunday first, whatever the week's first day. */
    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).limit(6))
                .map(d -> d.getDisplayName(style, locale))
                .toList();
    }

    private static String capitalized(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
