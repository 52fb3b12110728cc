package org.dialoguetracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message that counts something says it in the plural forms of its language: in Russian "one" for 1 and 21,
 * "few" for 2 and 22, "many" for 0, 5, 11 and 25; in English "one" for 1 and "other" for the rest. Where the Russian
 * shows the number as a label's value or in parentheses ("Рекомендации (21)"), every number reads the same.
 */
class PluralsTest {

    /** The numbers tried, and the Russian plural form each takes (CLDR's rule). */
    private static final Map<Integer, Form> RUSSIAN_FORMS = Map.of(0, Form.MANY, 1, Form.ONE, 2, Form.FEW, 5,
            Form.MANY, 11, Form.MANY, 21, Form.ONE, 22, Form.FEW, 25, Form.MANY);

    private static final List<Integer> NUMBERS = List.of(0, 1, 2, 5, 11, 21, 22, 25);

    /** Marks the counted argument among a message's arguments. */
    private static final Object N = new Object() {
        @Override
        public String toString() {
            return "N";
        }
    };

    /** Every message that counts, in each language. */
    static List<Counted> counted() {
        return List.of(
                english("dashboard.meetings", "meeting", "meetings"),
                russian("dashboard.meetings", "встреча", "встречи", "встреч"),
                english("dashboard.recommendations", "recommendation", "recommendations"),
                russian("dashboard.recommendations", "рекомендация", "рекомендации", "рекомендаций"),
                english("dashboard.openFollowUps", "open follow-up action", "open follow-up actions"),
                russian("dashboard.openFollowUps", "открытое последующее действие", "открытых последующих действия",
                        "открытых последующих действий"),
                english("dashboard.overdue", "overdue follow-up action", "overdue follow-up actions"),
                russian("dashboard.overdue", "просроченное последующее действие",
                        "просроченных последующих действия", "просроченных последующих действий"),

                english("recommendations.found", "# recommendation", "# recommendations")
                        .zero("No recommendation matches"),
                russian("recommendations.found", "Найдена # рекомендация", "Найдено # рекомендации",
                        "Найдено # рекомендаций").zero("Подходящих рекомендаций нет"),
                english("followUps.found", "# follow-up action", "# follow-up actions")
                        .zero("No follow-up action matches"),
                russian("followUps.found", "Найдено # действие", "Найдено # действия", "Найдено # действий")
                        .zero("Подходящих действий нет"),
                english("participants.found", "# participant", "# participants").zero("No participant matches"),
                russian("participants.found", "Найден # участник", "Найдено # участника", "Найдено # участников")
                        .zero("Участники не найдены"),
                english("topics.recommendationCount", "# recommendation", "# recommendations")
                        .zero("no recommendations"),
                russian("topics.recommendationCount", "# рекомендация", "# рекомендации", "# рекомендаций")
                        .zero("нет рекомендаций"),
                english("recommendation.followUps.overdue", "One follow-up action is overdue.",
                        "# follow-up actions are overdue."),
                russian("recommendation.followUps.overdue", "Просрочено # последующее действие.",
                        "Просрочено # последующих действия.", "Просрочено # последующих действий."),

                english("meeting.attendance.count", "# participant attended", "# participants attended")
                        .zero("Nobody is recorded as attending"),
                russian("meeting.attendance.count", "Присутствовал # участник", "Присутствовали # участника",
                        "Присутствовало # участников").zero("Участники не отмечены"),
                english("report.attended", "One participant attended.", "# participants attended.")
                        .zero("No attendance was recorded."),
                russian("report.attended", "Присутствовал # участник.", "Присутствовали # участника.",
                        "Присутствовало # участников.").zero("Присутствие участников не отмечено.")
                        .one("Присутствовал один участник."),
                english("attendance.invitations", "# invitation", "# invitations").zero("Invitations"),
                russian("attendance.invitations", "# приглашение", "# приглашения", "# приглашений")
                        .zero("Приглашения"),
                english("minutes.recorded", "Recorded so far: # statement, newest first",
                        "Recorded so far: # statements, newest first").zero("Recorded so far"),
                russian("minutes.recorded", "Записано: # высказывание, новые сверху",
                        "Записано: # высказывания, новые сверху", "Записано: # высказываний, новые сверху")
                        .zero("Записано"),
                english("minutes.recorded.latest", "Only the latest statement is listed here.",
                        "Only the latest # are listed here."),
                russian("minutes.recorded.latest", "Здесь показано только # последнее высказывание.",
                        "Здесь показаны только # последних высказывания.",
                        "Здесь показаны только # последних высказываний."),
                english("sitesearch.found", "# statement matches “вода”", "# statements match “вода”")
                        .arguments(N, "вода"),
                russian("sitesearch.found", "Найдено высказываний по запросу «вода»: #").arguments(N, "вода"),
                english("document.search.found", "# document matches “вода”", "# documents match “вода”")
                        .arguments(N, "вода"),
                russian("document.search.found", "# документ соответствует запросу «вода»",
                        "# документа соответствуют запросу «вода»", "# документов соответствуют запросу «вода»")
                        .arguments(N, "вода"),
                english("document.size.B", "# byte", "# bytes"),
                russian("document.size.B", "# байт", "# байта", "# байт"),

                english("meeting.keyPoints.shown", "# key point", "# key points").arguments(5, N)
                        .around("The first 5 of ", "."),
                russian("meeting.keyPoints.shown", "Показаны первые # ключевой тезис из 52.",
                        "Показаны первые # ключевых тезиса из 52.", "Показаны первые # ключевых тезисов из 52.")
                        .one("Показан первый ключевой тезис из 52.").arguments(N, 52),
                english("meeting.keyPoints.all", "Show the # key point of this session",
                        "Show all # key points of this session"),
                russian("meeting.keyPoints.all", "Показать все ключевые тезисы этой сессии (#)"),
                english("meeting.keyPoints.allOther", "Show the # other key point", "Show all # other key points"),
                russian("meeting.keyPoints.allOther", "Показать все прочие ключевые тезисы (#)"),
                english("meeting.recommendations.all", "The # recommendation of this meeting",
                        "All # recommendations of this meeting"),
                russian("meeting.recommendations.all", "Все рекомендации этой встречи (#)"),

                english("charts.byTopic.more", "# more top-level topic", "# more top-level topics")
                        .around("", " on the topics page"),
                russian("charts.byTopic.more", "Ещё # тема", "Ещё # темы", "Ещё # тем")
                        .around("", " верхнего уровня — на странице тем"),
                english("charts.followUps.description", "The # open follow-up action", "The # open follow-up actions")
                        .around("", " by due date, and the done ones."),
                russian("charts.followUps.description",
                        "Открытые последующие действия по срокам (всего #) и выполненные."),

                english("draft.comments.count", "# comment", "# comments"),
                russian("draft.comments.count", "# комментарий", "# комментария", "# комментариев"),
                english("draft.publish.refused.changeNoteLong", "# character", "# characters")
                        .around("The change note takes at most ", "."),
                russian("draft.publish.refused.changeNoteLong", "# знака", "# знаков", "# знаков")
                        .around("Примечание — не более ", "."),
                english("draft.comment.refused.long", "# character", "# characters")
                        .around("A comment takes at most ", "."),
                russian("draft.comment.refused.long", "# знака", "# знаков", "# знаков")
                        .around("Комментарий — не более ", "."),
                english("account.password.tooShort", "# character", "# characters").around("At least ", "."),
                russian("account.password.tooShort", "# символа", "# символов", "# символов")
                        .around("Не менее ", "."),
                english("account.password.tooLong", "# byte, that is # Latin letter",
                        "# bytes, that is # Latin letters")
                        .around("Too long: at most ", " or about half as many Cyrillic ones."),
                russian("account.password.tooLong", "# байта, то есть # латинской буквы",
                        "# байт, то есть # латинских букв", "# байт, то есть # латинских букв")
                        .around("Слишком длинный: не более ", " или примерно вдвое меньше кириллических."),
                english("imports.limits", "# line", "# lines").arguments(5, N).around("At most 5 MB and ",
                        ". Save the file as UTF-8 (in Excel: “CSV UTF-8”); cells separated by commas or by "
                                + "semicolons."),
                russian("imports.limits", "# строки", "# строк", "# строк").arguments(5, N).around("Не более 5 МБ и ",
                        ". Сохраните файл в кодировке UTF-8 (в Excel — «CSV UTF-8»); ячейки разделяются запятыми или "
                                + "точками с запятой."),
                english("imports.file.tooManyRows", "# row", "# rows").around("The file has more than ",
                        ". Split it into several files and import them one after the other."),
                russian("imports.file.tooManyRows", "# строки", "# строк", "# строк").around("В файле больше ",
                        ". Разделите его на несколько файлов и импортируйте их по очереди."),
                english("imports.preview.file", "# line", "# lines").arguments("a.csv", N)
                        .around("File “a.csv”, ", "."),
                russian("imports.preview.file", "# строка", "# строки", "# строк").arguments("a.csv", N)
                        .around("Файл «a.csv», ", "."),
                english("imports.row.reference.duplicate", " and # more line", " and # more lines").zero("")
                        .arguments("2, 3", N).around("The same reference is on line(s) 2, 3",
                                " too: each recommendation may appear only once."),
                russian("imports.row.reference.duplicate", " и ещё в # строке", " и ещё в # строках",
                        " и ещё в # строках").zero("").arguments("2, 3", N).around(
                                "Тот же код есть и в строке (строках) 2, 3",
                                ": каждая рекомендация может встречаться только один раз."),

                english("analysis.positions.withheld", "# statement under the no-attribution rule",
                        "# statements under the no-attribution rule"),
                russian("analysis.positions.withheld", "# высказывание по правилу неатрибуции",
                        "# высказывания по правилу неатрибуции", "# высказываний по правилу неатрибуции"),
                english("analysis.positions.more", "# more statement of this round, on the meeting’s page",
                        "# more statements of this round, on the meeting’s page"),
                russian("analysis.positions.more", "Ещё # высказывание этого раунда — на странице встречи",
                        "Ещё # высказывания этого раунда — на странице встречи",
                        "Ещё # высказываний этого раунда — на странице встречи"),
                english("analysis.convergence.chart.description", "# agreement", "# agreements").arguments(N, 1, 2)
                        .around("", ", 1 disagreement; 2 recommendations by consensus level"),
                russian("analysis.convergence.chart.description", "# согласие", "# согласия", "# согласий")
                        .arguments(N, 1, 2).around("", ", 1 разногласие; 2 рекомендации по степени согласия"),
                english("analysis.feasibility.shareValue", "# recommendation", "# recommendations")
                        .arguments("40%", N).around("40% (", ")"),
                russian("analysis.feasibility.shareValue", "# рекомендация", "# рекомендации", "# рекомендаций")
                        .arguments("40 %", N).around("40 % (", ")"),
                english("analysis.feasibility.medianOf", "over # adopted recommendation",
                        "over # adopted recommendations"),
                russian("analysis.feasibility.medianOf", "по # принятой рекомендации", "по # принятым рекомендациям",
                        "по # принятым рекомендациям"),
                english("analysis.feasibility.days", "# day", "# days"),
                russian("analysis.feasibility.days", "# день", "# дня", "# дней"),
                english("analysis.feasibility.answer.YES", "# recommendation", "# recommendations")
                        .arguments("40%", "10%", N, 4)
                        .around("Yes: 40% of the ", " called realistic are implemented or in progress, against 10% of "
                                + "the 4 recommendations called possible or unlikely."),
                russian("analysis.feasibility.answer.YES", "# рекомендации", "# рекомендаций", "# рекомендаций")
                        .arguments("40 %", "10 %", N, 4)
                        .around("Да: выполнены или выполняются 40 % из ", ", названных реалистичными, против 10 % из 4 "
                                + "рекомендаций, названных возможными или маловероятными."),
                english("analysis.feasibility.answer.NO", "# recommendation", "# recommendations")
                        .arguments("10%", "40%", 4, N)
                        .around("No: 10% of the 4 recommendations called realistic are implemented or in progress, "
                                + "against 40% of the ", " called possible or unlikely."),
                russian("analysis.feasibility.answer.NO", "# рекомендации", "# рекомендаций", "# рекомендаций")
                        .arguments("10 %", "40 %", 4, N)
                        .around("Нет: выполнены или выполняются 10 % из 4 рекомендаций, названных реалистичными, "
                                + "против 40 % из ", ", названных возможными или маловероятными."),
                english("analysis.feasibility.answer.NOT_ENOUGH", "# recommendation", "# recommendations")
                        .arguments("0%", "0%", N, 0)
                        .around("There is nothing to compare yet: the filter leaves ", " called realistic and 0 "
                                + "recommendations called possible or unlikely."),
                russian("analysis.feasibility.answer.NOT_ENOUGH", "# рекомендацию", "# рекомендации",
                        "# рекомендаций").arguments("0 %", "0 %", N, 0)
                        .around("Сравнивать пока нечего: фильтр оставляет ", ", названных реалистичными, и 0 "
                                + "рекомендаций, названных возможными или маловероятными."),
                english("attendance.tools.invitePrevious.submit", "Invite this participant",
                        "Invite these # participants"),
                russian("attendance.tools.invitePrevious.submit", "Пригласить # участника", "Пригласить # участников",
                        "Пригласить # участников"),
                english("attendance.tools.markAttended.submit", "Mark this participant as attended",
                        "Mark these # participants as attended"),
                russian("attendance.tools.markAttended.submit", "Отметить присутствие # участника",
                        "Отметить присутствие # участников", "Отметить присутствие # участников"),
                english("attendance.tools.toInvite", "# participant to invite", "# participants to invite")
                        .zero("To invite"),
                russian("attendance.tools.toInvite", "Будет приглашён # участник", "Будут приглашены # участника",
                        "Будут приглашены # участников").zero("Пригласить"),
                english("attendance.tools.skipped", "# participant skipped: invited already",
                        "# participants skipped: invited already"),
                russian("attendance.tools.skipped", "Пропущен # участник: уже приглашён",
                        "Пропущены # участника: уже приглашены", "Пропущены # участников: уже приглашены"),
                english("attendance.tools.toMark", "# confirmed participant to mark as attended",
                        "# confirmed participants to mark as attended").zero("To mark as attended"),
                russian("attendance.tools.toMark", "Будет отмечен # подтвердивший участник",
                        "Будут отмечены # подтвердивших участника", "Будут отмечены # подтвердивших участников")
                        .zero("Отметить присутствие"),
                english("attendance.tools.invited", "# participant of the previous round was invited.",
                        "# participants of the previous round were invited.").zero("Nobody was invited.")
                        .arguments(N, 0),
                russian("attendance.tools.invited", "Приглашён # участник предыдущего раунда.",
                        "Приглашены # участника предыдущего раунда.", "Приглашены # участников предыдущего раунда.")
                        .zero("Никто не приглашён.").arguments(N, 0),
                english("attendance.tools.invited", " # participant invited already was skipped.",
                        " # participants invited already were skipped.").zero("").arguments(2, N)
                        .around("2 participants of the previous round were invited.", ""),
                russian("attendance.tools.invited", " Пропущен # уже приглашённый участник.",
                        " Пропущены # уже приглашённых участника.", " Пропущены # уже приглашённых участников.")
                        .zero("").arguments(2, N).around("Приглашены 2 участника предыдущего раунда.", ""),
                english("attendance.tools.marked", "# participant was marked as attended.",
                        "# participants were marked as attended.").zero("Nobody was marked as attended."),
                russian("attendance.tools.marked", "Отмечено присутствие # участника.",
                        "Отмечено присутствие # участников.", "Отмечено присутствие # участников.")
                        .zero("Присутствие никого не отмечено."),
                english("briefing.positions.more", "# more statement of this round on this topic, on the meeting’s page",
                        "# more statements of this round on this topic, on the meeting’s page"),
                russian("briefing.positions.more", "Ещё # высказывание этого раунда по теме — на странице встречи",
                        "Ещё # высказывания этого раунда по теме — на странице встречи",
                        "Ещё # высказываний этого раунда по теме — на странице встречи"),
                english("review.comments.count", "# comment", "# comments").zero("No comments yet"),
                russian("review.comments.count", "# комментарий", "# комментария", "# комментариев")
                        .zero("Комментариев пока нет"),
                english("review.invite.expiresOn.hint", "# day", "# days")
                        .around("The link works until the end of that day, at most ", " from today."),
                russian("review.invite.expiresOn.hint", "# дня", "# дней", "# дней")
                        .around("Ссылка действует до конца этого дня, не более ", " от сегодняшнего."),
                english("review.invite.expiresOn.tooLate", "# day", "# days")
                        .around("Too far ahead: a link may work for at most ", " from today."),
                russian("review.invite.expiresOn.tooLate", "# дня", "# дней", "# дней")
                        .around("Слишком далеко: ссылка может действовать не более ", " от сегодняшнего."),
                // the notifications (issue 15)
                english("outbox.count", "# mail", "# mails"),
                russian("outbox.count", "# письмо", "# письма", "# писем"),
                english("mail.digest.created", "# new recommendation", "# new recommendations"),
                russian("mail.digest.created", "# новая рекомендация", "# новые рекомендации", "# новых рекомендаций"),
                english("mail.digest.changes", "# change of status", "# changes of status"),
                russian("mail.digest.changes", "# изменение статуса", "# изменения статуса", "# изменений статуса"),
                english("mail.digest.done", "# follow-up action done", "# follow-up actions done"),
                russian("mail.digest.done", "# действие выполнено", "# действия выполнены", "# действий выполнено"),
                english("mail.digest.overdue", "# follow-up action overdue", "# follow-up actions overdue"),
                russian("mail.digest.overdue", "# действие просрочено", "# действия просрочены",
                        "# действий просрочено"),
                english("mail.digest.signOffs", "# language", "# languages")
                        .around("Waiting for your sign-off (", ")"),
                russian("mail.digest.signOffs", "# язык", "# языка", "# языков")
                        .around("Ждут вашего утверждения (", ")"),
                english("mail.reminder.overdue", "# day", "# days").arguments("March 1, 2026", N)
                        .around("This follow-up action was due on March 1, 2026 and is still open (", " overdue)."),
                russian("mail.reminder.overdue", "# день", "# дня", "# дней").arguments("1 марта 2026 г.", N)
                        .around("Срок этого действия истёк 1 марта 2026 г., а оно всё ещё не выполнено (просрочено на ",
                                ")."),
                english("mail.reminder.dueSoon", "in # day", "in # days").zero("today")
                        .arguments("March 1, 2026", N).around("This follow-up action is due on March 1, 2026, ", "."),
                russian("mail.reminder.dueSoon", "через # день", "через # дня", "через # дней").zero("сегодня")
                        .arguments("1 марта 2026 г.", N).around("Срок этого действия — 1 марта 2026 г., ", "."),
                english("outbox.run.done", "# reminder", "# reminders").zero("no reminder").arguments(N, 0, 0, 0)
                        .around("Jobs run: ", ", no digest enqueued; nothing sent, none failed."),
                russian("outbox.run.done", "поставлено # напоминание", "поставлено # напоминания",
                        "поставлено # напоминаний").zero("не поставлено ни одного напоминания").arguments(N, 0, 0, 0)
                        .around("Задания выполнены: в очередь ", " и ни одной сводки; ничего не отправлено, ошибок нет."),
                english("outbox.run.done.noServer", "# reminder", "# reminders").zero("no reminder")
                        .arguments(N, 0)
                        .around("Jobs run: ", ", no digest enqueued. No mail server is configured: nothing was sent."),
                russian("outbox.run.done.noServer", "поставлено # напоминание", "поставлено # напоминания",
                        "поставлено # напоминаний").zero("не поставлено ни одного напоминания").arguments(N, 0)
                        .around("Задания выполнены: в очередь ",
                                " и ни одной сводки. Почтовый сервер не настроен: ничего не отправлено."),
                english("outbox.retention", "# day", "# days").arguments(N, 90)
                        .around("Mail not sent within ", " of being written is given up, not sent late; sent and "
                                + "given-up mail is removed after 90 days."),
                russian("outbox.retention", "# дня", "# дней", "# дней").arguments(N, 90)
                        .around("Письмо, не отправленное в течение ", " после написания, больше не отправляется; "
                                + "отправленные и неотправленные письма удаляются через 90 дней."),
                english("outbox.run.retained", "# mail given up", "# mails given up").zero("no mail given up")
                        .arguments(N, 0).around("Retention: ", ", none removed."),
                russian("outbox.run.retained", "# письмо снято с отправки", "# письма сняты с отправки",
                        "# писем снято с отправки").zero("ни одно письмо не снято с отправки").arguments(N, 0)
                        .around("Хранение: ", ", ничего не удалено."),
                english("briefing.rows.shown", "The first # of 48", "The first # of 48").arguments(N, 48)
                        .around("", ", in the order above. The PDF lists them all."),
                russian("briefing.rows.shown", "Показана первая # строка из 48", "Показаны первые # строки из 48",
                        "Показаны первые # строк из 48").one("Показана первая строка из 48").arguments(N, 48)
                        .around("", ", в том же порядке. Полный список — в PDF."));
    }

