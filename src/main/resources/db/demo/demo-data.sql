-- Demo data set of Dialogue Tracker (see PRODUCT.md, section "Demo data set").
--
-- Built from the published summary of the RUSI-RIAC conference report
-- "Defining Dialogue: How to Manage Russia-UK Security Relations" (Sarah Lain and Andrey Kortunov).
-- The findings, quotations and recommendations follow that summary. The following are illustrative
-- and NOT taken from the report: the exact meeting dates, the split of themes between the London and
-- the Moscow meeting, the agenda wording, all participants (invented people, marked as fictional),
-- the fictional institutions, and the later status history and follow-up actions of the recommendations.
--
-- Runs once, in one transaction, on an empty database after Flyway, once the users admin, organiser
-- and researcher exist. Rows are referred to by natural keys only (institution short_name_en, topic slug,
-- meeting title_en, participant name_latin, recommendation reference, statement position in its meeting).
-- No semicolon may appear anywhere except at the end of a statement.

-- ---------------------------------------------------------------------------------------------------
-- Institutions
-- ---------------------------------------------------------------------------------------------------
insert into institution (name_en, name_ru, short_name_en, short_name_ru, country, kind, website) values
    ('Royal United Services Institute',
     'Королевский объединённый институт оборонных исследований',
     'RUSI', 'RUSI', 'GB', 'THINK_TANK', 'https://www.rusi.org'),
    ('Russian International Affairs Council',
     'Российский совет по международным делам',
     'RIAC', 'РСМД', 'RU', 'THINK_TANK', 'https://russiancouncil.ru'),
    ('Northbridge Institute for Strategic Studies (fictional)',
     'Нортбриджский институт стратегических исследований (вымышленный)',
     'NISS', 'НИСС', 'GB', 'THINK_TANK', 'https://northbridge.example.org'),
    ('Whitehall Defence Liaison Unit (fictional)',
     'Отдел связи по оборонным вопросам, Уайтхолл (вымышленный)',
     'WDLU', 'WDLU', 'GB', 'GOVERNMENT', 'https://wdlu.example.org'),
    ('Centre for International Security, Arbat University (fictional)',
     'Центр международной безопасности Арбатского университета (вымышленный)',
     'Arbat CIS', 'ЦМБ АУ', 'RU', 'ACADEMIA', 'https://arbat-university.example.ru'),
    ('Zamoskvorechye Centre for Defence Analysis (fictional)',
     'Замоскворецкий центр оборонного анализа (вымышленный)',
     'ZCDA', 'ЗЦОА', 'RU', 'THINK_TANK', 'https://zcda.example.ru');

-- ---------------------------------------------------------------------------------------------------
-- Dialogue and its organisers
-- ---------------------------------------------------------------------------------------------------
insert into dialogue (name_en, name_ru, description_en, description_ru, track_level) values
    ('UK–Russia Security Dialogue',
     'Российско-британский диалог по вопросам безопасности',
     'A Track II expert dialogue organised by RUSI in collaboration with the Moscow-based Russian International Affairs Council (RIAC). '
     || 'Two bilateral meetings, in London and in Moscow, brought together experts from various UK and Moscow-based institutions '
     || 'to explore the security challenges facing the two countries, to help policymakers on both sides identify realistic potential '
     || 'areas of engagement and to confirm areas that are unlikely to produce results. '
     || 'Even though there is a state of ‘deep-freeze’ between the UK and Russia, especially in relation to security, '
     || 'the participants found important opportunities for dialogue and cooperation. '
     || 'Both meetings are summarised in the conference report ‘Defining Dialogue: How to Manage Russia–UK Security Relations’ '
     || 'by Sarah Lain and Andrey Kortunov, published in English and in Russian.',
     'Экспертный диалог «второго трека», организованный RUSI совместно с Российским советом по международным делам (РСМД). '
     || 'На двух двусторонних встречах — в Лондоне и в Москве — эксперты из различных британских и московских организаций '
     || 'обсудили вызовы безопасности, стоящие перед двумя странами, чтобы помочь политикам обеих сторон определить '
     || 'реалистичные направления возможного взаимодействия, а также выявить направления, которые вряд ли принесут результат. '
     || 'Несмотря на «глубокую заморозку» в отношениях Великобритании и России, особенно в сфере безопасности, '
     || 'участники увидели важные возможности для диалога и сотрудничества. '
     || 'Итоги обеих встреч подведены в докладе Сары Лейн и Андрея Кортунова '
     || '«Defining Dialogue: How to Manage Russia–UK Security Relations», опубликованном на английском и русском языках.',
     'TRACK_2');

insert into dialogue_organiser (dialogue_id, institution_id)
select d.id, i.id
from dialogue d
join institution i on i.short_name_en in ('RUSI', 'RIAC')
where d.name_en = 'UK–Russia Security Dialogue';

-- The lead organiser of each side, who sign off the joint report: the demo accounts made before this script runs
-- (account/AccountBootstrap), where they exist.
update dialogue
   set uk_lead_id = (select id from app_user where username = 'organiser' and side = 'UK'),
       russia_lead_id = (select id from app_user where username = 'organiser-ru' and side = 'RUSSIA')
 where name_en = 'UK–Russia Security Dialogue';

-- ---------------------------------------------------------------------------------------------------
-- Meetings. The exact dates are illustrative (both meetings took place in 2017), as are the
-- created_at / updated_at timestamps and the report publication date used below (2018-02-20).
-- ---------------------------------------------------------------------------------------------------
insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, host_institution_id, start_date, end_date,
                     format, track_level, attribution_rule, status, summary_en, summary_ru, created_at, updated_at)
select d.id,
       'UK–Russia Security Dialogue: London meeting',
       'Российско-британский диалог по вопросам безопасности: встреча в Лондоне',
       'London', 'Лондон',
       (select id from institution where short_name_en = 'RUSI'),
       date '2017-06-08', date '2017-06-09',
       'IN_PERSON', 'TRACK_2', 'SIDE', 'REPORT_PUBLISHED',
       'The first of two bilateral meetings between experts from the UK and Russia, organised by RUSI in collaboration with the '
       || 'Russian International Affairs Council (RIAC) and attended by participants from various UK and Moscow-based institutions. '
       || 'Participants discussed risk reduction and confidence building, seen as ‘a particular challenge’ due to the apparent absence '
       || 'of rules and of the ability to signal effectively to each other, which had existed even during the Cold War. '
       || 'To counter this, they recommended further bilateral UK–Russian military engagement, through existing forums such as the '
       || 'NATO–Russia Council or the OSCE, or through a new dedicated bilateral forum. A UK participant stressed that such engagement '
       || 'is not a concession to Russia from the West and does not symbolise appeasement. Participants also began to identify '
       || 'realistic potential areas of engagement and to confirm areas that are unlikely to produce results.',
       'Первая из двух двусторонних встреч британских и российских экспертов, организованных RUSI совместно с Российским советом '
       || 'по международным делам (РСМД), с участием представителей различных британских и московских организаций. '
       || 'Участники обсудили снижение рисков и укрепление доверия, которые рассматриваются как «особенно сложная задача» '
       || 'из-за очевидного отсутствия правил и возможности эффективно подавать друг другу сигналы, существовавших даже во времена '
       || 'холодной войны. Чтобы исправить это положение, участники рекомендовали расширить двусторонние российско-британские '
       || 'военные контакты — в рамках существующих площадок, таких как Совет Россия–НАТО или ОБСЕ, либо через новую '
       || 'специализированную двустороннюю площадку. Британский участник подчеркнул, что такие контакты не являются уступкой '
       || 'России со стороны Запада и не символизируют политику умиротворения. Участники также приступили к определению '
       || 'реалистичных направлений взаимодействия и тех, что вряд ли принесут результат.',
       timestamptz '2017-04-20 10:00:00+01', timestamptz '2018-02-20 12:00:00+00'
