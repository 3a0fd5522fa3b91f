package org.tongban.hall;

import java.util.List;

/**
 * What the calling screen shows of a window.
 *
 * @param windowNumber the window's number
 * @param windowName its name
 * @param current the number it called last and still serves, or {@code null}
 * @param calledAt when it was called, epoch milliseconds (the screen speaks a call it has not spoken yet), or 0
 */
public record WindowBoard(String windowNumber, String windowName, String current, long calledAt) {

    /**
     * The screen of a hall.
     *
     * @param hall the hall
     * @param windows every window, by number
     * @param waiting how many numbers wait
     * @param next the next waiting numbers, in the order they will probably be called
     */
    public record Screen(Hall hall, List<WindowBoard> windows, int waiting, List<String> next) {}
}