    /** The keys of the messages above: rewritten on purpose, so that they read otherwise than before. */
    static final Set<String> COUNTED = counted().stream().map(Counted::key).collect(Collectors.toUnmodifiableSet());

    /**
     * Russian messages that show a number with no word agreeing with it, reviewed: the number is a label's value
     * ("Рекомендаций: 5"), in parentheses or after "всего", an ordinal (a line number), or before an abbreviation
     * ("5 МБ"). Every number reads right in them as they are.
     */
    private static final Set<String> NUMBER_WITHOUT_A_COUNTED_WORD = Set.of("browse.facet.more", "charts.bar",
            "charts.byStatus.description", "charts.followUps.description", "charts.meetings.description",
            "charts.topic.byStatus.description", "charts.subtopic.count", "imports.done", "imports.stale",
            "imports.file.tooLarge", "imports.file.notCsv",
            "imports.preview.hasErrors", "imports.preview.ready", "meeting.keyPoints.all", "meeting.keyPoints.allOther",
            "meeting.recommendations.shown", "meeting.recommendations.all", "meeting.attendance.bySide",
            "pager.summary", "error.generic.status", "topic.recommendations", "sitesearch.otherMeeting",
            "sitesearch.found", "topic.merge.statements", "topic.merge.recommendations", "topic.merge.agendaItems",
            "topic.merge.children", "analysis.filter.swapped", "analysis.feasibility.answer.SAME",
            "report.edition.number", "draft.state.published", "draft.publish.ready",
            "draft.publish.button", "draft.correction.intro", "draft.editions.edition", "draft.editions.difference",
            "draft.signoff.published",
            // the documents': a size or a limit before its abbreviation, a label's value, a version's number
            "document.refused.tooLarge", "document.upload.hint", "document.size.KB", "document.size.MB",
            "document.refused.nameTooLong", "document.versionNumber");