from dialogue d
where d.name_en = 'UK–Russia Security Dialogue';

insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, host_institution_id, start_date, end_date,
                     format, track_level, attribution_rule, status, summary_en, summary_ru, created_at, updated_at)
select d.id,
       'UK–Russia Security Dialogue: Moscow meeting',
       'Российско-британский диалог по вопросам безопасности: встреча в Москве',
       'Moscow', 'Москва',
       (select id from institution where short_name_en = 'RIAC'),
       date '2017-11-16', date '2017-11-17',
       'IN_PERSON', 'TRACK_2', 'SIDE', 'REPORT_PUBLISHED',
       'The second bilateral meeting of the dialogue, hosted by RIAC in Moscow. Participants examined the differences in '
       || 'perspectives between the two countries: the Russian side argued that the West had too often framed foreign policy '
       || 'relationships in terms of values, whereas Russia does so more in terms of interests. To achieve better understanding, '
       || 'participants argued that future discussions should focus on the different approaches each side has towards security '
       || 'issues, so that options to find solutions or compromise are exhausted before they are dismissed. While there was often '
       || 'disagreement between both sides, participants found that there is still an appetite for dialogue on shared security '
       || 'interests: UK policymakers have signalled that they are open to dialogue and potential cooperation where it could be '
       || 'beneficial to the interests of both sides, a view shared by a majority of Russia’s political community. The attendees '
       || 'recommended that further discussions be held in focused working groups involving more government and practitioner participation.',
       'Вторая двусторонняя встреча в рамках диалога, которую РСМД провёл в Москве. Участники рассмотрели различия во взглядах '
       || 'двух стран: российская сторона утверждала, что Запад слишком часто выстраивал внешнеполитические отношения в категориях '
       || 'ценностей, тогда как Россия делает это скорее в категориях интересов. Для лучшего взаимопонимания, по мнению участников, '
       || 'будущие обсуждения должны сосредоточиться на различиях в подходах сторон к вопросам безопасности, чтобы возможности '
       || 'найти решение или компромисс были исчерпаны прежде, чем от них откажутся. Хотя стороны нередко расходились во мнениях, '
       || 'участники пришли к выводу, что готовность к диалогу по вопросам, в которых интересы сторон в сфере безопасности совпадают, '
       || 'сохраняется: британские политики дали понять, что открыты для диалога и возможного сотрудничества там, где это отвечает '
       || 'интересам обеих сторон, и эту точку зрения разделяет большинство российского политического сообщества. Участники '
       || 'рекомендовали продолжить обсуждения в тематических рабочих группах с более широким участием представителей '
       || 'государственных структур и практиков.',
       timestamptz '2017-09-15 10:00:00+03', timestamptz '2018-02-20 12:00:00+00'
from dialogue d
where d.name_en = 'UK–Russia Security Dialogue';

-- ---------------------------------------------------------------------------------------------------
-- Topic taxonomy: top-level topics first, then their children (parent found by slug)
-- ---------------------------------------------------------------------------------------------------
insert into topic (parent_id, slug, name_en, name_ru, description_en, description_ru, position) values
    (null, 'risk-reduction',
     'Risk reduction and confidence building', 'Снижение рисков и укрепление доверия',
     'Measures that lower the risk of unintended military escalation between the UK and Russia and rebuild a minimum of mutual '
     || 'trust: rules of conduct, transparency and reliable communication.',
     'Меры, снижающие риск непреднамеренной военной эскалации между Великобританией и Россией и восстанавливающие минимальное '
     || 'взаимное доверие: правила поведения, транспарентность и надёжные каналы связи.',
     0),
    (null, 'mil-to-mil',
     'Military-to-military engagement', 'Контакты по военной линии',
     'Direct contacts between the armed forces and defence establishments of the two countries, bilaterally or in multilateral forums.',
     'Прямые контакты между вооружёнными силами и оборонными ведомствами двух стран — в двустороннем формате или на многосторонних площадках.',
     1),
    (null, 'arms-control',
     'Arms control', 'Контроль над вооружениями',
     'Arms control, verification and confidence- and security-building measures as a framework for military predictability.',
     'Контроль над вооружениями, проверка и меры укрепления доверия и безопасности как основа военной предсказуемости.',
     2),
    (null, 'cyber-security',
     'Cyber security', 'Кибербезопасность',
     'Threats in cyberspace and the scope for rules, dialogue and cooperation on cyber and information security.',
     'Угрозы в киберпространстве и возможности для выработки правил, диалога и сотрудничества в сфере кибер- и информационной безопасности.',
     3),
    (null, 'counter-terrorism',
     'Counter-terrorism', 'Противодействие терроризму',
     'The shared interest in countering terrorism and violent extremism, and the practical limits of cooperation.',
     'Общая заинтересованность в противодействии терроризму и насильственному экстремизму и практические пределы сотрудничества.',
     4),
    (null, 'regional-security',
     'Regional security', 'Региональная безопасность',
     'Security in regions where UK and Russian interests meet: which areas offer realistic engagement and which are unlikely to produce results.',
     'Безопасность в регионах, где пересекаются интересы Великобритании и России: какие направления допускают реальное взаимодействие, '
     || 'а какие вряд ли принесут результат.',
     5),
    (null, 'perspectives-values',
     'Perspectives and values', 'Взгляды и ценности',
     'Differences in how each side frames foreign and security policy, in terms of values or in terms of interests, and how to '
     || 'take them into account in dialogue.',
     'Различия в том, как каждая из сторон формулирует внешнюю политику и политику безопасности — в категориях ценностей или '
     || 'интересов, — и как учитывать их в диалоге.',
     6);

