"""Out-of-office notices whose auto-reply headers an archive dropped (only From/Subject/Date kept), told by the subject
and a text that is nothing but an absence; each sign beside the person's notes it must leave alone (project-written
samples, several languages)."""

import email.message

import pytest

from mailer.reading.absence import only_an_absence
from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.candidatewords import CandidateWords


def mail(subject: str, body: str = "") -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Jo Bloggs <jo@example.org>"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


# ------------------------------------------------------------------ a subject that is only the word for a holiday
@pytest.mark.parametrize("subject", [
    "Ferie", "[R] Lomalla 1.-15.7.", "Urlaub bis 3.1.", "Vacances du 2 au 9 août", "Отпуск", "Kesälomalla",
    "Vacation", "[gdal-dev] Holiday until 4 January", "Vacaciones hasta el 10 de enero", "Urlop",
])
def test_a_subject_of_only_a_holiday_word_is_a_notice(subject):
    assert detect_auto_reply(mail(subject)) == "subject:<holiday word alone>"


@pytest.mark.parametrize("subject", [
    "Vacation request", "Ferie 2025?", "Urlaub 2025", "Re: Urlaub", "AW: Ferien", "Holiday calendar",
    "Re: [R] Vacation", "Vacances: qui garde le chat ?", "Ferie - hvem dækker?", "Holiday party on Friday",
])
def test_a_holiday_word_with_more_words_or_in_a_reply_is_a_persons_subject(subject):
    assert detect_auto_reply(mail(subject)) is None


# ------------------------------------------------------------------ a digest's title over a text that is only an absence
NOTICES = [
    "I will be out of the office from Friday (Feb 17) through Wednesday (Feb\n22).\n",
    "I am on leave until 3 January.\n\nBest regards\nJeffrey Barrett\n",
    "Ich bin bis zum 3. Januar im Urlaub.\n\nMit freundlichen Grüßen\nHans Meier\n",
    "Je suis absent jusqu'au 5 janvier.\n\nCordialement,\nMarie Dupont\n",
    "Estoy de vacaciones hasta el 10 de enero. Saludos, Ana\n",
    "Sono in ferie fino al 7 gennaio.\nCordiali saluti\nLuca Rossi\n",
    "Jeg holder ferie til og med 3. januar.\nMed venlig hilsen\nJens Hansen\n",
]


@pytest.mark.parametrize("body", NOTICES)
@pytest.mark.parametrize("subject", ["[R] R-help Digest, Vol 36, Issue 17", "Re: QGIS-Developer Digest, Vol 154, Issue 14"])
def test_a_digest_answered_by_only_an_absence_is_a_notice(subject, body):
    assert detect_auto_reply(mail(subject, body)) == "subject:digest+body:absence"


PEOPLES_DIGEST_ANSWERS = [
    "I was on vacation, so I missed this. Use lapply instead.",          # an absence over, and an answer
    "I'm out of the office until Monday - does anyone know how to fix the build?",  # a question
    "I am on leave until 3 January, but the patch looks good to me.",    # an answer beside the absence
    "Ich bin bis Freitag im Urlaub. Der Fehler liegt in Zeile 12 von parse.R.",
    "Je suis absent jusqu'au 5. Le correctif est dans la branche stable.",
    "Estuve de vacaciones y no vi el hilo. El problema está en la versión 2.1.",
    "Jeg har været på ferie. Fejlen er rettet i version 3.",
]


@pytest.mark.parametrize("body", PEOPLES_DIGEST_ANSWERS)
def test_a_person_answering_a_digest_stays_a_person(body):
    assert detect_auto_reply(mail("Re: [R] R-help Digest, Vol 36, Issue 17", body)) is None


# ------------------------------------------------------------------ a holiday-word subject over words
# The same subjects over words: the words decide. A notice's (only the absence, or a notice's phrasing) stays a notice;
# an archive's scrubbed part is no words at all; a person's announcement with anything more is theirs.
@pytest.mark.parametrize("body", NOTICES + [
    "I am on holiday until 6 January with no access to e-mail. For urgent matters please contact Ann Lee.\n",
    "-------------- next part --------------\nAn HTML attachment was scrubbed...\nURL: <http://lists.example.org/a.html>\n",
])
@pytest.mark.parametrize("subject", ["Ferie", "[dev-list] Vacation", "Urlaub bis 3.1."])
def test_a_holiday_word_subject_over_a_notice_or_no_words_is_a_notice(subject, body):
    assert detect_auto_reply(mail(subject, body)) == "subject:<holiday word alone>"


