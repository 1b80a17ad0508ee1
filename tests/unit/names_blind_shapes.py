"""A blind sweep of answers by name in a thread of several candidates: the manager's reply, the thread's candidates
and what README ("What mailer understands in a reply", the by-name row) and docs/READING.md ("Answers by name")
say must happen to each candidate. Written before any code under mailer/ was read; run by test_names_blind.py and
bench/names_blind.py through names_blind_world.py (a real thread, the reply read by ingest).

`accept` lists the outcomes that are right, one token per candidate in the thread's order: a decision
(`interview`, `pass`, `hold`, `hired`, `snooze`), `-` (keeps waiting); or NOSPLIT, "read as it would be without
names": the same `reply` (a note in words) or `-` (a bare decision, which asks which one) on every candidate.
Where the README is not clear about a shape, `accept` holds both the split and NOSPLIT; a candidate given a
decision that no accepted outcome gives it is a WRONG answer (the worst outcome), anything else short of right is
"not split" (safe: the recruiter reads the reply)."""

from __future__ import annotations

from dataclasses import dataclass

NOSPLIT = "NOSPLIT"

PAIR = ("Jane Doe", "Omar Haddad")
TRIO = ("Jane Doe", "Omar Haddad", "Li Wei")
FOUR = ("Jane Doe", "Omar Haddad", "Li Wei", "Sara Costa")
SHARED = ("Jane Doe", "Jane Smith", "Omar Haddad")           # two Janes
SHARED_LAST = ("Jane Lee", "Omar Lee")
WORDS = ("Will Turner", "June Park")                           # names that are words
WORDS2 = ("Grace Hopper", "Mark Stone")
WORDS3 = ("Bill Evans", "Grace Kim")
ACCENTS = ("José García", "Zoë Müller")
ACCENTS_FR = ("Chloé Martin", "Hélène Roux")
ACCENTS_DE = ("Jürgen Weiß", "Zoë Müller")
HYPHENS = ("Jean-Luc Picard", "Anne-Marie Dubois")            # one submission each: a grouped nudge's thread
HYPHEN_LAST = ("Jane Doe-Smith", "Omar Haddad")


@dataclass(frozen=True)
class Case:
    name: str
    names: tuple[str, ...]
    text: str
    accept: tuple[str, ...]
    family: str = "en"
    via: str = "mail"                  # "mail": one recruiter mail naming them; "nudge": a grouped nudge
    quote: str | None = None           # the quoted part under the reply (None: a plain "… wrote:" and one line)
    manager_name: str = "Maria Manager"
    recruiter_name: str = "Rita Recruiter"

    def accepted(self) -> list[tuple[str, ...] | str]:
        return [a if a == NOSPLIT else tuple(a.split()) for a in self.accept]


CASES: list[Case] = []


def c(name, names, text, *accept, **kw):
    CASES.append(Case(name, names, text, tuple(accept), **kw))