insert into topic (parent_id, slug, name_en, name_ru, description_en, description_ru, position)
select p.id, v.slug, v.name_en, v.name_ru, v.description_en, v.description_ru, v.position
from (values
    ('risk-reduction', 'incident-prevention', 0,
     'Prevention of military incidents', 'Предотвращение военных инцидентов',
     'Rules and arrangements to prevent dangerous military incidents at sea, in the air and near borders, and to manage them if they occur.',
     'Правила и договорённости, позволяющие предотвращать опасные военные инциденты на море, в воздухе и вблизи границ, '
     || 'а также урегулировать их, если они всё же произошли.'),
    ('risk-reduction', 'military-signalling', 1,
     'Signalling and communication channels', 'Сигналы о намерениях и каналы связи',
     'Channels through which each side can convey its intentions and read those of the other correctly, such as direct military '
     || 'lines of communication and notification of military activities.',
     'Каналы, через которые стороны могут доносить свои намерения и правильно понимать намерения друг друга: прямые линии связи '
     || 'между военными, уведомления о военной деятельности.'),
    ('mil-to-mil', 'nato-russia-council', 0,
     'NATO–Russia Council', 'Совет Россия–НАТО',
     'Using the NATO–Russia Council as a forum for military dialogue involving the UK and Russia.',
     'Использование Совета Россия–НАТО как площадки для военного диалога с участием Великобритании и России.'),
    ('mil-to-mil', 'osce', 1,
     'OSCE', 'ОБСЕ',
     'Using the formats and instruments of the OSCE for security dialogue and military transparency involving the UK and Russia.',
     'Использование форматов и инструментов ОБСЕ для диалога по вопросам безопасности и военной транспарентности с участием '
     || 'Великобритании и России.'),
    ('mil-to-mil', 'bilateral-forum', 2,
     'New bilateral forum', 'Новая двусторонняя площадка',
     'A new dedicated bilateral UK–Russian forum for military and security dialogue.',
     'Новая специализированная двусторонняя российско-британская площадка для диалога по военным вопросам и вопросам безопасности.')
) as v(parent_slug, slug, position, name_en, name_ru, description_en, description_ru)
join topic p on p.slug = v.parent_slug;

-- ---------------------------------------------------------------------------------------------------
-- Agenda items (positions 0..n per meeting) and their topics
-- ---------------------------------------------------------------------------------------------------
insert into agenda_item (meeting_id, position, title_en, title_ru, description_en, description_ru)
select m.id, v.position, v.title_en, v.title_ru, v.description_en, v.description_ru
from (values
    ('UK–Russia Security Dialogue: London meeting', 0,
     'Risk reduction and confidence building', 'Снижение рисков и укрепление доверия',
     'Why risk reduction and confidence building have become a particular challenge, and which rules and means of signalling '
     || 'that existed even during the Cold War are now missing.',
     'Почему снижение рисков и укрепление доверия стали особенно сложной задачей и каких правил и способов подачи сигналов, '
     || 'существовавших даже во времена холодной войны, сегодня не хватает.'),
    ('UK–Russia Security Dialogue: London meeting', 1,
     'Military-to-military engagement: existing forums and a new format',
     'Контакты по военной линии: существующие площадки и новый формат',
     'Options for further bilateral UK–Russian military engagement: the NATO–Russia Council, the OSCE or a new dedicated bilateral forum.',
     'Варианты расширения двусторонних российско-британских военных контактов: Совет Россия–НАТО, ОБСЕ или новая '
     || 'специализированная двусторонняя площадка.'),
    ('UK–Russia Security Dialogue: London meeting', 2,
     'Realistic areas of engagement', 'Реалистичные направления взаимодействия',
     'Which areas, such as counter-terrorism, cyber security and regional security, offer realistic potential for engagement, '
     || 'and which are unlikely to produce results.',
     'Какие направления — например, противодействие терроризму, кибербезопасность и региональная безопасность — дают реальные '
     || 'возможности для взаимодействия, а какие вряд ли принесут результат.'),
    ('UK–Russia Security Dialogue: Moscow meeting', 0,
     'Perspectives on security: values and interests', 'Взгляды на безопасность: ценности и интересы',
     'Differences in perspectives between the two countries and how they shape the approach of each side to security issues.',
     'Различия во взглядах двух стран и их влияние на подходы каждой из сторон к вопросам безопасности.'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1,
     'Shared security interests and the appetite for dialogue', 'Общие интересы в сфере безопасности и готовность к диалогу',
     'Where the two sides disagree, where their security interests overlap, and how open policymakers on both sides are to '
     || 'dialogue and cooperation.',
     'В чём стороны расходятся, где совпадают их интересы в сфере безопасности и насколько политики обеих стран открыты '
     || 'для диалога и сотрудничества.'),
    ('UK–Russia Security Dialogue: Moscow meeting', 2,
     'The way forward: recommendations to policymakers', 'Дальнейшие шаги: рекомендации для политиков',
     'Conclusions of the two meetings and the format of future discussions.',
     'Выводы по итогам двух встреч и формат дальнейших обсуждений.')
) as v(meeting_title, position, title_en, title_ru, description_en, description_ru)
join meeting m on m.title_en = v.meeting_title;

insert into agenda_item_topic (agenda_item_id, topic_id)
select a.id, t.id
from (values
    ('UK–Russia Security Dialogue: London meeting', 0, 'risk-reduction'),
    ('UK–Russia Security Dialogue: London meeting', 0, 'incident-prevention'),
    ('UK–Russia Security Dialogue: London meeting', 0, 'military-signalling'),
    ('UK–Russia Security Dialogue: London meeting', 0, 'arms-control'),
    ('UK–Russia Security Dialogue: London meeting', 1, 'mil-to-mil'),
    ('UK–Russia Security Dialogue: London meeting', 1, 'nato-russia-council'),
    ('UK–Russia Security Dialogue: London meeting', 1, 'osce'),
    ('UK–Russia Security Dialogue: London meeting', 1, 'bilateral-forum'),
    ('UK–Russia Security Dialogue: London meeting', 2, 'counter-terrorism'),
    ('UK–Russia Security Dialogue: London meeting', 2, 'cyber-security'),
    ('UK–Russia Security Dialogue: London meeting', 2, 'regional-security'),
    ('UK–Russia Security Dialogue: Moscow meeting', 0, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 'counter-terrorism'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 'cyber-security'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 'regional-security'),
    ('UK–Russia Security Dialogue: Moscow meeting', 2, 'mil-to-mil'),
    ('UK–Russia Security Dialogue: Moscow meeting', 2, 'perspectives-values')
) as v(meeting_title, agenda_position, slug)
join meeting m on m.title_en = v.meeting_title
join agenda_item a on a.meeting_id = m.id and a.position = v.agenda_position
join topic t on t.slug = v.slug;

