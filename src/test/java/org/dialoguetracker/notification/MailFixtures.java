package org.dialoguetracker.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the mail tests share: records made for one test with a suffix of their own, a delivery job built by hand
 * against a given SMTP port (the shared application has no mail server, and gets none), and a received mail taken
 * apart into its text, its HTML and its attachments.
 */
final class MailFixtures {

    private final JdbcTemplate jdbc;

    final String suffix = Long.toString(System.nanoTime(), 36);

    private final List<Long> meetings = new ArrayList<>();

    private final List<Long> participants = new ArrayList<>();

    private final List<Long> recommendations = new ArrayList<>();

    private final List<Long> dialogues = new ArrayList<>();

    private final List<Long> institutions = new ArrayList<>();

    MailFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        return id == null ? -1 : id;
    }

    /** A dialogue led by the demo organisers (UK: organiser, Russia: organiser-ru) and a meeting of it, with a place. */
    long meeting(String rule) {
        long dialogue = remember(dialogues, """
                insert into dialogue (name_en, name_ru, track_level, uk_lead_id, russia_lead_id)
                values (?, ?, 'TRACK_2', (select id from app_user where username = 'organiser'),
                        (select id from app_user where username = 'organiser-ru')) returning id""",
                "Zz mail dialogue " + suffix, "Диалог писем " + suffix);
        long host = remember(institutions, "insert into institution (name_en, name_ru, country, kind) values (?, ?, 'GB', 'THINK_TANK') "
                + "returning id", "Zz Host Institute " + suffix, "Принимающий институт " + suffix);
        return remember(meetings, """
                insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, host_institution_id, start_date,
                                     end_date, format, track_level, attribution_rule, status)
                values (?, ?, ?, 'Greenwich', 'Гринвич', ?, date '2027-03-02', date '2027-03-03', 'IN_PERSON', 'TRACK_2', ?,
                        'PLANNED') returning id""", dialogue, "Zz Spring Round " + suffix, "Весенний раунд " + suffix,
                host, rule);
    }

    long participant(String side, String email) {
        return remember(participants, """
                insert into participant (name_latin, name_cyrillic, side, capacity, email)
                values (?, ?, ?, 'EXPERT', ?) returning id""", "Zz Owner " + side + " " + suffix,
                "Владелец " + side + " " + suffix, side, email);
    }

    long recommendation(long meeting) {
        long id = remember(recommendations, """
                insert into recommendation (reference, title_en, title_ru, addressed_to, feasibility, consensus, status)
                values (?, ?, ?, 'BOTH_GOVERNMENTS', 'POSSIBLE', 'CONSENSUS', 'PROPOSED') returning id""",
                "ZZ-MAIL-" + suffix.toUpperCase(), "Zz Hotline between staffs " + suffix,
                "Горячая линия между штабами " + suffix);
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", id, meeting);
        return id;
    }

    long followUp(long recommendation, long owner, java.time.LocalDate due, String status) {
        return id("""
                insert into follow_up_action (recommendation_id, description_en, description_ru, owner_participant_id,
                                              due_date, status, completed_on)
                values (?, ?, ?, ?, ?, ?, case when ? = 'DONE' then current_date end) returning id""",
                recommendation, "Zz Draft the hotline's terms " + suffix, "Подготовить условия линии " + suffix,
                owner, due, status, status);
    }

    private long remember(List<Long> kind, String sql, Object... args) {
        long id = id(sql, args);
        kind.add(id);
        return id;
    }

    /** Deletes what this test made (its mails stay in the outbox, as sent mail does), so that no other test meets it. */
    void removeAll() {
        recommendations.forEach(id -> jdbc.update("delete from recommendation where id = ?", id));
        for (Long meeting : meetings) {
            jdbc.update("delete from review_invitation where meeting_id = ?", meeting);
            jdbc.update("delete from report_draft where meeting_id = ?", meeting);
            jdbc.update("delete from meeting where id = ?", meeting);
        }
        for (Long participant : participants) {
            jdbc.update("delete from attendance where participant_id = ?", participant);
            jdbc.update("delete from participant where id = ?", participant);
        }
        dialogues.forEach(id -> jdbc.update("delete from dialogue where id = ?", id));
        institutions.forEach(id -> jdbc.update("delete from institution where id = ?", id));
    }

    String address(String who) {
        return who + "-" + suffix + "@example.org";
    }

    /** A free port on this machine, for a mail server that is down and then comes up on it. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static JavaMailSender sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** The delivery job as an instance with a mail server at this port builds it. */
    static MailDelivery delivery(JdbcTemplate jdbc, TransactionTemplate transactions, JavaMailSender sender,
            NotificationProperties properties, Clock clock) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new MailDelivery(jdbc, transactions, beans.getBeanProvider(JavaMailSender.class), properties, clock);
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A received mail's parts. */
    record Parts(String text, String html, List<Attachment> attachments) {
    }

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    static Parts parts(MimeMessage message) throws MessagingException, IOException {
        List<String> texts = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        walk(message, texts, htmls, attachments);
        return new Parts(texts.isEmpty() ? null : texts.get(0), htmls.isEmpty() ? null : htmls.get(0), attachments);
    }

    private static void walk(Part part, List<String> texts, List<String> htmls, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        }
        else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, texts, htmls, attachments);
            }
        }
        else if (part.isMimeType("text/plain")) {
            texts.add((String) part.getContent());
        }
        else if (part.isMimeType("text/html")) {
            htmls.add((String) part.getContent());
        }
    }
}
