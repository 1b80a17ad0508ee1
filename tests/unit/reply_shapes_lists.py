"""List-mail replies in cs, sk, sl, pl, hr, ru, uk and hu, as list archives hold them: top-posted, bottom-posted and
inline answers under each client's attribution (also wrapped over two lines, with and without the address), partial
quotes with a cut mark, PGP-signed bodies, list footers, a webmail's "original message" block, "--" signatures with
and without the trailing space, sign-offs and names; and hard negatives: a person's own lines that look like a header,
a sign-off or an attribution. Written blind (before reading mailer's reply rules). Data only."""

from __future__ import annotations

from reply_shapes_list_words import FOOTERS, PGP_HEAD, PGP_TAIL, WORDS
from reply_shapes_reading import BLANK, Row, ctx, own, quote, row, sig


def _q(lines) -> list[str]:
    return ["> " + x if x else ">" for x in lines]


def _attr(w, i):
    return list(w["attrs"][i % len(w["attrs"])])


def rows_for(lang: str) -> list[Row]:
    w = WORDS[lang]
    o, qd, close, names = w["own"], w["quoted"], w["closings"], w["names"]
    footer = list(FOOTERS[len(lang) % 2 if lang != "cs" else 2])
    out = [
        row("list top", lang, "top, quote, footer", own(o[0], o[1]), BLANK, own(close[0], names[0]), BLANK,
            quote(*_attr(w, 0)), quote(*_q(qd)), BLANK, sig(*footer)),
        row("list bottom", lang, "bottom, closing, footer", quote(*_attr(w, 1)), quote(*_q(qd[:2])), BLANK,
            own(o[0]), BLANK, own(close[1], names[1]), BLANK, sig(*footer)),
        row("list inline", lang, "inline two answers", own(w["greeting"]), BLANK, quote(*_attr(w, 2)),
            ctx(*_q(qd[:1])), BLANK, own(o[0]), BLANK, ctx(*_q(qd[1:2])), BLANK, own(o[1]), BLANK,
            own(close[2], names[1]), BLANK, quote(*_q(qd[2:]))),
        row("list wrapped attribution", lang, "wrapped two lines, address", own(o[2]), BLANK, own(names[1]),
            BLANK, quote(*_attr(w, 3)), quote(*_q(qd))),
        row("list signature", lang, "'-- ' with trailing space under the name", own(o[0]), BLANK,
            own(close[0], names[0]), sig("-- ", names[0], "http://www.example.org/~" + lang, "ICQ: 123456789"),
            BLANK, quote(*_attr(w, 0)), quote(*_q(qd[:2]))),
        row("list signature", lang, "'--' without trailing space, phone", own(o[1]), BLANK, own(names[1]),
            sig("--", names[0], "tel. +420 123 456 789"), BLANK, quote(*_attr(w, 4)), quote(*_q(qd[:2]))),
        row("list pgp", lang, "PGP clear-signed, bottom", sig(*PGP_HEAD), quote(*_attr(w, 2)),
            quote(*_q(qd[:2])), BLANK, own(o[2]), BLANK, own(close[0], names[0]), BLANK, sig(*PGP_TAIL)),
        row("list partial quote", lang, "cut mark between quoted lines", quote(*_attr(w, 5)), ctx(*_q(qd[:1])),
            ctx("[...]"), ctx(*_q(qd[1:2])), BLANK, own(o[1]), BLANK, own(close[3] if len(close) > 3 else close[0],
                                                                              names[1])),
        row("list webmail block", lang, "original-message block, quote unmarked", own(o[0]), BLANK,
            own(close[0], names[0]), BLANK, quote(*w["block"]), BLANK, quote(*qd)),
        row("list no blank line", lang, "attribution right under the text", own(o[2]),
            quote(*_attr(w, 0)), quote(*_q(qd[:2])), sig(*footer)),
        row("list quoted footer", lang, "answer above a quote ending in the list footer", own(o[0], o[1]), BLANK,
            quote(*_attr(w, 3)), quote(*_q(qd[:2])), quote(*_q(footer))),
        # hard negatives: nothing to cut but what is marked
        row("list hard negative", lang, "greeting word, header-like line, sentence with the verb", own(w["greeting"]),
            BLANK, own(w["lookalike_header"], w["lookalike_verb"]), BLANK, own(o[2]), BLANK,
            own(close[0], names[0])),
        row("list hard negative", lang, "closing-like sentence mid text, then more text",
            own(o[0]), BLANK, own(w["lookalike_closing"]), BLANK, own(o[1]), BLANK, own(close[1], names[1])),
        row("list hard negative", lang, "verb sentence right above a real attribution", own(w["lookalike_verb"]),
            BLANK, own(names[1]), BLANK, quote(*_attr(w, 1)), quote(*_q(qd[:2]))),
    ]
    return out


def cases() -> list[Row]:
    return [r for lang in WORDS for r in rows_for(lang)]
