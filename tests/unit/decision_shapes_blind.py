"""A second, blind sweep of a manager's "yes"/"no" in reply to "Candidate: Jane Doe – Backend Engineer. Do you want
to interview her?", in English, German, French, Spanish, Dutch, Italian and Portuguese: the word alone (and emoji),
the word followed by a sentence that carries the decision ("No, not senior enough"), by one that answers something
else or defers ("No, haven't had a chance", "Yes, got it", "No, the link is broken", "Yes, but let me ask Sam"), or
by a question, a condition or a hedge ("Yes if she can start in May", "Probably not"); and replies on two lines, the
yes/no on the first and the decision or the deferral on the next.

Written for this project by a session that had not read the rules of mailer/reading/commands.py, each expectation
before mailer read the line (the first sweep, tests/unit/decision_shapes.py, was written by the session that wrote
the rules). Nothing is copied from a corpus or the held-out data. Data only (and the one reading both users share):
tests/unit/test_decision_sweep_blind.py asserts that no line is read as a decision it does not make,
`python bench/decisions.py --blind` prints right / wrong / missed per language and family.

Each case is (language, family, body, want); `want` is "interview", "pass", "not_mine" or "none" (no decision: the
reply stays the manager's answer for the recruiter to read). The want is what a recruiter reading the line would
record; where a line carries a decision together with a request or a question ("Yes please, and can you send her
portfolio?") the want is still the decision, so a rule that drops it counts a miss, not a wrong reading.
"""

from __future__ import annotations

from decision_shapes import FRAMES as _FIRST_FRAMES, NOW, TZ, reading  # noqa: F401  (NOW, TZ, reading re-exported)

FRAMES = {
    **_FIRST_FRAMES,
    "nl": ("Op ma 7 dec. 2026 om 10:12 schreef Rita Recruiter <rita@acme.example>:",
           "> Hoi Maria,\n>\n> Kandidaat: Jane Doe – Backend Engineer. Wil je met haar praten?\n>\n> Rita\n",
           "Hoi Rita,", "Maria"),
    "it": ("Il giorno lun 7 dic 2026 alle ore 10:12 Rita Recruiter <rita@acme.example> ha scritto:",
           "> Ciao Maria,\n>\n> Candidata: Jane Doe – Backend Engineer. Vuoi fare un colloquio?\n>\n> Rita\n",
           "Ciao Rita,", "Maria"),
    "pt": ("Em seg., 7 de dez. de 2026 às 10:12, Rita Recruiter <rita@acme.example> escreveu:",
           "> Olá Maria,\n>\n> Candidata: Jane Doe – Backend Engineer. Quer entrevistá-la?\n>\n> Rita\n",
           "Olá Rita,", "Maria"),
}

I, P, N, M = "interview", "pass", "none", "not_mine"