    /** Russian messages whose arguments, not in quotation marks, are no numbers: names, labels, lists, dates. */
    private static final Set<String> NOT_A_NUMBER = Set.of("browse.remove", "browse.ignored", "charts.timeline.mark",
            "charts.timeline.markAt", "imports.defaultNote", "imports.file.missingColumns", "imports.row.inColumn",
            "imports.row.status.refused", "imports.preview.due", "lang.fallback", "statement.publicAttribution",
            "recommendation.timeline.by", "recommendation.timeline.recorded", "briefing.title", "briefing.heading",
            "briefing.prepared", "briefing.period", "briefing.positions.round", "briefing.recorded",
            "recommendation.statusForm.effectiveOn.future", "recommendation.statusForm.effectiveOn.beforeMeeting",
            "recommendation.statusForm.effectiveOn.beforeLatest", "conflict.explanation", "attendance.page.title", "attendance.invite.already",
            "recommendation.form.reference.taken", "sitesearch.titleFor", "sitesearch.matchedIn", "minutes.rule",
            "analysis.positions.title", "analysis.convergence.chart", "meeting.statusRefused.text",
            "report.edition.signature", "report.edition.published", "report.text.recommendation.meta",
            "report.text.organisedBy", "report.text.hostedBy", "draft.lastEdited", "draft.change.by",
            "draft.signoff.lead", "draft.signoff.signed", "draft.signoff.voided", "draft.signoff.change",
            "draft.comment.resolvedBy", "draft.publish.missing", "draft.editions.published", "draft.editions.signature",
            // the guest reviewers': a reviewer's or a meeting's name, an account and a date
            "review.guest.title", "review.guest.intro", "review.created.title", "review.comment.reply.label",
            "review.revoke.label", "review.invitation.createdBy", "review.invitation.revokedBy",
            // the mails and the unsubscribe pages: names, titles, references, dates, addresses, lists of addresses
            "mail.greeting", "mail.reminder.subject", "mail.reminder.copied", "mail.invitation.subject", "mail.review-link.subject", "mail.review-link.expires", "mail.digest.subject", "mail.digest.intro", "mail.digest.signOff.UK", "mail.digest.signOff.RUSSIA", "mail.digest.dueOn", "unsubscribe.question", "unsubscribe.done", "unsubscribe.already",
            // the documents': an account, a date, a file's name, what a file is, why its text could not be read
            "document.uploadedBy", "document.uploaded", "document.kind.other", "document.refused.mismatch",
            "document.refused.extension", "document.refused.empty", "document.extraction.FAILED.because",
            "document.refused.type");