# ---------------------------------------------------------------- one phrasing over several pairs of names
# {a}/{b}: first names of the first and second candidate; {A}/{B} full names; {la}/{lb} last names.
PAIRS = {"pair": PAIR, "words": WORDS, "words2": WORDS2, "accents": ACCENTS}
TEMPLATES = [
    ("interview_a_pass_b", "Interview {a}, pass on {b}", "interview pass"),
    ("a_yes_b_no", "{a} yes, {b} no", "interview pass"),
    ("b_no_a_yes", "{b} no, {a} yes", "interview pass"),
    ("colon_slash", "{a}: interview / {b}: pass", "interview pass"),
    ("list_dash", "{a} – yes\n{b} – no", "interview pass"),
    ("list_colon", "{a}: yes\n{b}: no", "interview pass"),
    ("bullets", "- {a}: interview\n- {b}: pass", "interview pass"),
    ("full_names", "Let's meet {A}. Not {B}.", "interview pass"),
    ("last_names", "{la}: yes, {lb}: no", "interview pass"),
    ("lower_case", "{a_lower} yes, {b_lower} no", "interview pass"),
    ("one_named_pass", "Pass on {b}.", "- pass"),
    ("one_named_interview", "Let's interview {a}.", "interview -"),
    ("hold_hired", "{a} – hold, {b} – hired", "hold hired"),
    ("comment_after_dash", "Interview {a}. Pass on {b} - too junior", "interview pass"),
    ("two_in_one_clause", "{a} and {b}: interview", NOSPLIT),
    ("question", "{a} yes? {b} no", NOSPLIT),
    ("condition", "{a} yes if the salary fits, {b} no", NOSPLIT),
    ("but", "{a} yes, but let me ask Sam about {b}", NOSPLIT),
    ("negation", "I can't interview {a} this week, pass on {b}", NOSPLIT),
    ("change_of_mind", "{a} yes. Actually no, pass on {a}", NOSPLIT),
    ("decision_tied_to_no_name", "Interview please, {a} looks great", NOSPLIT),
    ("name_without_decision", "{a} from HR says pass", NOSPLIT),
    ("greeting_and_signoff", "Hi Rita,\n\n{a} yes, {b} no.\n\nThanks,\nMaria", "interview pass"),
]
for pair_key, pair in PAIRS.items():
    first = [n.split()[0] for n in pair]
    last = [n.split()[-1] for n in pair]
    fill = {"a": first[0], "b": first[1], "A": pair[0], "B": pair[1], "la": last[0], "lb": last[1],
            "a_lower": first[0].lower(), "b_lower": first[1].lower(), "a_upper": first[0].upper(),
            "b_upper": first[1].upper()}
    for key, template, expected in TEMPLATES:
        c(f"{pair_key}:{key}", pair, template.format(**fill), expected, family=f"template/{pair_key}")

# ---------------------------------------------------------------- sentences with reasons, pronouns (en)
c("reasons_and_pronouns", PAIR, "Jane looks strong, let's interview her. Omar is too junior, pass.",
  "interview pass", NOSPLIT)
c("reason_after_pass_names_the_other", PAIR, "Pass on Omar - Jane is stronger", "- pass", NOSPLIT)
c("reason_after_interview_names_the_other", PAIR, "Interview Jane - Omar's references were weak",
  "interview -", NOSPLIT)
c("pass_with_a_reason_naming_a_candidate", PAIR, "pass, Omar's notice period is 6 months", "- pass", NOSPLIT)
c("name_in_a_reason_after_a_bare_decision", PAIR, "Interview. Jane's portfolio is great.", "interview -", NOSPLIT)
c("reason_comma_after_pass", PAIR, "Jane – pass, too junior. Omar – interview", "pass interview", NOSPLIT)
c("dash_comment_then_other", PAIR, "Omar: pass – notice period is 6 months; Jane: interview", "interview pass",
  NOSPLIT)
c("isnt_a_fit", PAIR, "I'd like to interview Jane; Omar isn't a fit", "interview pass", NOSPLIT)
c("not_for_us", PAIR, "Jane: interview. Omar is not for us.", "interview pass", NOSPLIT)
c("yes_please_no_thanks", PAIR, "Jane yes please, Omar no thanks", "interview pass")
c("yes_to_no_to", PAIR, "Yes to Jane, no to Omar", "interview pass", NOSPLIT)
c("is_a_yes_is_a_no", PAIR, "Jane is a yes, Omar is a no", "interview pass", NOSPLIT)
c("and_between_clauses", PAIR, "Let's interview Jane and pass on Omar", "interview pass")
c("sorry_for_the_delay", PAIR, "Sorry for the delay. Jane yes, Omar no.", "interview pass", NOSPLIT)
c("thanks_rita_first", PAIR, "Thanks Rita! Jane yes, Omar no.", "interview pass", NOSPLIT)
c("hired_alone", PAIR, "Omar hired!", "- hired", NOSPLIT)
c("snooze_and_pass", PAIR, "Jane: snooze 1w, Omar: pass", "snooze pass")
c("hold_for_one", PAIR, "Put Jane on hold, pass on Omar", "hold pass", NOSPLIT)