-- ---------------------------------------------------------------------------------------------------
-- Participants: all invented people (marked "fictional participant"), none of them is a real person
-- ---------------------------------------------------------------------------------------------------
insert into participant (name_latin, name_cyrillic, institution_id, side, capacity, position_en, position_ru, email, phone)
select v.name_latin, v.name_cyrillic, i.id, v.side, v.capacity, v.position_en, v.position_ru, v.email, v.phone
from (values
    ('James Ardley', 'Джеймс Ардли', 'RUSI', 'UK', 'ORGANISER',
     'Project Manager, UK–Russia dialogue (fictional participant)',
     'руководитель проекта российско-британского диалога (вымышленный участник)',
     'j.ardley@rusi.example.org', '+44 20 7946 0418'),
    ('Hannah Lockwood', 'Ханна Локвуд', 'RUSI', 'UK', 'EXPERT',
     'Research Fellow, Russia and Eurasia (fictional participant)',
     'научный сотрудник, направление «Россия и Евразия» (вымышленный участник)',
     'h.lockwood@rusi.example.org', '+44 20 7946 0419'),
    ('Eleanor Whitcombe', 'Элинор Уиткомб', 'NISS', 'UK', 'EXPERT',
     'Senior Fellow, European Security (fictional participant)',
     'старший научный сотрудник, направление европейской безопасности (вымышленный участник)',
     'e.whitcombe@northbridge.example.org', null),
    ('Richard Penhaligon', 'Ричард Пенхалигон', 'NISS', 'UK', 'MILITARY',
     'Air Commodore (retd), Associate Fellow (fictional participant)',
     'коммодор авиации в отставке, ассоциированный эксперт (вымышленный участник)',
     'r.penhaligon@northbridge.example.org', null),
    ('Catherine Ashworth', 'Кэтрин Эшворт', 'WDLU', 'UK', 'OFFICIAL',
     'Policy Adviser, attending in a personal capacity (fictional participant)',
     'советник по вопросам политики, участвует в личном качестве (вымышленный участник)',
     'c.ashworth@wdlu.example.org', null),
    ('Thomas Marchbank', 'Томас Марчбэнк', null, 'UK', 'PRACTITIONER',
     'Cyber incident response lead (fictional participant)',
     'руководитель группы реагирования на киберинциденты (вымышленный участник)',
     't.marchbank@example.org', null),
    ('Alexei Zaozersky', 'Алексей Заозерский', 'RIAC', 'RUSSIA', 'ORGANISER',
     'Programme Director (fictional participant)',
     'директор программ (вымышленный участник)',
     'a.zaozersky@riac.example.ru', null),
    ('Pavel Yasenev', 'Павел Ясенев', 'RIAC', 'RUSSIA', 'EXPERT',
     'Research Fellow (fictional participant)',
     'научный сотрудник (вымышленный участник)',
     'p.yasenev@riac.example.ru', null),
    ('Irina Lebedintseva', 'Ирина Лебединцева', 'Arbat CIS', 'RUSSIA', 'EXPERT',
     'Professor, Head of Centre (fictional participant)',
     'профессор, руководитель центра (вымышленный участник)',
     'i.lebedintseva@arbat-university.example.ru', null),
    ('Anna Rudneva', 'Анна Руднева', 'Arbat CIS', 'RUSSIA', 'PRACTITIONER',
     'Information security specialist (fictional participant)',
     'специалист по информационной безопасности (вымышленный участник)',
     'a.rudneva@arbat-university.example.ru', null),
    ('Viktor Kamyshev', 'Виктор Камышев', 'ZCDA', 'RUSSIA', 'MILITARY',
     'Major General (retd), Senior Adviser (fictional participant)',
     'генерал-майор в отставке, старший советник (вымышленный участник)',
     'v.kamyshev@zcda.example.ru', null),
    ('Dmitry Solntsev', 'Дмитрий Солнцев', null, 'RUSSIA', 'OFFICIAL',
     'Diplomat, attending in a personal capacity (fictional participant)',
     'дипломат, участвует в личном качестве (вымышленный участник)',
     'd.solntsev@example.ru', null)
) as v(name_latin, name_cyrillic, institution_short, side, capacity, position_en, position_ru, email, phone)
left join institution i on i.short_name_en = v.institution_short;

