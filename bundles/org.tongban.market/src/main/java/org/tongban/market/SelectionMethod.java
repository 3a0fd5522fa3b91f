package org.tongban.market;

/** How the winner of a project is selected. */
public enum SelectionMethod {
    /** 直接选取: the owner picks an agency; own money, or fiscal where a city's rule allows it. */
    DIRECT,
    /** 随机抽取: a {@link Draw} among valid candidates; fiscal money needs at least 3. */
    RANDOM_DRAW,
    /** 竞价选取: the lowest bid wins; ties are broken by the draw. */
    LOWEST_PRICE,
    /** 最优价: {@link BestPrice}: drop the highest and lowest, mean × random factor, nearest bid wins. */
    BEST_PRICE,
    /** 比选: a shortlist by credit score, then the owner chooses; fewer than 2 applicants fails. */
    COMPARISON
}