# ---------------------------------------------------------------- partial answers, changes of mind
c("partial_other_still_thinking", PAIR, "Omar no, still thinking about Jane", "- pass", NOSPLIT)
c("partial_trio_one", TRIO, "Jane: interview.", "interview - -")
c("partial_trio_two", TRIO, "Li Wei: pass. Omar: yes.", "- interview pass")
c("partial_trio_last_name", TRIO, "Wei no", "- - pass")
c("trio_all", TRIO, "Jane yes, Omar no, Li yes", "interview pass interview")
c("trio_list", TRIO, "Jane – interview\nOmar – pass\nLi – hold", "interview pass hold")
c("trio_two_in_a_clause", TRIO, "Jane and Li yes, Omar no", NOSPLIT)
c("trio_maybe", TRIO, "Jane yes, Omar no, Li maybe", NOSPLIT)
c("four_lines_no_greeting", FOUR, "Jane yes\nOmar no\nLi yes\nSara no", "interview pass interview pass")
c("four_lines_under_greeting", FOUR, "Hi Rita,\nJane yes\nOmar no\nLi yes\nSara no\nThanks, Maria",
  "interview pass interview pass", "interview pass interview -", NOSPLIT)
c("change_of_mind_other", PAIR, "Interview Jane. Pass on Omar. Sorry, I meant: interview Omar too.", NOSPLIT)
c("change_of_mind_scratch", PAIR, "Jane no. Scratch that, Jane yes. Omar no.", NOSPLIT)
c("two_decisions_one_name", PAIR, "Jane yes, Jane no", NOSPLIT)
c("actually_later_line", PAIR, "Jane yes, Omar no\nActually, pass on Jane as well", NOSPLIT)

# ---------------------------------------------------------------- hard negatives: names near decision words
c("not_sure_about", PAIR, "Not sure about Omar, Jane yes", "interview -", NOSPLIT)
c("no_news_on", PAIR, "Jane yes. No news on Omar yet.", "interview -", NOSPLIT)
c("no_rush_on", PAIR, "Jane yes, no rush on Omar", "interview -", NOSPLIT)
c("not_now_for", PAIR, "Not now for Jane", "- -", NOSPLIT)
c("colleague_shares_a_name", PAIR, "Jane yes. Omar from my team will join the interview.", "interview -", NOSPLIT)
c("other_said_no", PAIR, "Omar's manager at his last job said no to the reference call", NOSPLIT)
c("no_show", PAIR, "Omar no-show at the screening, Jane yes", "interview -", "interview pass", NOSPLIT)
c("question_no_longer", PAIR, "Omar no longer available? Jane yes", NOSPLIT)
c("did_she_say_yes", PAIR, "Did Jane say yes? Omar no", NOSPLIT)
c("pass_on_both", PAIR, "Pass on both", NOSPLIT)
c("interview_both_named", PAIR, "Interview Jane and Omar", NOSPLIT)
c("bare_yes", PAIR, "Yes", NOSPLIT)
c("words_for_both", PAIR, "I'll look at Jane and Omar this week.", NOSPLIT)
c("ask_about_one", PAIR, "Can you send me Omar's portfolio? Jane yes.", NOSPLIT)
c("unless", PAIR, "Jane yes unless she needs a visa, Omar no", NOSPLIT)
c("no_marks", PAIR, "Jane ✔\nOmar ✘", NOSPLIT)
c("arrows", PAIR, "Jane → yes\nOmar → no", "interview pass", NOSPLIT)
c("maybe_later", PAIR, "Maybe Jane later, Omar no", NOSPLIT, "- pass")
c("forward_to_other", PAIR, "Jane yes, and please forward Omar to Sam's team", "interview -", NOSPLIT)

# ---------------------------------------------------------------- out-of-thread names
c("out_of_thread_pass", PAIR, "Interview Jane, pass on Li", NOSPLIT)
c("out_of_thread_only", PAIR, "Interview Li", NOSPLIT)
c("out_of_thread_colleague", PAIR, "Jane yes. Please ask Priya to schedule.", "interview -", NOSPLIT)
c("loop_in_sam", PAIR, "Interview Jane, and loop in Sam", "interview -", NOSPLIT)
c("out_of_thread_full_name", PAIR, "Pass on Jane Smith", NOSPLIT)
c("cv_link_broken", PAIR, "Pass on Jane. Omar Haddad's CV link is broken", "pass -", NOSPLIT)

