package org.tongban.hotline.internal;

import java.util.List;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;

/**
 * Call number {@code index} of the benchmark's day: one of the 312 labelled texts ({@link SuggestionQuality}) in turn,
 * at its address, filed in one of the districts the test kit knows, from a caller's mobile number.
 */
record DayTicket(int index, String district, String address, String phone, String text, String category) {
    static DayTicket of(int index, List<SuggestionQuality.Labelled> texts) {
        SuggestionQuality.Labelled l = texts.get(index % texts.size());
        String district = BenchCatalogue.KNOWN_DISTRICTS.get(index % BenchCatalogue.KNOWN_DISTRICTS.size());
        return new DayTicket(
                index, district, l.place().address(), "139" + String.format("%08d", index), l.text(), l.category());
    }

    NewTicket asNew() {
        return new NewTicket(
                Channel.AGENT_CALL,
                TicketType.COMPLAINT,
                Urgency.NORMAL,
                Place.at(address, district),
                new Caller("市民", phone, false),
                text,
                null);
    }
}