# Families: word (one word or emoji), carries (a yes/no and a sentence that carries the decision), other (a yes/no
# and a sentence that answers another question, acknowledges, defers, asks for something or changes the topic),
# hedge (a question, a condition, a hedge), lines (two lines: the yes/no, then the decision or the deferral).
SHAPES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        ("word", "Yes", I), ("word", "yes!", I), ("word", "YES", I), ("word", "No", P), ("word", "no.", P),
        ("word", "Nope", P), ("word", "Nah", P), ("word", "Sure", I), ("word", "Sure!", I), ("word", "Yes please!", I),
        ("word", "👍", I), ("word", "👎", P), ("word", "🤔", N), ("word", "👀", N), ("word", "🙏", N),
        ("word", "Thanks!", N), ("word", "Noted", N), ("word", "?", N), ("word", "Received", N),
        ("carries", "No, not senior enough", P), ("carries", "Yes — set it up", I), ("carries", "Yes, go ahead", I),
        ("carries", "Yes, please schedule it", I), ("carries", "No, too junior for this role", P),
        ("carries", "No thanks, not the right fit", P), ("carries", "No, we need more Kubernetes experience", P),
        ("carries", "Yes, she looks great", I), ("carries", "Yes. Strong profile.", I),
        ("carries", "No. Not enough backend experience.", P), ("carries", "Nope, too junior", P),
        ("carries", "Nah, not what we're looking for", P), ("carries", "Sure, let's talk to her", I),
        ("carries", "Yep, looks solid", I), ("carries", "Ok, let's meet her", I),
        ("carries", "No, sorry, she's not a fit", P), ("carries", "No, I'll pass", P),
        ("carries", "Yes, happy to meet her", I), ("carries", "No — we went with another candidate", P),
        ("carries", "Yes, please book a slot next week", I), ("carries", "Yes, ideally this week", I),
        ("carries", "No, salary expectations are way above our range", P),
        ("carries", "Yes!! Finally a good one", I), ("carries", "No, I don't think she'd be a fit", P),
        ("carries", "Yes, I'd like to talk to her", I), ("carries", "Sure thing, bring her in", I),
        ("carries", "No, the role needs someone more senior", P),
        ("carries", "No, I'm not the hiring manager for this role", M),
        ("other", "No. I need more time to review.", N), ("other", "No, I don't know yet", N),
        ("other", "No, can you send the CV again? The attachment is missing.", N),
        ("other", "Yes, but I need to check with Sam first", N), ("other", "No, haven't had a chance", N),
        ("other", "Yes, got it", N), ("other", "No, the link is broken", N), ("other", "Yes, but let me ask Sam", N),
        ("other", "No idea yet", N), ("other", "No rush?", N), ("other", "Yes, I saw it", N),
        ("other", "Yes, received, thanks", N), ("other", "No, not yet", N), ("other", "No, I haven't opened it", N),
        ("other", "Yes, I'll look at it tomorrow", N), ("other", "No, I was out last week, looking now", N),
        ("other", "Yes, Sam forwarded it to me", N), ("other", "No, the PDF won't open", N),
        ("other", "No, I don't have access to the ATS", N), ("other", "Yes, thanks for the reminder", N),
        ("other", "No worries, I'll get to it", N), ("other", "No problem, will do", N),
        ("other", "Yes, will check and revert", N), ("other", "Sure, will look at it later today", N),
        ("other", "Ok, thanks", N), ("other", "Ok, will read it tonight", N),
        ("other", "Yes, we talked about her on Friday", N), ("other", "No, we haven't discussed her yet", N),
        ("other", "Yes, is she the one from the meetup?", N), ("other", "No — which role is this for?", N),
        ("other", "No, I'm still waiting for Sam's feedback", N), ("other", "Yes, the team is reviewing it", N),
        ("other", "No, I'm travelling until Thursday", N), ("other", "Yes, I'm on it", N),
        ("other", "No, sorry, swamped this week", N), ("other", "Yes, I forwarded it to Tom", N),
        ("other", "No, did you mean the frontend role?", N), ("other", "Yes, that's the right email address", N),
        ("other", "No, I didn't get the previous mail", N), ("other", "Sure, send me the other two as well", N),
        ("hedge", "Yes if she can start in May", N), ("hedge", "Probably not", N), ("hedge", "Not sure, maybe", N),
        ("hedge", "Maybe", N), ("hedge", "Possibly, depends on her notice period", N),
        ("hedge", "Yes, if the budget is approved", N), ("hedge", "No unless she has Go experience", N),
        ("hedge", "Probably yes, but let me check", N), ("hedge", "I think so?", N), ("hedge", "Not sure", N),
        ("hedge", "Hmm", N), ("hedge", "Maybe next quarter", N), ("hedge", "Yes? Who is she?", N),
        ("hedge", "No? I thought we closed this role", N), ("hedge", "Perhaps", N),
        ("hedge", "Leaning yes but not decided", N), ("hedge", "Don't know yet", N),
        ("hedge", "Yes, assuming she's still available in January", N), ("hedge", "Yes or no, still thinking", N),
        ("lines", "Yes.\nPlease set it up for Thursday.", I), ("lines", "No.\nNot senior enough.", P),
        ("lines", "Yes\nbut I need to check with Sam first", N), ("lines", "No.\nI need more time to review.", N),
        ("lines", "Yes.\nGot it, will read it tonight.", N), ("lines", "No\nthe attachment is missing", N),
        ("lines", "No.\nWe went with someone else.", P), ("lines", "Yes!\nShe looks great.", I),
        ("lines", "Yes\nCan you resend the CV? It didn't come through.", N),
        ("lines", "Thanks Rita.\nNo, not for us.", P), ("lines", "Thanks Rita.\nNo, haven't looked yet.", N),
        ("lines", "No.\nWhich candidate is this?", N), ("lines", "Sure.\nI'll have a look on Monday.", N),
    ),
    "de": (
        ("word", "Ja", I), ("word", "ja!", I), ("word", "Nein", P), ("word", "Nö", P), ("word", "Klar", I),
        ("carries", "Ja, bitte einladen", I), ("carries", "Ja, gerne kennenlernen", I),
        ("carries", "Nein, zu wenig Erfahrung mit Go", P), ("carries", "Nein, passt nicht ins Team", P),
        ("carries", "Nein danke, nicht senior genug", P), ("carries", "Ja, klingt gut", I),
        ("carries", "Ja – Termin machen", I), ("carries", "Nö, zu junior", P), ("carries", "Ok, lade sie ein", I),
        ("carries", "Nein, wir haben die Stelle schon besetzt", P),
        ("other", "Ja, habe ich erhalten", N), ("other", "Nein, der Link funktioniert nicht", N),
        ("other", "Ja, aber ich muss erst mit Sam sprechen", N),
        ("other", "Nein, kannst du den Lebenslauf nochmal schicken?", N),
        ("other", "Ja, ich schaue es mir morgen an", N), ("other", "Nein, noch nicht", N),
        ("other", "Keine Ahnung bisher", N), ("other", "Nein, der Anhang fehlt", N),
        ("other", "Ja, danke für die Erinnerung", N), ("other", "Nein, ich weiß es noch nicht", N),
        ("other", "Ok, danke", N), ("other", "Nein, ich bin bis Donnerstag unterwegs", N),
        ("hedge", "Ja, wenn sie im Mai anfangen kann", N), ("hedge", "Vielleicht", N),
        ("hedge", "Wahrscheinlich nicht", N), ("hedge", "Bin mir nicht sicher", N), ("hedge", "Ja? Wer ist das?", N),
        ("hedge", "Nein, außer sie kann Go", N), ("hedge", "Kommt drauf an, was sie verdienen will", N),
        ("lines", "Ja.\nBitte einen Termin machen.", I), ("lines", "Nein.\nIch brauche noch Zeit.", N),
        ("lines", "Nein.\nZu wenig Erfahrung.", P), ("lines", "Ja\naber erst mit Sam abstimmen", N),
    ),
    "fr": (
        ("word", "Oui", I), ("word", "oui !", I), ("word", "Non", P), ("word", "Non.", P),
        ("carries", "Oui, on la rencontre", I), ("carries", "Oui, organise un entretien", I),
        ("carries", "Non, pas assez senior", P), ("carries", "Non, le profil ne correspond pas", P),
        ("carries", "Non merci, trop junior", P), ("carries", "Oui, très intéressant", I),
        ("carries", "Ok, on fixe un entretien", I), ("carries", "Non, on a déjà pourvu le poste", P),
        ("other", "Non, il n'y a pas de log mysql.", N), ("other", "Oui, bien reçu", N),
        ("other", "Non, je n'ai pas eu le temps", N), ("other", "Non, le lien ne marche pas", N),
        ("other", "Oui, mais je dois voir avec Sam", N), ("other", "Non, peux-tu renvoyer le CV ?", N),
        ("other", "Non, pas encore", N), ("other", "Aucune idée pour l'instant", N),
        ("other", "Oui, je regarde ça demain", N), ("other", "Non, je ne sais pas encore", N),
        ("other", "Merci, je regarde", N), ("other", "Non, la pièce jointe manque", N),
        ("hedge", "Oui si elle peut commencer en mai", N), ("hedge", "Peut-être", N),
        ("hedge", "Probablement pas", N), ("hedge", "Pas sûr, peut-être", N), ("hedge", "Oui ? C'est qui ?", N),
        ("hedge", "Non, sauf si elle connaît Go", N),
        ("lines", "Oui.\nOn organise un entretien.", I), ("lines", "Non.\nPas assez d'expérience.", P),
        ("lines", "Non.\nJe n'ai pas encore regardé.", N), ("lines", "Oui\nmais je dois en parler à Sam", N),
    ),
    "es": (
        ("word", "Sí", I), ("word", "sí!", I), ("word", "No", P), ("word", "No.", P), ("word", "Claro", I),
        ("carries", "Sí, adelante con la entrevista", I), ("carries", "Sí, me interesa", I),
        ("carries", "No, le falta experiencia en Go", P), ("carries", "No, no encaja", P),
        ("carries", "No gracias, muy junior", P), ("carries", "Sí, agéndala", I), ("carries", "Claro, tráela", I),
        ("other", "No, todavía no he tenido tiempo", N), ("other", "Sí, recibido, gracias", N),
        ("other", "No, el enlace no funciona", N), ("other", "Sí, pero tengo que consultarlo con Sam", N),
        ("other", "No, ¿puedes reenviar el CV? Falta el adjunto.", N), ("other", "No, aún no", N),
        ("other", "Ni idea todavía", N), ("other", "Sí, lo reviso mañana", N), ("other", "No sé todavía", N),
        ("other", "No, estoy de viaje hasta el jueves", N),
        ("hedge", "Sí, si puede empezar en mayo", N), ("hedge", "Quizás", N), ("hedge", "Probablemente no", N),
        ("hedge", "No estoy seguro, quizás", N), ("hedge", "¿Sí? ¿Quién es?", N),
        ("hedge", "No, a menos que sepa Go", N),
        ("lines", "Sí.\nAgenda la entrevista, por favor.", I), ("lines", "No.\nNo tiene experiencia suficiente.", P),
        ("lines", "No.\nNecesito más tiempo para revisarlo.", N), ("lines", "Sí\npero primero lo hablo con Sam", N),
    ),
    "nl": (
        ("word", "Ja", I), ("word", "Nee", P), ("word", "Ja graag", I), ("word", "Nee dank je", P),
        ("carries", "Ja, graag een gesprek", I), ("carries", "Ja, plan maar in", I),
        ("carries", "Nee, te weinig ervaring", P), ("carries", "Nee, past niet in het team", P),
        ("carries", "Nee, niet senior genoeg", P), ("carries", "Ja, sterk profiel", I),
        ("other", "Nee, ik heb nog geen tijd gehad", N), ("other", "Ja, ontvangen", N),
        ("other", "Nee, de link werkt niet", N), ("other", "Ja, maar ik moet eerst met Sam overleggen", N),
        ("other", "Nee, kun je het cv nog eens sturen?", N), ("other", "Nee, nog niet", N),
        ("other", "Geen idee nog", N), ("other", "Ja, ik kijk er morgen naar", N),
        ("other", "Nee, ik weet het nog niet", N),
        ("hedge", "Ja, als ze in mei kan beginnen", N), ("hedge", "Misschien", N),
        ("hedge", "Waarschijnlijk niet", N), ("hedge", "Weet ik nog niet zeker", N), ("hedge", "Ja? Wie is dat?", N),
        ("lines", "Ja.\nGraag een gesprek inplannen.", I), ("lines", "Nee.\nIk heb meer tijd nodig.", N),
        ("lines", "Nee.\nTe weinig ervaring.", P),
    ),
    "it": (
        ("word", "Sì", I), ("word", "si", I), ("word", "No", P), ("word", "Sì, grazie", I), ("word", "No grazie", P),
        ("carries", "Sì, organizziamo un colloquio", I), ("carries", "Sì, mi interessa", I),
        ("carries", "No, troppo junior", P), ("carries", "No, non ha abbastanza esperienza", P),
        ("carries", "No, non è adatta al ruolo", P), ("carries", "Sì, profilo molto buono", I),
        ("other", "No, non ho ancora avuto tempo", N), ("other", "Sì, ricevuto", N),
        ("other", "No, il link non funziona", N), ("other", "Sì, ma devo sentire Sam prima", N),
        ("other", "No, puoi rimandare il CV? Manca l'allegato.", N), ("other", "No, non ancora", N),
        ("other", "Non so ancora", N), ("other", "Sì, lo guardo domani", N),
        ("hedge", "Sì, se può iniziare a maggio", N), ("hedge", "Forse", N), ("hedge", "Probabilmente no", N),
        ("hedge", "Non sono sicuro, forse", N), ("hedge", "Sì? Chi è?", N),
        ("lines", "Sì.\nFissiamo un colloquio.", I), ("lines", "No.\nHo bisogno di più tempo.", N),
        ("lines", "No.\nPoca esperienza.", P),
    ),
    "pt": (
        ("word", "Sim", I), ("word", "Não", P), ("word", "Sim, por favor", I), ("word", "Não, obrigado", P),
        ("carries", "Sim, vamos entrevistá-la", I), ("carries", "Sim, marca a entrevista", I),
        ("carries", "Não, falta experiência", P), ("carries", "Não, não tem o perfil", P),
        ("carries", "Não, muito júnior", P), ("carries", "Sim, ótimo perfil", I),
        ("other", "Não, ainda não tive tempo", N), ("other", "Sim, recebido", N),
        ("other", "Não, o link não funciona", N), ("other", "Sim, mas preciso falar com o Sam primeiro", N),
        ("other", "Não, pode reenviar o CV? Falta o anexo.", N), ("other", "Não, ainda não", N),
        ("other", "Ainda não sei", N), ("other", "Sim, vejo amanhã", N),
        ("hedge", "Sim, se ela puder começar em maio", N), ("hedge", "Talvez", N),
        ("hedge", "Provavelmente não", N), ("hedge", "Não tenho certeza, talvez", N), ("hedge", "Sim? Quem é?", N),
        ("lines", "Sim.\nPode marcar a entrevista.", I), ("lines", "Não.\nPreciso de mais tempo.", N),
        ("lines", "Não.\nPouca experiência.", P),
    ),
}

# Where the answer stands: alone over the quote (every shape); on the line after a greeting, over the signed name
# (every shape); after a greeting on the same line (one word); under the quoted question, bottom-posted (the yes/no
# followed by a sentence, where the first sweep had only words and comments).
_SAMELINE = {"word"}
_UNDER = {"carries", "other", "lines"}


def framed(lang: str, family: str, text: str) -> list[tuple[str, str]]:
    """(frame, body) for each place `text` stands in a reply: alone, greeting, sameline, under."""
    header, quoted, greeting, name = FRAMES[lang]
    quote = f"{header}\n{quoted}"
    out = [("", f"{text}\n\n{quote}"), (" greeting", f"{greeting}\n\n{text}\n\n{name}\n\n{quote}")]
    if family in _SAMELINE:
        out.append((" sameline", f"{greeting} {text}\n\n{quote}"))
    if family in _UNDER:
        out.append((" under", f"{quote}\n{text}\n\n{name}\n"))
    return out


def cases() -> list[tuple[str, str, str, str]]:
    return [(lang, family + frame, body, want) for lang, shapes in SHAPES.items() for family, text, want in shapes
            for frame, body in framed(lang, family, text)]