# ---------------------------------------------------------------- shared first names, last names
c("shared_first_ambiguous", SHARED, "Jane yes, Omar no", NOSPLIT)
c("shared_first_full_names", SHARED, "Jane Doe yes, Jane Smith no, Omar no", "interview pass pass")
c("shared_first_last_names", SHARED, "Doe yes, Smith no", "interview pass -")
c("shared_first_one_full", SHARED, "Interview Jane Smith, pass on Omar", "- interview pass")
c("shared_first_pass_jane", SHARED, "Pass on Jane", NOSPLIT)
c("shared_last_ambiguous", SHARED_LAST, "Lee yes", NOSPLIT)
c("shared_last_first_names", SHARED_LAST, "Jane yes, Omar no", "interview pass")
c("titles", PAIR, "Ms Doe yes, Mr Haddad no", "interview pass", NOSPLIT)
c("dr_title", TRIO, "Dr. Wei: pass", "- - pass", NOSPLIT)

# ---------------------------------------------------------------- names that are words
c("will_as_verb", WORDS, "I will interview June", NOSPLIT)
c("june_as_month", ("June Park", "Omar Haddad"), "Interview Omar in June", NOSPLIT)
c("june_month_reason", ("June Park", "Omar Haddad"), "Omar yes, start in June", NOSPLIT)
c("will_do", WORDS, "Will do. June yes.", NOSPLIT)
c("mark_as_verb", ("Jane Doe", "Mark Stone"), "Please mark Jane as a pass", NOSPLIT, "pass -")
c("mark_and_grace", WORDS2, "Mark it as a pass for Grace", NOSPLIT)
c("grace_period", WORDS3, "Bill yes, the grace period is fine", NOSPLIT)
c("bill_and_grace", WORDS3, "Put Bill on hold, interview Grace", "hold interview", NOSPLIT)
c("will_yes_june_no", WORDS, "Will yes, June no", "interview pass")
c("grace_meet_mark_pass", WORDS2, "Let's meet Grace. Mark: pass", "interview pass")

# ---------------------------------------------------------------- accents and hyphens
c("upper_case", PAIR, "JANE YES, OMAR NO", "interview pass")
c("thanks_courtesy", WORDS2, "Grace yes. Mark no. Thanks!", "interview pass")
c("accents_without", ACCENTS, "Jose yes, Zoe no", "interview pass")
c("accents_last_names", ACCENTS, "Müller: pass, García: interview", "interview pass")
c("accents_transliterated", ACCENTS_DE, "Juergen ja, Zoe nein", "interview pass", NOSPLIT)
c("accents_sharp_s", ACCENTS_DE, "Weiss: ja, Mueller: nein", "interview pass", NOSPLIT)
c("accents_de", ACCENTS_DE, "Jürgen ja, Zoë nein", "interview pass", family="de")
c("accents_fr", ACCENTS_FR, "Chloé oui, Hélène non", "interview pass", family="fr")
c("accents_fr_without", ACCENTS_FR, "Chloe oui, Helene non", "interview pass", family="fr")
c("hyphens_fr", HYPHENS, "Jean-Luc : oui, Anne-Marie : non", "interview pass", family="fr", via="nudge")
c("hyphens_en", HYPHENS, "Interview Anne-Marie, pass on Jean-Luc", "pass interview", via="nudge")
c("hyphens_part", HYPHENS, "Interview Jean, pass on Anne", "interview pass", NOSPLIT, via="nudge")
c("hyphen_last_name", HYPHEN_LAST, "Doe-Smith yes, Haddad no", "interview pass", via="nudge")

# ---------------------------------------------------------------- German
c("de_ja_nein", PAIR, "Jane ja, Omar nein", "interview pass", family="de")
c("de_list", PAIR, "Jane: ja\nOmar: nein", "interview pass", family="de")
c("de_leider_nicht", PAIR, "Interview mit Jane, Omar leider nicht", "interview pass", family="de")
c("de_danke", PAIR, "Jane ja, Omar nein, danke!", "interview pass", family="de")
c("de_eher_nicht", PAIR, "Jane gerne, Omar eher nicht", "interview pass", NOSPLIT, family="de")
c("de_passe_ich", PAIR, "Mit Jane würde ich gerne sprechen, bei Omar passe ich", "interview pass", NOSPLIT,
  family="de")