-- ---------------------------------------------------------------------------------------------------
-- Attendance
-- ---------------------------------------------------------------------------------------------------
insert into attendance (meeting_id, participant_id, status, role)
select m.id, p.id, v.status, v.role
from (values
    ('UK–Russia Security Dialogue: London meeting', 'James Ardley', 'ATTENDED', 'CHAIR'),
    ('UK–Russia Security Dialogue: London meeting', 'Alexei Zaozersky', 'ATTENDED', 'CHAIR'),
    ('UK–Russia Security Dialogue: London meeting', 'Hannah Lockwood', 'ATTENDED', 'RAPPORTEUR'),
    ('UK–Russia Security Dialogue: London meeting', 'Eleanor Whitcombe', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: London meeting', 'Richard Penhaligon', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: London meeting', 'Catherine Ashworth', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: London meeting', 'Thomas Marchbank', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: London meeting', 'Irina Lebedintseva', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: London meeting', 'Viktor Kamyshev', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: London meeting', 'Dmitry Solntsev', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: London meeting', 'Pavel Yasenev', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Alexei Zaozersky', 'ATTENDED', 'CHAIR'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'James Ardley', 'ATTENDED', 'CHAIR'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Pavel Yasenev', 'ATTENDED', 'RAPPORTEUR'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Irina Lebedintseva', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Viktor Kamyshev', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Dmitry Solntsev', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Anna Rudneva', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Eleanor Whitcombe', 'ATTENDED', 'SPEAKER'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Richard Penhaligon', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Catherine Ashworth', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Hannah Lockwood', 'ATTENDED', 'PARTICIPANT'),
    ('UK–Russia Security Dialogue: Moscow meeting', 'Thomas Marchbank', 'DECLINED', 'PARTICIPANT')
) as v(meeting_title, name_latin, status, role)
join meeting m on m.title_en = v.meeting_title
join participant p on p.name_latin = v.name_latin;

-- ---------------------------------------------------------------------------------------------------
-- Statements: key points as the summary reports them. Both meetings were held under the SIDE rule,
-- so no statement is NAMED and no speaker is recorded. Position is the order within the meeting.
-- ---------------------------------------------------------------------------------------------------
insert into statement (meeting_id, agenda_item_id, position, kind, side, attribution, text_en, text_ru, created_at, updated_at)
select m.id, a.id, v.position, v.kind, v.side, v.attribution, v.text_en, v.text_ru, v.created_at::timestamptz, v.created_at::timestamptz
from (values
    -- London meeting
    ('UK–Russia Security Dialogue: London meeting', 0, 0, 'POSITION', 'BOTH', 'SIDE',
     'Risk reduction and confidence building are seen as ‘a particular challenge’ due to ‘the apparent absence of rules and the '
     || 'ability to effectively signal to each other, which had even existed during the Cold War’.',
     'Снижение рисков и укрепление доверия рассматриваются как «особенно сложная задача» из-за «очевидного отсутствия правил '
     || 'и возможности эффективно подавать друг другу сигналы, которые существовали даже во времена холодной войны».',
     '2017-06-12 10:00:00+01'),
    ('UK–Russia Security Dialogue: London meeting', 1, 1, 'PROPOSAL', 'BOTH', 'SIDE',
     'To counter this, participants recommended further bilateral UK–Russian military engagement. This could be done through '
     || 'existing forums, such as the NATO–Russia Council or the OSCE, or through a ‘new dedicated bilateral forum’.',
     'Чтобы исправить это положение, участники рекомендовали расширить двусторонние российско-британские военные контакты. '
     || 'Это можно сделать в рамках существующих площадок, таких как Совет Россия–НАТО или ОБСЕ, либо через «новую '
     || 'специализированную двустороннюю площадку».',
     '2017-06-12 10:00:00+01'),
    ('UK–Russia Security Dialogue: London meeting', 1, 2, 'QUOTE', 'UK', 'SIDE',
     'A UK participant said of further bilateral military engagement: ‘it is not a concession to Russia from the West and does '
     || 'not symbolise appeasement’.',
     'Британский участник подчеркнул, что расширение двусторонних военных контактов — «это не уступка России со стороны Запада '
     || 'и не символ политики умиротворения».',
     '2017-06-12 10:00:00+01'),
    ('UK–Russia Security Dialogue: London meeting', 2, 3, 'POSITION', 'BOTH', 'NONE',
     'Participants sought to identify realistic potential areas of engagement, such as counter-terrorism, cyber security and '
     || 'regional security, and to confirm areas that are unlikely to produce results in the current climate.',
     'Участники стремились определить реалистичные направления возможного взаимодействия — например, противодействие терроризму, '
     || 'кибербезопасность и региональную безопасность — и выявить те, которые в нынешних условиях вряд ли принесут результат.',
     '2017-06-12 10:00:00+01'),
    -- Moscow meeting
    ('UK–Russia Security Dialogue: Moscow meeting', 0, 0, 'QUOTE', 'RUSSIA', 'SIDE',
     'The Russian side argued that ‘the West had too often framed foreign policy relationships in terms of "values", whereas '
     || 'Russia does so more in terms of interests’.',
     'Российская сторона утверждала, что «Запад слишком часто выстраивал внешнеполитические отношения в категориях „ценностей“, '
     || 'тогда как Россия делает это скорее в категориях интересов».',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 0, 1, 'POSITION', 'BOTH', 'SIDE',
     'Participants argued that, in order to achieve better understanding, future discussions should consider the differences '
     || 'in perspectives between the two countries.',
     'Участники отметили, что для лучшего взаимопонимания в ходе будущих обсуждений необходимо учитывать различия во взглядах '
     || 'двух стран.',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 0, 2, 'PROPOSAL', 'BOTH', 'SIDE',
     'Discussions should ‘focus on the different approaches each side has towards security issues to ensure that options to '
     || 'find solutions or compromise are exhausted before they are dismissed’.',
     'Обсуждения должны «сосредоточиться на различиях в подходах сторон к вопросам безопасности, чтобы возможности найти '
     || 'решение или компромисс были исчерпаны прежде, чем от них откажутся».',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 3, 'DISAGREEMENT', 'BOTH', 'NONE',
     'Views diverged on a number of security issues, and participants acknowledged that some areas are unlikely to produce '
     || 'results at present.',
     'По ряду вопросов безопасности мнения разошлись, и участники признали, что на некоторых направлениях результатов '
     || 'в настоящее время ожидать не приходится.',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 4, 'AGREEMENT', 'BOTH', 'SIDE',
     'While there was often disagreement between both sides, there is still an appetite for dialogue on shared security interests.',
     'Хотя стороны нередко расходились во мнениях, готовность к диалогу по вопросам, в которых интересы сторон в сфере '
     || 'безопасности совпадают, сохраняется.',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 5, 'POSITION', 'UK', 'SIDE',
     'UK policymakers have signalled that ‘despite the political tensions with Russia, they are open to dialogue and potential '
     || 'cooperation where it could be beneficial to the interests of both sides’.',
     'Британские политики дали понять, что, «несмотря на политическую напряжённость в отношениях с Россией, они открыты для '
     || 'диалога и возможного сотрудничества там, где это может отвечать интересам обеих сторон».',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 6, 'POSITION', 'RUSSIA', 'SIDE',
     'Openness to dialogue and potential cooperation where it could benefit the interests of both sides is a view shared by '
     || 'a majority of Russia’s political community.',
     'Открытость к диалогу и возможному сотрудничеству там, где это может отвечать интересам обеих сторон, разделяет '
     || 'большинство российского политического сообщества.',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 2, 7, 'AGREEMENT', 'BOTH', 'SIDE',
     'Even though there is a state of ‘deep-freeze’ between the UK and Russia, especially in relation to security, there are '
     || 'still important opportunities for dialogue and cooperation which policymakers on both sides should exploit.',
     'Несмотря на «глубокую заморозку» в отношениях Великобритании и России, особенно в сфере безопасности, сохраняются '
     || 'важные возможности для диалога и сотрудничества, которыми политикам обеих стран следует воспользоваться.',
     '2017-11-20 10:00:00+03'),
    ('UK–Russia Security Dialogue: Moscow meeting', 2, 8, 'PROPOSAL', 'BOTH', 'SIDE',
     'The attendees recommended that further discussions should be held in focused working groups involving more government '
     || 'and practitioner participation.',
     'Участники рекомендовали продолжить обсуждения в тематических рабочих группах с более широким участием представителей '
     || 'государственных структур и практиков.',
     '2017-11-20 10:00:00+03')
) as v(meeting_title, agenda_position, position, kind, side, attribution, text_en, text_ru, created_at)
join meeting m on m.title_en = v.meeting_title
left join agenda_item a on a.meeting_id = m.id and a.position = v.agenda_position;

insert into statement_topic (statement_id, topic_id)
select s.id, t.id
from (values
    ('UK–Russia Security Dialogue: London meeting', 0, 'risk-reduction'),
    ('UK–Russia Security Dialogue: London meeting', 0, 'military-signalling'),
    ('UK–Russia Security Dialogue: London meeting', 1, 'mil-to-mil'),
    ('UK–Russia Security Dialogue: London meeting', 1, 'risk-reduction'),
    ('UK–Russia Security Dialogue: London meeting', 2, 'mil-to-mil'),
    ('UK–Russia Security Dialogue: London meeting', 3, 'counter-terrorism'),
    ('UK–Russia Security Dialogue: London meeting', 3, 'cyber-security'),
    ('UK–Russia Security Dialogue: Moscow meeting', 0, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 1, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 2, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 3, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 3, 'regional-security'),
    ('UK–Russia Security Dialogue: Moscow meeting', 4, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 5, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 6, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 7, 'perspectives-values'),
    ('UK–Russia Security Dialogue: Moscow meeting', 8, 'perspectives-values')
) as v(meeting_title, statement_position, slug)
join meeting m on m.title_en = v.meeting_title
join statement s on s.meeting_id = m.id and s.position = v.statement_position
join topic t on t.slug = v.slug;

-- ---------------------------------------------------------------------------------------------------
-- Recommendations (as the summary makes them). Current statuses are illustrative and match the
-- last entry of each status history below. created_at is the day of proposal, updated_at the last change.
-- ---------------------------------------------------------------------------------------------------
insert into recommendation (reference, title_en, title_ru, text_en, text_ru, addressed_to, feasibility, consensus, status,
                            created_at, updated_at)
select v.reference, v.title_en, v.title_ru, v.text_en, v.text_ru, v.addressed_to, v.feasibility, v.consensus, v.status,
       v.created_at::timestamptz, v.updated_at::timestamptz
from (values
    ('UKRU-2017-01',
     'Use the NATO–Russia Council for further UK–Russian military engagement',
     'Использовать Совет Россия–НАТО для расширения российско-британских военных контактов',
     'To counter the apparent absence of rules and of the ability to signal effectively to each other, the UK and Russia should '
     || 'pursue further bilateral military engagement, using existing forums such as the NATO–Russia Council. Such engagement '
     || 'is not a concession to Russia from the West and does not symbolise appeasement.',
     'Чтобы преодолеть очевидное отсутствие правил и возможности эффективно подавать друг другу сигналы, Великобритании и России '
     || 'следует расширять двусторонние военные контакты, используя существующие площадки, такие как Совет Россия–НАТО. Такие '
     || 'контакты не являются уступкой России со стороны Запада и не символизируют политику умиротворения.',
     'NATO_RUSSIA_COUNCIL', 'POSSIBLE', 'CONSENSUS', 'OVERTAKEN_BY_EVENTS',
     '2017-06-09 17:00:00+01', '2022-03-01 10:00:00+00'),
    ('UKRU-2017-02',
     'Use the OSCE for further UK–Russian military engagement',
     'Использовать ОБСЕ для расширения российско-британских военных контактов',
     'Further bilateral UK–Russian military engagement, aimed at risk reduction and confidence building, could be pursued '
     || 'within the OSCE, an existing forum in which both countries take part.',
     'Расширение двусторонних российско-британских военных контактов в целях снижения рисков и укрепления доверия может '
     || 'осуществляться в рамках ОБСЕ — существующей площадки, в работе которой участвуют обе страны.',
     'OSCE', 'POSSIBLE', 'CONSENSUS', 'STALLED',
     '2017-06-09 17:00:00+01', '2022-03-15 10:00:00+00'),
    ('UKRU-2017-03',
     'Create a new dedicated bilateral forum for UK–Russian military engagement',
     'Создать новую специализированную двустороннюю площадку для российско-британских военных контактов',
     'As an alternative to existing forums, the UK and Russia could establish a new dedicated bilateral forum for military '
     || 'engagement, focused on risk reduction and confidence building.',
     'В качестве альтернативы существующим площадкам Великобритания и Россия могли бы создать новую специализированную '
     || 'двустороннюю площадку для военных контактов, ориентированную на снижение рисков и укрепление доверия.',
     'NEW_BILATERAL_FORUM', 'UNLIKELY', 'CONSENSUS', 'PROPOSED',
     '2017-06-09 17:00:00+01', '2017-06-09 17:00:00+01'),
    ('UKRU-2017-04',
     'Examine each side’s approach to security issues before dismissing options',
     'Изучать подходы каждой из сторон к вопросам безопасности, прежде чем отвергать возможные решения',
     'To achieve better understanding, future discussions should consider the differences in perspectives between the two '
     || 'countries and focus on the different approaches each side has towards security issues, to ensure that options to find '
     || 'solutions or compromise are exhausted before they are dismissed.',
     'Для лучшего взаимопонимания в ходе будущих обсуждений следует учитывать различия во взглядах двух стран и сосредоточиться '
     || 'на различиях в подходах сторон к вопросам безопасности, чтобы возможности найти решение или компромисс были исчерпаны '
     || 'прежде, чем от них откажутся.',
     'TRACK_2_ORGANISERS', 'REALISTIC', 'CONSENSUS', 'IMPLEMENTED',
     '2017-11-17 17:00:00+03', '2019-04-30 12:00:00+01'),
    ('UKRU-2017-05',
     'Hold further discussions in focused working groups with more government and practitioner participation',
     'Продолжить обсуждения в тематических рабочих группах с более широким участием государственных структур и практиков',
     'Building on the appetite for dialogue on shared security interests, further discussions should be held in focused working '
     || 'groups involving more government and practitioner participation, for example on the realistic areas of engagement '
     || 'identified in the dialogue.',
     'Опираясь на сохраняющуюся готовность к диалогу по вопросам, в которых интересы сторон в сфере безопасности совпадают, '
     || 'дальнейшие обсуждения следует проводить в тематических рабочих группах с более широким участием представителей '
     || 'государственных структур и практиков — например, по реалистичным направлениям взаимодействия, выявленным в ходе диалога.',
     'TRACK_2_ORGANISERS', 'REALISTIC', 'CONSENSUS', 'IN_PROGRESS',
     '2017-11-17 17:00:00+03', '2018-07-20 12:00:00+01'),
    ('UKRU-2017-06',
     'Restore rules and channels for incident prevention and military signalling',
     'Восстановить правила и каналы связи для предотвращения инцидентов и передачи сигналов о намерениях',
     'Given the apparent absence of rules and of the ability to signal effectively to each other, which had existed even during '
     || 'the Cold War, both governments should look for ways to restore agreed rules of conduct and reliable channels of military '
     || 'communication, so as to prevent incidents and misunderstandings.',
     'С учётом очевидного отсутствия правил и возможности эффективно подавать друг другу сигналы, которые существовали даже '
     || 'во времена холодной войны, правительствам обеих стран следует искать пути восстановления согласованных правил поведения '
     || 'и надёжных каналов военной связи, чтобы предотвращать инциденты и недопонимание.',
     'BOTH_GOVERNMENTS', 'POSSIBLE', 'MAJORITY', 'UNDER_CONSIDERATION',
     '2017-06-09 17:00:00+01', '2018-02-20 12:00:00+00')
) as v(reference, title_en, title_ru, text_en, text_ru, addressed_to, feasibility, consensus, status, created_at, updated_at);

insert into recommendation_topic (recommendation_id, topic_id)
select r.id, t.id
from (values
    ('UKRU-2017-01', 'mil-to-mil'),
    ('UKRU-2017-01', 'nato-russia-council'),
    ('UKRU-2017-01', 'risk-reduction'),
    ('UKRU-2017-02', 'mil-to-mil'),
    ('UKRU-2017-02', 'osce'),
    ('UKRU-2017-02', 'risk-reduction'),
    ('UKRU-2017-03', 'mil-to-mil'),
    ('UKRU-2017-03', 'bilateral-forum'),
    ('UKRU-2017-04', 'perspectives-values'),
    ('UKRU-2017-05', 'perspectives-values'),
    ('UKRU-2017-05', 'counter-terrorism'),
    ('UKRU-2017-05', 'cyber-security'),
    ('UKRU-2017-05', 'regional-security'),
    ('UKRU-2017-06', 'risk-reduction'),
    ('UKRU-2017-06', 'incident-prevention'),
    ('UKRU-2017-06', 'military-signalling')
) as v(reference, slug)
join recommendation r on r.reference = v.reference
join topic t on t.slug = v.slug;

insert into recommendation_meeting (recommendation_id, meeting_id)
select r.id, m.id
from (values
    ('UKRU-2017-01', 'UK–Russia Security Dialogue: London meeting'),
    ('UKRU-2017-02', 'UK–Russia Security Dialogue: London meeting'),
    ('UKRU-2017-03', 'UK–Russia Security Dialogue: London meeting'),
    ('UKRU-2017-04', 'UK–Russia Security Dialogue: Moscow meeting'),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: London meeting'),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: Moscow meeting'),
    ('UKRU-2017-06', 'UK–Russia Security Dialogue: London meeting')
) as v(reference, meeting_title)
join recommendation r on r.reference = v.reference
join meeting m on m.title_en = v.meeting_title;