PERSONS_LETTERS = [
    # a person announcing their own leave, with more than the absence: thanks, wishes, plans, a handover
    "Hi,\n\nI'm off from the 20th to the 4th.\n\nThanks all for a great year, see you in January!\n\nTom\n",
    "I'll be on holiday for two weeks from Friday. Sam will cut the release; the changelog is already in the wiki.\n",
    "Hallo,\n\nich bin ab Montag zwei Wochen im Urlaub. Danke euch allen für das tolle Jahr, bis bald!\n\nJan\n",
    "Je pars en vacances du 3 au 17. Le dépôt reste ouvert, Paul relit les patchs. Bonnes fêtes à tous !\n",
    "Me voy de vacaciones hasta el día 10. Gracias a todos por el trabajo de este año, nos vemos a la vuelta.\n",
    "Vado in ferie fino al 20 agosto. Marco si occupa delle build notturne, buon agosto a tutti!\n",
    "Jeg holder ferie fra i morgen til og med uge 32. Tak for et godt halvår, og god sommer til jer alle!\n",
    # a group greeting
    "Hi everyone, I'm on vacation until the 9th. Ping Bob for reviews.\n",
    # a person reporting their own auto-reply
    "Don't mind the automatic reply you will get from me this week: I'm away, but I read this list.\n",
    # a person's short answer under that title
    "Yes, take the 3rd to the 10th, I'll cover for you.\n",
    "Ja, nimm die Woche frei, ich übernehme die Interviews.\n",
    "Oui, prends ta semaine, je m'occupe des entretiens.\n",
    "Sí, tómate la semana, yo me encargo de las entrevistas.\n",
    "Sì, prenditi la settimana, ci penso io ai colloqui.\n",
]


@pytest.mark.parametrize("body", PERSONS_LETTERS)
@pytest.mark.parametrize("subject", ["Vacation", "[dev-list] vacation...", "Urlaub", "Vacances", "Ferie"])
def test_a_holiday_word_subject_over_a_persons_letter_stays_a_person(subject, body):
    assert detect_auto_reply(mail(subject, body)) is None



# ------------------------------------------------------------------ the original subject echoed without "Re:"
@pytest.mark.parametrize("body", NOTICES)
def test_an_echoed_subject_over_only_an_absence_is_a_notice(body):
    assert detect_auto_reply(mail("[OSRS-PROJ] geod_api", body)) == "subject:echoed+body:absence"


@pytest.mark.parametrize("subject", [
    "Re: geod_api", "AW: Bewerbung", "RE: Candidate: Jane Doe", "Sv: Kandidat", "Rép. : entretien",  # a reply
    "[Openocd-development] Away for two weeks", "[X2Go-Dev] [VAC] 3rd Jul til 17th Jul",  # a person titles their note
    "Out next week", "Urlaub bis Freitag", "Back on Monday", "Ferie og fravær i uge 30", "Unavailable 3-10 August",
])
@pytest.mark.parametrize("body", NOTICES[:4])
def test_a_reply_or_a_person_titled_absence_over_only_an_absence_stays_a_person(subject, body):
    assert detect_auto_reply(mail(subject, body)) is None


@pytest.mark.parametrize("body", [
    "I am on leave until 3 January. Jane looks strong, please invite her.",
    "Ich bin bis Freitag im Urlaub. Ja, gerne zum Interview mit ihr.",
    "Je suis absent jusqu'au 5 janvier. Oui pour l'entretien.",
    "Jeg holder ferie til 3. januar. Inviter hende gerne.",
    "I am on leave until 3 January. Let's meet Jane when I am back.",
])
def test_an_answer_beside_the_absence_stays_a_person_under_any_subject(body):
    assert detect_auto_reply(mail("Candidate: Jane Doe", body)) is None
    assert detect_auto_reply(mail("[R] R-help Digest, Vol 1, Issue 2", body)) is None