c("de_falls", PAIR, "Jane ja, falls sie im Mai anfangen kann. Omar nein.", NOSPLIT, family="de")
c("de_wenn", PAIR, "Jane ja, wenn das Gehalt passt, Omar nein", NOSPLIT, family="de")
c("de_question", PAIR, "Jane ja? Omar nein", NOSPLIT, family="de")
c("de_aber", PAIR, "Jane ja, aber erst nächste Woche", NOSPLIT, family="de")
c("de_negation", PAIR, "Ich kann Jane diese Woche nicht interviewen, Omar nein", NOSPLIT, family="de")
c("de_partial_undecided", PAIR, "Omar nein, bei Jane weiß ich es noch nicht", "- pass", NOSPLIT, family="de")
c("de_bei", PAIR, "Bei Jane ja, bei Omar nein", "interview pass", NOSPLIT, family="de")
c("de_one_named", PAIR, "Omar leider nicht.", "- pass", family="de")
c("de_greeting", PAIR, "Hallo Rita,\n\nJane ja, Omar nein.\n\nViele Grüße\nMaria", "interview pass", family="de")
c("de_und", TRIO, "Jane ja und Li nein", "interview - pass", family="de")
c("de_change_of_mind", PAIR, "Jane ja. Doch nicht, Jane nein.", NOSPLIT, family="de")
c("de_absagen", PAIR, "Jane bitte einladen, Omar absagen", "interview pass", NOSPLIT, family="de")

# ---------------------------------------------------------------- French
c("fr_oui_non_pour", PAIR, "Oui pour Jane, non pour Omar", "interview pass", family="fr")
c("fr_entretien_on_passe", PAIR, "Entretien pour Jane, on passe pour Omar", "interview pass", family="fr")
c("fr_list", PAIR, "Jane : oui\nOmar : non", "interview pass", family="fr")
c("fr_oui_non", PAIR, "Jane oui, Omar non", "interview pass", family="fr")
c("fr_cest_oui", PAIR, "Pour Jane c'est oui, pour Omar c'est non", "interview pass", NOSPLIT, family="fr")
c("fr_si", PAIR, "Jane oui si elle peut commencer en mai, Omar non", NOSPLIT, family="fr")
c("fr_sauf", PAIR, "Oui pour Jane sauf si elle demande plus, non pour Omar", NOSPLIT, family="fr")
c("fr_mais", PAIR, "Jane oui, mais Omar non", NOSPLIT, family="fr")
c("fr_negation", PAIR, "Je ne peux pas voir Jane cette semaine, non pour Omar", NOSPLIT, family="fr")
c("fr_question", PAIR, "Oui pour Jane ? Non pour Omar", NOSPLIT, family="fr")
c("fr_non_merci", PAIR, "Non merci pour Omar", "- pass", NOSPLIT, family="fr")
c("fr_greeting", PAIR, "Bonjour Rita,\n\nOui pour Jane, non pour Omar.\n\nCordialement,\nMaria", "interview pass",
  family="fr")
c("fr_et", TRIO, "Entretien pour Li et on passe pour Omar", "- pass interview", family="fr")
c("fr_deux_dans_une", PAIR, "Jane et Omar : entretien", NOSPLIT, family="fr")
c("fr_hors_fil", PAIR, "Oui pour Jane, non pour Paul", NOSPLIT, family="fr")

# ---------------------------------------------------------------- Spanish
c("es_si_no", PAIR, "Jane sí, Omar no", "interview pass", family="es")
c("es_si_a", PAIR, "Sí a Jane, no a Omar", "interview pass", family="es")
c("es_list", PAIR, "Jane: sí / Omar: no", "interview pass", family="es")
c("es_entrevista", PAIR, "Entrevista con Jane, Omar no", "interview pass", NOSPLIT, family="es")
c("es_accents", ACCENTS, "José sí, Zoë no", "interview pass", family="es")
c("es_si_without_accent", ACCENTS, "Jose si, Zoe no", "interview pass", NOSPLIT, family="es")
c("es_salvo", PAIR, "Jane sí, salvo que pida más de 80k, Omar no", NOSPLIT, family="es")
c("es_pero", PAIR, "Jane sí, pero Omar no", NOSPLIT, family="es")
c("es_question", PAIR, "¿Jane sí? Omar no", NOSPLIT, family="es")
c("es_negation", PAIR, "No puedo entrevistar a Jane esta semana, Omar no", NOSPLIT, family="es")
c("es_no_encaja", PAIR, "Omar no encaja con el puesto, Jane sí", "interview pass", NOSPLIT, family="es")
c("es_para", PAIR, "Para Jane sí, para Omar no", "interview pass", NOSPLIT, family="es")
c("es_greeting", PAIR, "Hola Rita:\n\nJane sí, Omar no.\n\nSaludos,\nMaria", "interview pass", family="es")
c("es_y", TRIO, "Li sí y Jane no", "pass - interview", family="es")
c("es_si_condition", PAIR, "Jane sí si puede empezar en mayo, Omar no", NOSPLIT, family="es")

