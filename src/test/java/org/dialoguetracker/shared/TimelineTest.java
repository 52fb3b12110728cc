package org.dialoguetracker.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.dialoguetracker.shared.Timeline.Event;
import org.dialoguetracker.shared.Timeline.Label;
import org.dialoguetracker.shared.Timeline.Legend;
import org.dialoguetracker.shared.Timeline.Mark;
import org.dialoguetracker.shared.Timeline.Tick;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Marks are placed in Java: at their date on whole years, on separate lanes where they would overlap. */
class TimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 3, 1);

    @Test
    void no_events_give_an_empty_timeline() {
        Timeline timeline = Timeline.of(List.of(), TODAY);
        assertThat(timeline.isEmpty()).isTrue();
        assertThat(timeline.ticks()).isEmpty();
        assertThat(timeline.today()).isNull();
    }

    @Test
    void events_sit_at_their_date_within_whole_years_and_today_is_drawn_when_inside() {
        Timeline timeline = Timeline.of(List.of(event("2018-07-02", "Moscow", "HELD"),
                event("2017-01-01", "London", "PUBLISHED")), TODAY);
        assertThat(timeline.marks()).extracting(mark -> mark.event().place().en()).containsExactly("London", "Moscow");
        assertThat(timeline.marks()).extracting(Mark::x).containsExactly("2.00%", "73.93%");
        assertThat(timeline.ticks()).extracting(Tick::label).containsExactly("2017", "2018");
        assertThat(timeline.ticks()).extracting(Tick::x).containsExactly("2.00%", "50.00%");
        assertThat(timeline.today()).isEqualTo("57.76%");
        assertThat(timeline.lanes()).isEqualTo(1);
        assertThat(timeline.marks()).extracting(Mark::label).containsOnly(Label.AFTER);
        assertThat(timeline.legend()).containsExactly(new Legend("kind.PUBLISHED", "css-PUBLISHED", 1),
                new Legend("kind.HELD", "css-HELD", 1));
        assertThat(Timeline.of(List.of(event("2010-05-05", "Geneva", "HELD")), TODAY).today()).isNull();
    }

    @Test
    void events_close_together_go_on_lanes_of_their_own_and_a_crowd_loses_its_labels() {
        List<Event> events = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            events.add(event("2019-03-%02d".formatted(day), "Vienna", "HELD"));
        }
        events.add(event("2019-06-01", "Helsinki", "PLANNED"));
        Timeline timeline = Timeline.of(events, TODAY);
        assertThat(timeline.lanes()).isEqualTo(Timeline.MAX_LANES);
        assertThat(timeline.marks().subList(0, 5)).extracting(Mark::y).doesNotHaveDuplicates();
        assertThat(timeline.marks().subList(0, 12)).extracting(Mark::label).containsOnly(Label.NONE);
        assertThat(timeline.marks().get(12).label()).isEqualTo(Label.AFTER);
        assertThat(timeline.axisY()).isGreaterThan(timeline.marks().stream().mapToInt(Mark::y).max().orElseThrow() + 6);
        assertThat(timeline.legend()).containsExactly(new Legend("kind.HELD", "css-HELD", 12),
                new Legend("kind.PLANNED", "css-PLANNED", 1));
    }

    @Test
    void no_label_runs_into_a_mark_or_a_label_of_its_lane() {
        Random random = new Random(52);
        List<Event> events = new ArrayList<>();
        String[] places = { "Geneva", "Vienna", "Helsinki", "Istanbul", "Saint Petersburg", "Oslo", "Reykjavik" };
        for (int i = 0; i < 25; i++) {
            events.add(event(LocalDate.of(2017, 1, 1).plusDays(random.nextInt(6 * 365)).toString(),
                    places[random.nextInt(places.length)], "HELD"));
        }
        Timeline timeline = Timeline.of(events, TODAY);
        Map<Integer, List<Mark>> lanes = timeline.marks().stream().collect(Collectors.groupingBy(Mark::y));
        assertThat(lanes).hasSize(Timeline.MAX_LANES);
        int labelled = 0;
        for (List<Mark> lane : lanes.values()) {
            for (int i = 0; i < lane.size(); i++) {
                Mark mark = lane.get(i);
                double width = mark.event().label().en().length() * Timeline.CHARACTER + Timeline.HALF_MARK;
                if (mark.label() == Label.AFTER && i + 1 < lane.size()) {
                    assertThat(x(lane.get(i + 1)) - Timeline.HALF_MARK).as(mark.event().place().en())
                            .isGreaterThanOrEqualTo(x(mark) + Timeline.HALF_MARK + width - 0.01);
                }
                if (mark.label() == Label.BEFORE && i > 0) {
                    assertThat(x(lane.get(i - 1)) + Timeline.HALF_MARK)
                            .isLessThanOrEqualTo(x(mark) - Timeline.HALF_MARK - width + 0.01);
                }
                labelled += mark.label() == Label.NONE ? 0 : 1;
            }
        }
        assertThat(labelled).as("marks with a label").isGreaterThan(10);
    }

    private static double x(Mark mark) {
        return Double.parseDouble(mark.x().replace("%", ""));
    }

    @Test
    void a_label_near_the_right_edge_goes_before_its_mark() {
        Timeline timeline = Timeline.of(List.of(event("2020-01-10", "Reykjavik", "HELD"),
                event("2020-12-20", "Saint Petersburg", "PLANNED")), TODAY);
        assertThat(timeline.marks()).extracting(Mark::label).containsExactly(Label.AFTER, Label.BEFORE);
    }

    @Test
    void long_labels_are_abbreviated_and_fall_back_to_the_other_language() {
        Event event = new Event(LocalDate.of(2020, 5, 5), "/meetings/1", new Bilingual("Title", null),
                Bilingual.EMPTY, new Bilingual("An extraordinarily long place name indeed", null), "kind.HELD", "css");
        Mark mark = Timeline.of(List.of(event), TODAY).marks().get(0);
        assertThat(mark.labelText("ru")).isEqualTo("An extraordinarily long…").hasSize(Timeline.LABEL_LENGTH);
    }

    @Test
    void a_long_span_labels_fewer_years() {
        Timeline decades = Timeline.of(List.of(event("1991-12-25", "Minsk", "HELD"),
                event("2045-06-01", "Paris", "PLANNED")), TODAY);
        assertThat(decades.ticks()).extracting(Tick::label).containsExactly("2000", "2010", "2020", "2030", "2040");
        Timeline twelve = Timeline.of(List.of(event("2010-01-01", "Rome", "HELD"),
                event("2021-06-01", "Oslo", "HELD")), TODAY);
        assertThat(twelve.ticks()).extracting(Tick::label).containsExactly("2010", "2012", "2014", "2016", "2018",
                "2020");
    }

    private static Event event(String date, String place, String kind) {
        return new Event(LocalDate.parse(date), "/meetings/" + place, new Bilingual(place + " round", null),
                new Bilingual(place, null), new Bilingual(place, null), "kind." + kind, "css-" + kind);
    }
}