def test_the_candidates_name_beside_the_absence_is_an_answer():
    body = "I am on leave until 3 January. Regards, Tom\n"
    assert detect_auto_reply(mail("[X] X Digest, Vol 1, Issue 2", body)) == "subject:digest+body:absence"
    named = "I am on leave until 3 January; Jane Doe can start after that. Regards, Tom\n"
    assert detect_auto_reply(mail("[X] X Digest, Vol 1, Issue 2", named),
                             candidate=CandidateWords(("Jane Doe",))) is None


# ------------------------------------------------------------------ only_an_absence itself
@pytest.mark.parametrize("body", NOTICES)
def test_only_an_absence_reads_notices(body):
    assert only_an_absence(body)


@pytest.mark.parametrize("body", PEOPLES_DIGEST_ANSWERS + [
    "",
    "Thanks, see you Monday.",                                   # no absence
    "I'm on holiday until the 9th. " + "We should talk about the roadmap and the budget for next year. " * 6,  # a letter
    "Out of office Fridays. Tuesday at 10 works for me.",         # a weekly schedule, and a day agreed
])
def test_only_an_absence_leaves_peoples_notes(body):
    assert not only_an_absence(body)


def test_a_quoted_notice_below_a_persons_words_is_not_theirs():
    body = "Funny, that.\n\n> I will be out of the office from Friday through Wednesday.\n"
    assert not only_an_absence(body)


@pytest.mark.parametrize("body", [
    "I'm out of the office next week, but I can do a call on Tuesday.",
    "Jag är på semester till fredag, men Jane ser bra ut!",
    "Ich bin bis Freitag im Urlaub, aber am Montag können wir telefonieren.",
    "Je suis en congés jusqu'au 4 décembre, mais je regarde le dossier ce soir.",
    "Estoy de vacaciones hasta el lunes, pero el informe ya está listo.",
    "I'm on leave until Friday - the numbers in the sheet are final.",
])
def test_what_follows_but_is_read_as_its_own_clause(body):
    assert not only_an_absence(body)
    assert detect_auto_reply(mail("[OSRS-PROJ] geod_api", body)) is None


@pytest.mark.parametrize("body", [
    "I am on leave until Monday but will have limited access to e-mail.",
    "I will be out of the office 9/22/04 - 9/27/04. For immediate help,\nplease call the main number, 301-314-7911.\n",
    "I will be out of the office starting 11/09/2010 and will not return until\n11/18/2010.\n\nPlease contact my backup, "
    "Justin Shepard, if you need help during my absence: justin@example.org\n",
    "Ich bin bis 10:00 Uhr am 3. Januar nicht im Büro.\n\nViele Grüße\nHans\n",
])
def test_a_notices_own_clauses_dates_and_stand_in_pass(body):
    assert only_an_absence(body)


@pytest.mark.parametrize("subject", ["Candidate: Jane Doe – Backend Engineer", "Offerte 2026", "Outreach plan"])
def test_a_word_that_only_begins_like_an_absence_word_leaves_the_subject_echoed(subject):
    assert detect_auto_reply(mail(subject, NOTICES[0])) == "subject:echoed+body:absence"


# A reported auto-reply under any subject stays a person's: a reply, a title of their own, a digest's.
@pytest.mark.parametrize("subject", ["Re: build failures", "Urlaub", "[R] R-help Digest, Vol 36, Issue 17", "geod_api"])
@pytest.mark.parametrize("body", [
    "Don't mind the automatic reply you will get from me this week: I'm away, but I read this list.\n",
    "Ignoriert bitte meine Abwesenheitsnotiz, ich bin zwar im Urlaub, lese aber mit.\n",
    "Vous recevrez une réponse automatique de ma part : je suis en congés, mais je suis le fil.\n",
    "Recibiréis una respuesta automática mía, estoy de vacaciones hasta el lunes pero leo el correo.\n",
    "Non fate caso alla risposta automatica, sono in ferie ma leggo la posta.\n",
])
def test_a_person_reporting_their_auto_reply_stays_a_person(subject, body):
    assert detect_auto_reply(mail(subject, body)) is None