insert into recommendation_statement (recommendation_id, statement_id)
select r.id, s.id
from (values
    ('UKRU-2017-01', 'UK–Russia Security Dialogue: London meeting', 0),
    ('UKRU-2017-01', 'UK–Russia Security Dialogue: London meeting', 1),
    ('UKRU-2017-01', 'UK–Russia Security Dialogue: London meeting', 2),
    ('UKRU-2017-02', 'UK–Russia Security Dialogue: London meeting', 0),
    ('UKRU-2017-02', 'UK–Russia Security Dialogue: London meeting', 1),
    ('UKRU-2017-03', 'UK–Russia Security Dialogue: London meeting', 1),
    ('UKRU-2017-03', 'UK–Russia Security Dialogue: London meeting', 2),
    ('UKRU-2017-04', 'UK–Russia Security Dialogue: Moscow meeting', 0),
    ('UKRU-2017-04', 'UK–Russia Security Dialogue: Moscow meeting', 1),
    ('UKRU-2017-04', 'UK–Russia Security Dialogue: Moscow meeting', 2),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: London meeting', 3),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: Moscow meeting', 4),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: Moscow meeting', 5),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: Moscow meeting', 6),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: Moscow meeting', 7),
    ('UKRU-2017-05', 'UK–Russia Security Dialogue: Moscow meeting', 8),
    ('UKRU-2017-06', 'UK–Russia Security Dialogue: London meeting', 0)
) as v(reference, meeting_title, statement_position)
join recommendation r on r.reference = v.reference
join meeting m on m.title_en = v.meeting_title
join statement s on s.meeting_id = m.id and s.position = v.statement_position;