    /** An argument in quotation marks, a text. */
    private static final Pattern QUOTED = Pattern.compile("[«“]\\{\\d+}[»”]");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+");

    private final MessageSource messages = new MessageBundles().messageSource();

    @ParameterizedTest(name = "{0}")
    @MethodSource("counted")
    void a_counted_message_takes_the_plural_form_of_each_number(Counted counted) {
        SoftAssertions softly = new SoftAssertions();
        for (int n : NUMBERS) {
            Object[] args = Arrays.stream(counted.arguments()).map(a -> a == N ? n : a).toArray();
            softly.assertThat(messages.getMessage(counted.key(), args, counted.locale()))
                    .as("%s with %s", counted, Arrays.toString(args))
                    .isEqualTo(counted.expected(n));
        }
        softly.assertAll();
    }

    @Test
    void every_counted_message_is_tried_in_both_languages() {
        Map<String, Set<Locale>> languages = counted().stream().collect(Collectors.groupingBy(Counted::key,
                Collectors.mapping(Counted::locale, Collectors.toSet())));
        assertThat(languages).allSatisfy((key, locales) -> assertThat(locales).as(key)
                .containsExactlyInAnyOrder(Locale.ENGLISH, Counted.RUSSIAN));
    }

    /**
     * A heuristic, to make whoever adds a Russian message with an argument decide whether it counts: it has plural
     * forms, or its arguments are all quoted texts, or it is on one of the reviewed lists above.
     */
    @Test
    void no_russian_message_counts_a_number_without_plural_forms() throws IOException {
        List<String> unreviewed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String basename : MessageBundles.basenames()) {
            Properties russian = properties(basename + "_ru.properties");
            keys.addAll(russian.stringPropertyNames());
            for (String key : russian.stringPropertyNames()) {
                String message = russian.getProperty(key);
                boolean bareArgument = ARGUMENT.matcher(QUOTED.matcher(message).replaceAll("")).find();
                if (bareArgument && !message.contains(", plural,") && !NUMBER_WITHOUT_A_COUNTED_WORD.contains(key)
                        && !NOT_A_NUMBER.contains(key)) {
                    unreviewed.add(key + "=" + message);
                }
            }
        }
        assertThat(unreviewed).as("Russian messages with an argument that may be counted without plural forms")
                .isEmpty();
        assertThat(keys).as("reviewed keys that no longer exist").containsAll(NUMBER_WITHOUT_A_COUNTED_WORD)
                .containsAll(NOT_A_NUMBER);
    }

    private static Properties properties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PluralsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Counted english(String key, String one, String other) {
        return new Counted(key, Locale.ENGLISH, Map.of(Form.ONE, one, Form.OTHER, other));
    }

    private static Counted russian(String key, String one, String few, String many) {
        return new Counted(key, Counted.RUSSIAN, Map.of(Form.ONE, one, Form.FEW, few, Form.MANY, many));
    }

    /** A Russian message that shows the number so that it reads the same in every form. */
    private static Counted russian(String key, String everyForm) {
        return russian(key, everyForm, everyForm, everyForm);
    }

    enum Form {
        ZERO, EXACTLY_ONE, ONE, FEW, MANY, OTHER
    }

    /**
     * A counted message in one language: its forms ({@code #} for the number), the text around them, and its
     * arguments, {@link #N} for the counted one.
     */
    record Counted(String key, Locale locale, Map<Form, String> forms, Object[] arguments, String before,
            String after) {

        static final Locale RUSSIAN = Locale.forLanguageTag("ru");

        Counted(String key, Locale locale, Map<Form, String> forms) {
            this(key, locale, forms, new Object[] { N }, "", "");
        }

        /** Its text for 0, where it says so otherwise. */
        Counted zero(String text) {
            return with(Form.ZERO, text);
        }

        /** Its text for exactly 1, where it differs from that for 21. */
        Counted one(String text) {
            return with(Form.EXACTLY_ONE, text);
        }

        Counted arguments(Object... arguments) {
            return new Counted(key, locale, forms, arguments, before, after);
        }

        Counted around(String before, String after) {
            return new Counted(key, locale, forms, arguments, before, after);
        }

        String expected(int n) {
            String form = (n == 0 && forms.containsKey(Form.ZERO)) ? forms.get(Form.ZERO)
                    : (n == 1 && forms.containsKey(Form.EXACTLY_ONE)) ? forms.get(Form.EXACTLY_ONE)
                    : forms.get(form(n));
            return before + form.replace("#", Integer.toString(n)) + after;
        }

        private Form form(int n) {
            if (locale.equals(RUSSIAN)) {
                return RUSSIAN_FORMS.get(n);
            }
            return n == 1 ? Form.ONE : Form.OTHER;
        }

        private Counted with(Form form, String text) {
            Map<Form, String> more = new EnumMap<>(forms);
            more.put(form, text);
            return new Counted(key, locale, more, arguments, before, after);
        }

        @Override
        public String toString() {
            return key + " (" + locale.getLanguage() + ")";
        }
    }
}
