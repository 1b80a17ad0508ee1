"""How hiring managers write their decision in reply to "Candidate: Jane Doe – Backend Engineer", in English, German,
French and Spanish, each with the decision a recruiter reading it would record. Written for this project from how
people answer such mail (one word, a word and a comment, a word and a time, polite sentences, casual answers,
greetings and names, an answer under an inline quote; negations, conditions, questions and two decisions that must
stay no decision; snoozes said in many ways). Nothing here is copied from a corpus or the held-out data. Every
expectation was written before mailer read these shapes. Data only (and the one reading both users share):
tests/unit/test_decision_sweep.py asserts it, bench/decisions.py prints the counts per language and family.

Each case is (language, family, body, want). `want` is "interview", "pass", "hold", "hired", "not_mine", "stop",
"snooze YYYY-MM-DD" (the local day the snooze ends, for a reply sent at NOW) or "none" (no decision: the reply stays
a reply, or gets a help answer). A wrong decision is worse than none, so the "none" shapes are the hard negatives.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday
TZ = ZoneInfo("Europe/London")

MON, TUE, THU, FRI = "snooze 2026-12-14", "snooze 2026-12-08", "snooze 2026-12-10", "snooze 2026-12-11"
IN_3D, NEXT_WEEK, IN_2W, THE_14TH = "snooze 2026-12-10", "snooze 2026-12-14", "snooze 2026-12-21", "snooze 2026-12-14"

# Per language: the recruiter's quote header, her quoted mail, a greeting and the manager's signed name.
FRAMES = {
    "en": ("On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:",
           "> Hi Maria,\n>\n> Candidate: Jane Doe – Backend Engineer. Do you want to interview her?\n>\n> Rita\n",
           "Hi Rita,", "Maria"),
    "de": ("Am Mo., 7. Dez. 2026 um 10:12 Uhr schrieb Rita Recruiter <rita@acme.example>:",
           "> Hallo Maria,\n>\n> Kandidatin: Jane Doe – Backend Engineer. Möchtest du sie kennenlernen?\n>\n> Rita\n",
           "Hallo Rita,", "Maria"),
    "fr": ("Le lun. 7 déc. 2026 à 10:12, Rita Recruiter <rita@acme.example> a écrit :",
           "> Bonjour Marie,\n>\n> Candidate : Jane Doe – Backend Engineer. Veux-tu la rencontrer ?\n>\n> Rita\n",
           "Bonjour Rita,", "Marie"),
    "es": ("El lun, 7 dic 2026 a las 10:12, Rita Recruiter (<rita@acme.example>) escribió:",
           "> Hola María,\n>\n> Candidata: Jane Doe – Backend Engineer. ¿Quieres entrevistarla?\n>\n> Rita\n",
           "Hola Rita,", "María"),
}

# (family, first lines, want). Families: word, comment (a word and a remark), time (a decision and when), polite,
# casual, notmine, snooze, negative (negations, conditions, questions, acknowledgements: none), two (none).
SHAPES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        ("word", "interview", "interview"), ("word", "Interview!", "interview"), ("word", "yes", "interview"),
        ("word", "Yes please", "interview"), ("word", "pass", "pass"), ("word", "Pass.", "pass"),
        ("word", "No.", "pass"), ("word", "nope", "pass"), ("word", "hold", "hold"), ("word", "hired", "hired"),
        ("word", "👍", "interview"), ("word", "👎", "pass"),
        ("comment", "pass - too junior", "pass"), ("comment", "Yes, looks strong", "interview"),
        ("comment", "Interview, great profile", "interview"), ("comment", "No, not enough Go experience", "pass"),
        ("comment", "hold - budget freeze until January", "hold"), ("comment", "Pass, thanks for sending", "pass"),
        ("time", "interview on Monday", "interview"), ("time", "Interview Thursday afternoon", "interview"),
        ("time", "yes, next week", "interview"),
        ("polite", "Yes, I'd like to interview her.", "interview"),
        ("polite", "Let's interview her, thanks!", "interview"), ("polite", "I'd like to meet her.", "interview"),
        ("polite", "Please set up an interview.", "interview"),
        ("polite", "Thanks for sending, let's pass on this one.", "pass"),
        ("polite", "I'll pass, she's too junior for this role.", "pass"), ("polite", "Not a fit for us, sorry.", "pass"),
        ("polite", "Please put her on hold for now.", "hold"), ("polite", "We hired her last week!", "hired"),
        ("polite", "She accepted our offer.", "hired"),
        ("polite", "Thanks Rita, she looks great. Let's bring her in for an interview.", "interview"),
        ("casual", "sure, bring her in", "interview"), ("casual", "let's talk to her", "interview"),
        ("casual", "nah", "pass"), ("casual", "not for us", "pass"), ("casual", "Hard pass", "pass"),
        ("casual", "Yep", "interview"), ("casual", "Yup, bring her in", "interview"), ("casual", "Nah, pass", "pass"),
        ("casual", "Sounds good, let's chat with her", "interview"),
        ("casual", "She's great, let's meet her", "interview"), ("casual", "Looks good, set up a call", "interview"),
        ("notmine", "not mine", "not_mine"), ("notmine", "Wrong person - try Tom", "not_mine"),
        ("notmine", "Not my req, ask Sam", "not_mine"), ("notmine", "This isn't my role, it's Tom's.", "not_mine"),
        ("snooze", "snooze 3d", IN_3D), ("snooze", "snooze until Monday", MON), ("snooze", "remind me Monday", MON),
        ("snooze", "remind me next week", NEXT_WEEK), ("snooze", "snooze till next week", NEXT_WEEK),
        ("snooze", "back to you in 2 weeks", IN_2W), ("snooze", "ping me on the 14th", THE_14TH),
        ("snooze", "snooze 1w", NEXT_WEEK), ("snooze", "remind me tomorrow", TUE),
        ("snooze", "snooze until Friday", FRI), ("snooze", "Ask me again next week", NEXT_WEEK),
        ("snooze", "remind me in 2 weeks", IN_2W), ("snooze", "snooze till 14 Dec", THE_14TH),
        ("snooze", "I'll get back to you next week", NEXT_WEEK),
        ("negative", "can't interview this week", "none"),
        ("negative", "I can't interview this week, I'm travelling.", "none"),
        ("negative", "if she knows Go, yes", "none"), ("negative", "interview? who is she?", "none"),
        ("negative", "Not sure yet, let me think", "none"), ("negative", "Should we interview her?", "none"),
        ("negative", "I don't want to pass on her yet", "none"),
        ("negative", "No decision yet, will get back to you", "none"),
        ("negative", "Maybe, depends on salary", "none"),
        ("negative", "No rush, I'll look at it tomorrow", "none"),
        ("negative", "No idea who she is, who referred her?", "none"),
        ("negative", "Yes, I got it, will review tonight", "none"),
        ("negative", "Thanks, will look at it this week", "none"),
        ("negative", "Hold on, who is the recruiter for this?", "none"),
        ("negative", "Pass me her CV as a PDF please", "none"), ("negative", "No CV attached?", "none"),
        ("negative", "Yes, received. Reading it now.", "none"),
        ("negative", "Not yet, I'm in meetings all day", "none"),
        ("two", "interview or pass? not sure", "none"), ("two", "Yes. Actually no, let's pass.", "none"),
        ("two", "pass / interview depending on Tom", "none"),
    ),
    "de": (
        ("word", "ja", "interview"), ("word", "Ja, gerne", "interview"), ("word", "nein", "pass"),
        ("word", "Nein danke", "pass"), ("word", "Interview", "interview"),
        ("comment", "Nein - zu wenig Erfahrung", "pass"), ("comment", "Ja, starkes Profil", "interview"),
        ("time", "Interview am Montag", "interview"), ("time", "Ja, nächste Woche", "interview"),
        ("polite", "Gerne ein Gespräch.", "interview"), ("polite", "Ich würde sie gerne kennenlernen.", "interview"),
        ("polite", "Bitte einen Termin mit ihr vereinbaren.", "interview"),
        ("polite", "Leider passt sie nicht.", "pass"), ("polite", "Passt leider nicht zu uns.", "pass"),
        ("polite", "Bitte absagen, zu junior.", "pass"), ("polite", "Wir verzichten, danke.", "pass"),
        ("polite", "Kein Interesse.", "pass"), ("polite", "Bitte erstmal zurückstellen.", "hold"),
        ("polite", "Bitte auf Eis legen.", "hold"), ("polite", "Wir haben sie eingestellt!", "hired"),
        ("casual", "Klingt gut, lass uns mit ihr sprechen.", "interview"),
        ("casual", "Passt, gerne einladen", "interview"), ("casual", "Nö, passt nicht", "pass"),
        ("casual", "Eher nicht, danke", "pass"),
        ("notmine", "Nicht meine Stelle, bitte an Tom.", "not_mine"),
        ("snooze", "snooze 3d", IN_3D), ("snooze", "Erinnere mich am Montag", MON),
        ("snooze", "snooze bis Montag", MON), ("snooze", "Bitte nächste Woche nochmal fragen", NEXT_WEEK),
        ("snooze", "Ich melde mich in 2 Wochen", IN_2W),
        ("negative", "Diese Woche kann ich kein Interview führen.", "none"),
        ("negative", "Wenn sie Go kann, ja.", "none"), ("negative", "Interview? Wer ist sie?", "none"),
        ("negative", "Nicht sicher, ich schaue es mir morgen an.", "none"),
        ("negative", "Noch keine Entscheidung.", "none"),
        ("negative", "Ja, habe ich bekommen, ich schaue es mir an.", "none"),
        ("negative", "Nein, ich hatte noch keine Zeit.", "none"),
        ("two", "Ja. Oder doch nein, wir verzichten.", "none"),
    ),
    "fr": (
        ("word", "oui", "interview"), ("word", "non", "pass"), ("word", "Oui, volontiers", "interview"),
        ("word", "Non merci", "pass"),
        ("comment", "Non - trop junior", "pass"), ("comment", "Oui, très bon profil", "interview"),
        ("time", "Entretien lundi", "interview"), ("time", "Oui, la semaine prochaine", "interview"),
        ("polite", "Ok pour un entretien.", "interview"), ("polite", "J'aimerais la rencontrer.", "interview"),
        ("polite", "Organisons un entretien la semaine prochaine.", "interview"),
        ("polite", "On passe, merci.", "pass"), ("polite", "Le profil ne correspond pas.", "pass"),
        ("polite", "Pas intéressé, désolé.", "pass"), ("polite", "Mettons-la en attente.", "hold"),
        ("polite", "On l'a embauchée !", "hired"),
        ("casual", "Ça marche, on la rencontre", "interview"), ("casual", "Bof, pas pour nous", "pass"),
        ("notmine", "Ce n'est pas mon poste, voir avec Tom.", "not_mine"),
        ("snooze", "Relance-moi lundi", MON), ("snooze", "snooze jusqu'à lundi", MON),
        ("snooze", "Je te reviens dans 2 semaines", IN_2W),
        ("snooze", "Rappelle-moi la semaine prochaine", NEXT_WEEK),
        ("negative", "Je ne peux pas faire d'entretien cette semaine.", "none"),
        ("negative", "Si elle connaît Go, oui.", "none"), ("negative", "Entretien ? Qui est-elle ?", "none"),
        ("negative", "Pas encore décidé.", "none"), ("negative", "Non, je n'ai pas encore regardé.", "none"),
        ("negative", "Oui, bien reçu, je regarde ce soir.", "none"),
        ("two", "Oui. Enfin non, on passe.", "none"),
    ),
    "es": (
        ("word", "sí", "interview"), ("word", "Si", "interview"), ("word", "no", "pass"),
        ("word", "Sí, por favor", "interview"), ("word", "No, gracias", "pass"),
        ("comment", "No - le falta experiencia", "pass"), ("comment", "Sí, muy buen perfil", "interview"),
        ("time", "Entrevista el lunes", "interview"), ("time", "Sí, la semana que viene", "interview"),
        ("polite", "Me gustaría entrevistarla.", "interview"), ("polite", "Sí, a la entrevista.", "interview"),
        ("polite", "Agendemos una entrevista.", "interview"), ("polite", "No encaja con el puesto.", "pass"),
        ("polite", "Paso, gracias.", "pass"), ("polite", "No es lo que buscamos.", "pass"),
        ("polite", "Dejémosla en espera.", "hold"), ("polite", "La hemos contratado.", "hired"),
        ("casual", "Dale, tráela", "interview"), ("casual", "Claro, hablemos con ella", "interview"),
        ("casual", "No nos interesa, gracias", "pass"),
        ("notmine", "No es mi vacante, pregunta a Tom.", "not_mine"),
        ("snooze", "Recuérdamelo el lunes", MON), ("snooze", "snooze hasta el lunes", MON),
        ("snooze", "Te digo algo en 2 semanas", IN_2W), ("snooze", "Avísame la semana que viene", NEXT_WEEK),
        ("negative", "No puedo entrevistarla esta semana.", "none"), ("negative", "Si sabe Go, sí.", "none"),
        ("negative", "¿Entrevista? ¿Quién es?", "none"), ("negative", "No estoy seguro todavía.", "none"),
        ("negative", "No, todavía no lo he visto.", "none"),
        ("negative", "Sí, recibido, lo miro esta tarde.", "none"),
        ("two", "Sí. Bueno, no, mejor paso.", "none"),
    ),
}

# Where the answer stands in the mail: alone over the quote (every shape), on the line after a greeting and over the
# signed name ("greeting": all but the polite sentences, which are long enough on their own), after a greeting on
# the same line ("sameline": one word), or written under the quoted question, bottom-posted ("under").
_GREETING = {"word", "comment", "time", "casual", "notmine", "snooze", "negative", "two"}
_SAMELINE = {"word"}
_UNDER = {"word", "comment", "two"}


def cases() -> list[tuple[str, str, str, str]]:
    out = []
    for lang, shapes in SHAPES.items():
        header, quoted, greeting, name = FRAMES[lang]
        quote = f"{header}\n{quoted}"
        for family, text, want in shapes:
            out.append((lang, family, f"{text}\n\n{quote}", want))
            if family in _GREETING:
                out.append((lang, f"{family} greeting", f"{greeting}\n\n{text}\n\n{name}\n\n{quote}", want))
            if family in _SAMELINE:
                out.append((lang, f"{family} sameline", f"{greeting} {text}\n\n{quote}", want))
            if family in _UNDER:
                out.append((lang, f"{family} under", f"{quote}\n{text}\n\n{name}\n", want))
    return out


def reading(body: str) -> str:
    """What mailer records for a reply `body`: the reply text as the pipeline cuts it, then the commands read in
    it, in `want`'s terms. Imported here so bench/decisions.py --code DIR reads with the mailer it put first."""
    from mailer.reading import commands, replytext
    parsed = commands.parse_commands(replytext.trim_reply(body), NOW, TZ)
    if parsed.problem or not parsed.commands:
        return "none"
    said = []
    for command in parsed.commands:
        if command.verb == "snooze" and command.until is not None:
            said.append(f"snooze {command.until.astimezone(TZ).date().isoformat()}")
        else:
            said.append(command.verb)
    return " + ".join(said)