-- ---------------------------------------------------------------------------------------------------
-- Status history (illustrative). Every chain starts with null -> PROPOSED on the day of the meeting
-- and ends with the current status of the recommendation. Recorded by the organiser account.
-- ---------------------------------------------------------------------------------------------------
insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_at, note, changed_by_id)
select r.id, v.from_status, v.to_status, v.changed_at::timestamptz, v.note,
       (select id from app_user where username = 'organiser')
from (values
    ('UKRU-2017-01', null, 'PROPOSED', '2017-06-09 17:00:00+01',
     'Recommended at the London meeting.'),
    ('UKRU-2017-01', 'PROPOSED', 'UNDER_CONSIDERATION', '2018-02-20 12:00:00+00',
     'Conference report published in English and Russian and shared with officials on both sides.'),
    ('UKRU-2017-01', 'UNDER_CONSIDERATION', 'STALLED', '2018-03-20 10:00:00+00',
     'No prospect of progress after the UK suspended planned high-level bilateral contacts with Russia in March 2018.'),
    ('UKRU-2017-01', 'STALLED', 'OVERTAKEN_BY_EVENTS', '2022-03-01 10:00:00+00',
     'The NATO–Russia Council has not met since January 2022. After Russia’s full-scale invasion of Ukraine this route is moot for the foreseeable future.'),
    ('UKRU-2017-02', null, 'PROPOSED', '2017-06-09 17:00:00+01',
     'Recommended at the London meeting.'),
    ('UKRU-2017-02', 'PROPOSED', 'UNDER_CONSIDERATION', '2018-02-20 12:00:00+00',
     'Conference report published in English and Russian and shared with officials on both sides.'),
    ('UKRU-2017-02', 'UNDER_CONSIDERATION', 'STALLED', '2022-03-15 10:00:00+00',
     'No progress. Security dialogue in the OSCE has been largely blocked since February 2022. Kept open in case conditions change.'),
    ('UKRU-2017-03', null, 'PROPOSED', '2017-06-09 17:00:00+01',
     'Recommended at the London meeting as an alternative to the existing forums.'),
    ('UKRU-2017-04', null, 'PROPOSED', '2017-11-17 17:00:00+03',
     'Recommended at the Moscow meeting.'),
    ('UKRU-2017-04', 'PROPOSED', 'ADOPTED', '2018-02-20 12:00:00+00',
     'Adopted by RUSI and RIAC as a working principle for future rounds of the dialogue.'),
    ('UKRU-2017-04', 'ADOPTED', 'IN_PROGRESS', '2018-09-14 12:00:00+03',
     'A session comparing the approaches of both sides added to the agenda template for future rounds.'),
    ('UKRU-2017-04', 'IN_PROGRESS', 'IMPLEMENTED', '2019-04-30 12:00:00+01',
     'Applied in the following round of the dialogue: options are examined from both perspectives before being set aside.'),
    ('UKRU-2017-05', null, 'PROPOSED', '2017-11-17 17:00:00+03',
     'Recommended at the Moscow meeting, building on the London discussion of realistic areas of engagement.'),
    ('UKRU-2017-05', 'PROPOSED', 'ADOPTED', '2018-02-20 12:00:00+00',
     'The organisers agreed to take the recommendation forward.'),
    ('UKRU-2017-05', 'ADOPTED', 'IN_PROGRESS', '2018-07-20 12:00:00+01',
     'Terms of reference for the working groups drafted and agreed by both organisers.'),
    ('UKRU-2017-06', null, 'PROPOSED', '2017-06-09 17:00:00+01',
     'Recommended at the London meeting (majority view).'),
    ('UKRU-2017-06', 'PROPOSED', 'UNDER_CONSIDERATION', '2018-02-20 12:00:00+00',
     'Conference report published in English and Russian and shared with officials on both sides.')
) as v(reference, from_status, to_status, changed_at, note)
join recommendation r on r.reference = v.reference;

-- ---------------------------------------------------------------------------------------------------
-- Follow-up actions (illustrative). Owner: at most one of institution, participant or free text.
-- completed_on is set exactly when the status is DONE.
-- ---------------------------------------------------------------------------------------------------
insert into follow_up_action (recommendation_id, description_en, description_ru, owner_institution_id, owner_participant_id,
                              owner_text, due_date, status, completion_note, completed_on, created_at, updated_at)
select r.id, v.description_en, v.description_ru,
       (select i.id from institution i where i.short_name_en = v.owner_institution),
       (select p.id from participant p where p.name_latin = v.owner_participant),
       v.owner_text, v.due_date::date, v.status, v.completion_note, v.completed_on::date,
       v.created_at::timestamptz, v.updated_at::timestamptz
