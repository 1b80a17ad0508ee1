"""Answers by name written AFTER reading the code (not blind): the shapes probed once the blind table
(names_blind_shapes.py) came out nearly all right, kept so each fix stays measured. Same Case and judge as the
table; bench/names_blind.py counts them apart ("probes")."""

from __future__ import annotations

from names_blind_shapes import FOUR, NOSPLIT, PAIR, Case

PROBES: list[Case] = []


def p(name, names, text, *accept):
    PROBES.append(Case(name, names, text, tuple(accept), family="probes"))


# Own lines past the fourth were cut off unread: a change of mind there was never seen.
p("fifth_line_takes_it_back", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\nSorry, scratch that: Jane no", NOSPLIT)
p("fifth_line_pass_on_all", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\nActually, pass on all of them", NOSPLIT)
p("fifth_line_budget", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\nWait, I need to check the budget first.", NOSPLIT)
p("fifth_line_hold_one", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\nPlease hold off on Li for now", NOSPLIT)
p("four_then_name", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\n\nMaria", "interview pass interview pass")
p("four_then_signature", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\n\nMaria Manager\nHead of Engineering",
  "interview pass interview pass")
p("four_then_signoff", FOUR, "Jane yes\nOmar no\nLi yes\nSara no\nThanks, Maria", "interview pass interview pass")
# A capitalised word alone passed as the writer's name, so a hedge after the answers was courtesy.
p("hedge_maybe", PAIR, "Jane yes, Omar no. Maybe.", NOSPLIT)
p("hedge_undecided", PAIR, "Jane yes, Omar no. Undecided.", NOSPLIT)
p("hedge_hmm", PAIR, "Jane yes, Omar no. Hmm.", NOSPLIT)
p("hedge_unsure", PAIR, "Jane yes, Omar no. Unsure.", NOSPLIT)
p("hedge_reversed", PAIR, "Jane yes, Omar no. Reversed!", NOSPLIT)
p("hedge_vice_versa", PAIR, "Jane yes, Omar no. Vice Versa.", NOSPLIT)
p("hedge_kidding", PAIR, "Jane yes, Omar no. Kidding!", NOSPLIT)
p("hedge_jk_line", PAIR, "Jane yes, Omar no\nJK", NOSPLIT)
p("hedge_tentatively", PAIR, "Jane yes, Omar no. Tentatively.", NOSPLIT)
p("hedge_de", PAIR, "Jane ja, Omar nein. Vielleicht.", NOSPLIT)
p("hedge_fr", PAIR, "Oui pour Jane, non pour Omar. Peut-être.", NOSPLIT)
p("hedge_es", PAIR, "Jane sí, Omar no. Quizás.", NOSPLIT)
# Shapes that were already right and must stay so.
p("courtesy_after", PAIR, "Jane yes, Omar no. Thanks!", "interview pass")
p("name_under", PAIR, "Jane yes\nOmar no\nMaria", "interview pass")
p("but_between_answers_en", PAIR, "Jane yes, but Omar no", "interview pass", NOSPLIT)
p("reversal_words", PAIR, "Jane yes, Omar no. The other way round.", NOSPLIT)
p("second_thought", PAIR, "Jane yes, Omar no. On second thought, let me sleep on it.", NOSPLIT)
p("not_for_now", PAIR, "Jane not for now, Omar yes", NOSPLIT, "- interview")
p("no_problem", PAIR, "Jane no problem, Omar yes", NOSPLIT, "interview interview")
p("reported_pass", PAIR, "Sam: pass on Omar", NOSPLIT, "- pass")