# ---------------------------------------------------------------- mixed numbered and named
c("mixed_number_and_name", PAIR, "1 yes, Omar no", "interview pass", "interview -", NOSPLIT, family="mixed")
c("mixed_name_and_number", PAIR, "2 yes, Jane no", "pass interview", "- interview", NOSPLIT, family="mixed")
c("mixed_contradiction", PAIR, "1 yes, Jane no", NOSPLIT, family="mixed")
c("numbered_in_named_thread", PAIR, "1 interview, 2 pass", "interview pass", family="mixed")
c("numbered_list_with_names", PAIR, "1. Jane: yes\n2. Omar: no", "interview pass", NOSPLIT, family="mixed")
c("nudge_by_name", PAIR, "Jane yes, Omar no", "interview pass", family="mixed", via="nudge")
c("nudge_one_named", TRIO, "Pass on Li", "- - pass", family="mixed", via="nudge")
c("nudge_numbered", TRIO, "1 pass, 3 yes", "pass - interview", family="mixed", via="nudge")
c("nudge_out_of_list", PAIR, "Interview Li", NOSPLIT, family="mixed", via="nudge")

# ---------------------------------------------------------------- signatures and greetings naming a candidate
c("signoff_name_is_a_candidate", PAIR, "Interview Omar please.\n\nThanks,\nJane", "- interview", family="signature",
  manager_name="Jane Miller")
c("bare_signature_name", PAIR, "Omar: pass\n\nJane", "- pass", NOSPLIT, family="signature",
  manager_name="Jane Miller")
c("one_line_signoff", PAIR, "Pass on Omar. Best, Jane", "- pass", NOSPLIT, family="signature",
  manager_name="Jane Miller")
c("signature_block", PAIR, "Omar yes\n\nJane Miller\nHead of Engineering\nAcme", "- interview", NOSPLIT,
  family="signature", manager_name="Jane Miller")
c("greeting_names_a_candidate", PAIR, "Hi Jane,\nOmar no.", "- pass", NOSPLIT, family="signature",
  recruiter_name="Jane Roberts")
c("greeting_and_decision_for_same", PAIR, "Hi Jane,\nJane yes, Omar no.\nMaria", "interview pass", NOSPLIT,
  family="signature", recruiter_name="Jane Roberts")
c("signoff_then_candidate_line", PAIR, "Jane yes.\nThanks,\nMaria\n\nOmar no", "interview -", "interview pass",
  NOSPLIT, family="signature")

# ---------------------------------------------------------------- the quoted part
c("quoted_decision_ignored", PAIR, "Jane yes", "interview -", family="quote",
  quote="On Mon, Sam wrote:\n> Omar: pass, Jane: pass")
c("bottom_posted", PAIR, "", "interview pass", family="quote",
  quote="On Mon, Rita Recruiter wrote:\n> Hi Maria, here are the candidates.\n\nJane yes, Omar no")
c("inline_answers", PAIR, "On Mon, Rita Recruiter wrote:\n> Jane Doe – senior, 8 years\nyes\n> Omar Haddad – junior\nno",
  "interview pass", NOSPLIT, family="quote", quote="")
c("bare_yes_quoting_the_list", PAIR, "Yes", NOSPLIT, family="quote",
  quote="On Wed, Acme Recruiting wrote:\n> 1. Jane Doe\n> 2. Omar Haddad")
c("quoted_names_only", PAIR, "Sounds good, thanks", NOSPLIT, family="quote",
  quote="On Mon, Rita wrote:\n> Jane yes, Omar no?")