from (values
    ('UKRU-2017-01',
     'Share the findings of the report on the NATO–Russia Council with the UK Joint Delegation to NATO.',
     'Направить выводы доклада, касающиеся Совета Россия–НАТО, в Совместную делегацию Великобритании при НАТО.',
     'RUSI', null, null, '2018-03-31', 'DONE',
     'Report and a short cover note sent to the delegation.', '2018-03-05',
     '2018-02-21 10:00:00+00', '2018-03-05 16:00:00+00'),
    ('UKRU-2017-01',
     'Organise a Track II side event on military risk reduction ahead of a NATO–Russia Council meeting.',
     'Организовать экспертное мероприятие «второго трека» по снижению военных рисков накануне заседания Совета Россия–НАТО.',
     null, 'Richard Penhaligon', null, '2018-06-30', 'CANCELLED',
     'Cancelled after the UK suspended planned high-level bilateral contacts with Russia in March 2018.', null,
     '2018-02-21 10:00:00+00', '2018-03-22 11:00:00+00'),
    ('UKRU-2017-02',
     'Prepare a discussion paper on using OSCE formats for UK–Russian military-to-military contacts.',
     'Подготовить аналитическую записку об использовании форматов ОБСЕ для российско-британских контактов по военной линии.',
     null, 'Irina Lebedintseva', null, '2024-06-30', 'IN_PROGRESS',
     null, null,
     '2019-05-15 10:00:00+03', '2023-10-02 10:00:00+03'),
    ('UKRU-2017-03',
     'Draft a concept note on possible terms of reference for a dedicated bilateral UK–Russian security forum, to be ready if political conditions permit.',
     'Подготовить концептуальную записку о возможном мандате специализированной двусторонней российско-британской площадки '
     || 'по вопросам безопасности — на случай, если позволят политические условия.',
     null, null, 'RUSI–RIAC joint drafting group', '2027-06-30', 'OPEN',
     null, null,
     '2025-12-01 10:00:00+00', '2025-12-01 10:00:00+00'),
    ('UKRU-2017-04',
     'Add a session comparing the approaches of both sides to a given security issue to the agenda template for future rounds.',
     'Включить в типовую программу будущих раундов сессию, посвящённую сравнению подходов сторон к конкретной проблеме безопасности.',
     'RIAC', null, null, '2018-09-30', 'DONE',
     'Agenda template updated and agreed with RUSI.', '2018-09-14',
     '2018-02-21 10:00:00+03', '2018-09-14 12:00:00+03'),
    ('UKRU-2017-05',
     'Draft terms of reference for focused working groups.',
     'Подготовить положение о тематических рабочих группах.',
     null, 'Alexei Zaozersky', null, '2018-07-31', 'DONE',
     'Terms of reference agreed by both organisers.', '2018-07-20',
     '2018-02-21 10:00:00+03', '2018-07-20 12:00:00+03'),
    ('UKRU-2017-05',
     'Convene the first working group meeting, on counter-terrorism cooperation.',
     'Провести первое заседание рабочей группы — по сотрудничеству в противодействии терроризму.',
     null, null, null, '2020-05-31', 'CANCELLED',
     'Cancelled: an in-person meeting was impossible because of COVID-19 travel restrictions.', null,
     '2019-10-01 10:00:00+00', '2020-03-20 10:00:00+00'),
    ('UKRU-2017-05',
     'Identify government officials and practitioners on both sides willing to take part in the working groups.',
     'Определить представителей государственных структур и практиков с обеих сторон, готовых участвовать в работе рабочих групп.',
     null, 'James Ardley', null, '2025-03-31', 'OPEN',
     null, null,
     '2024-01-15 10:00:00+00', '2024-01-15 10:00:00+00'),
    ('UKRU-2017-06',
     'Compile an overview of existing UK–Russian incident-prevention arrangements, including the 1986 UK–USSR agreement on the prevention of incidents at sea, and of how they are used today.',
     'Подготовить обзор действующих российско-британских договорённостей о предотвращении инцидентов, включая соглашение '
     || 'между Великобританией и СССР о предотвращении инцидентов на море 1986 года, и практики их применения.',
     null, 'Catherine Ashworth', null, '2025-09-30', 'IN_PROGRESS',
     null, null,
     '2024-06-10 10:00:00+01', '2025-02-03 10:00:00+00')
) as v(reference, description_en, description_ru, owner_institution, owner_participant, owner_text, due_date, status,
       completion_note, completed_on, created_at, updated_at)
join recommendation r on r.reference = v.reference;

-- ---------------------------------------------------------------------------------------------------
-- Documents (issue 15): the London meeting's agenda, for researchers, and a background paper for the organisers
-- only, as plain text in one chunk each of the PostgreSQL store. Their text is read for the search at start, as
-- that of any document still waiting (document/TextExtraction).
-- ---------------------------------------------------------------------------------------------------
insert into document_content (storage_key, size, sha256, created_at)
select v.key, octet_length(convert_to(v.body, 'UTF8')), encode(sha256(convert_to(v.body, 'UTF8')), 'hex'),
       timestamptz '2017-05-25 10:00:00+01'
from (values
    ('demo-london-agenda',
     'UK–Russia Security Dialogue: London meeting, 8–9 June 2017. Agenda.' || chr(10) || chr(10)
     || 'Session 1. Risk reduction and confidence building: rules of the road and signalling.' || chr(10)
     || 'Session 2. Military-to-military engagement through the NATO–Russia Council, the OSCE or a new bilateral forum.'
     || chr(10) || 'Session 3. Perspectives and values: values versus interests in policy framing.' || chr(10) || chr(10)
     || 'Российско-британский диалог по вопросам безопасности: встреча в Лондоне. Повестка дня: снижение рисков и '
     || 'укрепление доверия, военные контакты, ценности и интересы.' || chr(10)),
    ('demo-london-background',
     'Background paper for participants (organisers only): incidents at sea and in the air since 2014, and the '
     || 'arrangements that exist to prevent them, including the 1986 UK–USSR agreement.' || chr(10))
) as v(key, body);

insert into document_chunk (storage_key, position, data)
values ('demo-london-agenda', 0, convert_to(
     'UK–Russia Security Dialogue: London meeting, 8–9 June 2017. Agenda.' || chr(10) || chr(10)
     || 'Session 1. Risk reduction and confidence building: rules of the road and signalling.' || chr(10)
     || 'Session 2. Military-to-military engagement through the NATO–Russia Council, the OSCE or a new bilateral forum.'
     || chr(10) || 'Session 3. Perspectives and values: values versus interests in policy framing.' || chr(10) || chr(10)
     || 'Российско-британский диалог по вопросам безопасности: встреча в Лондоне. Повестка дня: снижение рисков и '
     || 'укрепление доверия, военные контакты, ценности и интересы.' || chr(10), 'UTF8')),
       ('demo-london-background', 0, convert_to(
     'Background paper for participants (organisers only): incidents at sea and in the air since 2014, and the '
     || 'arrangements that exist to prevent them, including the 1986 UK–USSR agreement.' || chr(10), 'UTF8'));

insert into document (meeting_id, title, category, access_level, created_at, updated_at)
select m.id, v.title, v.category, v.access_level, timestamptz '2017-05-25 10:00:00+01', timestamptz '2017-05-25 10:00:00+01'
from meeting m, (values ('Agenda of the London meeting', 'AGENDA', 'RESEARCHERS', 1),
                        ('Background paper: incidents and their prevention', 'BACKGROUND_PAPER', 'ORGANISERS', 2))
                as v(title, category, access_level, n)
where m.title_en = 'UK–Russia Security Dialogue: London meeting'
order by v.n;

insert into document_version (document_id, number, file_name, content_type, size, sha256, storage_key, uploaded_by,
                              uploaded_at)
select d.id, 1, v.file_name, 'text/plain', c.size, c.sha256, c.storage_key, 'organiser',
       timestamptz '2017-05-25 10:00:00+01'
from (values ('Agenda of the London meeting', 'london-agenda.txt', 'demo-london-agenda'),
             ('Background paper: incidents and their prevention', 'background-incidents.txt', 'demo-london-background'))
     as v(title, file_name, key)
join document d on d.title = v.title
join document_content c on c.storage_key = v.key;
