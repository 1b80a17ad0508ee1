"""Decisions in ordinary sentences (issue 15, item 6): a table of written replies in English, German, French and
Spanish, and every real human reply in the copied corpora (tests/data/corpus, licences in LICENSES.md there).
Precision must be 1.0: no sentence is ever turned into the wrong decision, or into one it does not state."""

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from corpus import CORPUS
from mailer.reading.commands import Command, Parsed, parse_commands
from mailer.reading.replytext import trim_reply
from mailer.reading.sentences import decision

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)

# (reply as a manager writes it, the decision it states or None when it states none or is unsure)
WRITTEN = [
    # English
    ("Interview please, sorry for the delay.", "interview"),
    ("Hi Rita,\nInterview please, sorry for the delay.\nMaria", "interview"),
    ("Looks strong, let's interview her", "interview"),
    ("no-brainer, let's meet her", "interview"),
    ("Sorry it took me so long. I'd like to interview him.", "interview"),
    ("Please set up an interview with her next week.", "interview"),
    ("Great profile, happy to interview.", "interview"),
    ("I'm interested. Thanks Rita", "interview"),
    ("Let's bring her in!", "interview"),
    ("let's pass on this one", "pass"),
    ("Not a fit, sorry.", "pass"),
    ("Sorry, she's not the right fit for the team.", "pass"),
    ("Apologies for the slow reply - we'll pass.", "pass"),
    ("He isn't really a fit for us.", "pass"),
    ("We're not moving forward with him.", "pass"),
    ("Thanks Rita, I'll pass for now.", "pass"),
    ("Not interested, thanks.", "pass"),
    ("Please put her on hold for now.", "hold"),
    ("The role is on hold until January, sorry.", "hold"),
    ("Good news: we hired her last week!", "hired"),
    ("She accepted our offer yesterday.", "hired"),
    # English, not a decision (or not sure)
    ("Can't interview this week, ask me again on Monday.", None),
    ("I can't interview her this week.", None),
    ("I don't think she's not a fit", None),
    ("Not sure she's a fit.", None),
    ("Should we interview her?", None),
    ("Interview her next week if she is still around", None),
    ("Maybe let's interview her after the offsite.", None),
    ("We'll pass your note to Nate.", None),
    ("I'll pass this to Bob, he owns the role.", None),
    ("Passing this to Bob", None),
    ("No, let's interview her", None),  # "no" says pass, the sentence says interview: unsure
    ("Not a fit for backend, but let's interview her for the platform team.", None),
    ("Who is this candidate?", None),
    ("Thanks, I'll have a look tonight.", None),
    ("I'm interested to know why she left her last job.", None),
    ("We can't pass on her!", None),
    ("Hold on, is this the same Jane from last year?", None),
    # Deutsch
    ("Gerne ein Gespräch, aber nicht diese Woche.", "interview"),
    ("Hallo Rita,\nich möchte sie gerne kennenlernen.", "interview"),
    ("Bitte ein Interview vereinbaren, danke!", "interview"),
    ("Leider passt er nicht zur Stelle.", "pass"),
    ("Das Profil passt leider nicht.", "pass"),
    ("Leider kein guter Fit für uns.", "pass"),
    ("Wir verzichten, danke.", "pass"),
    ("Bitte vorerst zurückstellen.", "hold"),
    ("Wir haben sie eingestellt.", "hired"),
    ("Diese Woche kann ich kein Interview führen.", None),
    ("Ich muss das Meeting absagen.", None),
    ("Der Termin passt leider nicht.", None),
    ("Sollen wir sie einladen?", None),
    ("Wenn sie Go kann, gerne ein Gespräch.", None),
    # Français
    ("Je voudrais la rencontrer, désolé pour le retard.", "interview"),
    ("Ok pour un entretien.", "interview"),
    ("Organisons un entretien la semaine prochaine.", "interview"),
    ("On passe, merci.", "pass"),
    ("Ce n'est pas le bon profil.", "pass"),
    ("Le profil ne correspond pas au poste.", "pass"),
    ("Je ne suis pas intéressé.", "pass"),
    ("Mettons la candidature en attente.", "hold"),
    ("Nous l'avons embauchée !", "hired"),
    ("Je ne veux pas la rencontrer cette semaine, plutôt lundi.", None),
    ("Cette semaine ne me convient pas.", None),
    ("Je n'ai pas retenu son nom, tu peux renvoyer le CV ?", None),
    ("On passe à autre chose ?", None),
    ("Si elle parle anglais, je veux bien la rencontrer.", None),
    # Español
    ("Me gustaría entrevistarla, perdón por la demora.", "interview"),
    ("Entrevista, por favor.", "interview"),
    ("Agendemos una entrevista.", "interview"),
    ("No encaja con el puesto.", "pass"),
    ("Lo siento, no es un buen perfil para nosotros.", "pass"),
    ("No nos interesa, gracias.", "pass"),
    ("Paso, gracias.", "pass"),
    ("Dejémosla en espera por ahora.", "hold"),
    ("La hemos contratado.", "hired"),
    ("No puedo entrevistarla esta semana.", None),
    ("El siguiente paso es la entrevista técnica.", None),
    ("Quizás podamos entrevistarla el lunes.", None),
    ("¿Quieres que la entrevistemos?", None),
]


def parse(text: str) -> Parsed:
    return parse_commands(text, NOW, ZoneInfo("Europe/London"), role="manager")


@pytest.mark.parametrize("text,expected", WRITTEN)
def test_written_replies(text, expected):
    parsed = parse(text)
    assert parsed.problem is None and [c.verb for c in parsed.commands] == ([expected] if expected else [])


def real_replies() -> list[tuple[str, str]]:
    """Every real human reply in the copied reply-parser corpora, trimmed as mailer trims it."""
    found = []
    for folder in ("discourse_email_reply_trimmer/trimmed", "github_email_reply_parser", "zapier_email_reply_parser",
                   "mail_parser_reply"):
        for path in sorted((CORPUS / folder).glob("*.txt")):
            text = path.read_bytes().decode("utf-8", "replace")
            found.append((f"{folder}/{path.name}", trim_reply(text)))
    return found


def test_precision_is_one_on_written_and_real_replies():
    """Precision over every decision read from a sentence: real replies state no hiring decision, so any
    decision read from one is wrong; written ones must read as the table says."""
    real = real_replies()
    assert len(real) > 100
    wrong_real = [name for name, text in real if decision(text.splitlines()[:5]) is not None]
    read = [(text, expected, next((c.verb for c in parse(text).commands), None)) for text, expected in WRITTEN]
    decided = [r for r in read if r[2] is not None]
    right = [r for r in decided if r[2] == r[1]]
    precision = len(right) / (len(decided) + len(wrong_real))
    recall = len(right) / sum(1 for _, expected in WRITTEN if expected)
    print(f"sentence decisions: precision {precision:.3f}, recall on written {recall:.3f}, "
          f"{len(real)} real replies, wrongly decided: {wrong_real}")
    assert wrong_real == [] and precision == 1.0
    assert recall == 1.0  # every written decision in the table is read


def test_a_decision_in_a_sentence_is_confirmed_like_a_word():
    """The same Command as the one-word form, so effects confirm it the same way."""
    assert parse("Interview please, sorry for the delay.") == parse("interview")
    assert parse("Leider kein guter Fit für uns.") == parse("pass")


def test_recruiters_sentences_stay_text():
    assert parse_commands("Sorry, she's not the right fit for the team.", NOW, ZoneInfo("Europe/London"),
                          role="recruiter") == Parsed(())
