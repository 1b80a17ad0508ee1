"""What company mail adds around a manager's words (mailer/reading/boilerplate.py; a signature's address line in mailer/reading/signature.py):
a gateway's banner and a legal disclaimer in more languages, the Outlook app's line in its UI languages, Teams and
Zoom invitation blocks, Notes' "Name <address>" line over its sent time, a signature's one-line postal address and
legal form. The sentences are this file's own, in the shapes of those clients and gateways; each rule has hard
negatives, a person's own lines that must stay."""

import pytest

from mailer.reading.replytext import trim_reply

ANSWER = "Hi Rita,\n\nYes, let's interview her on Thursday."
QUOTE = ("\n\nOn Mon, 7 Dec 2026 at 10:12, Rita Recruiter <rita@acme.test> wrote:\n\n> Hi Maria,\n>\n"
         "> Jane Doe for the Backend role, CV attached. Interview or pass?\n>\n> Rita\n")


@pytest.mark.parametrize("banner", [
    "LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen.",
    "ATTENTION : Ce courriel provient d'une source externe. Ne cliquez pas sur les liens.",
    "ATENÇÃO: Este e-mail teve origem fora da organização. Não clique em links nem abra anexos.",
    "UWAGA: Ta wiadomość pochodzi spoza organizacji. Nie klikaj w linki i nie otwieraj załączników.",
    "ATTENZIONE: questa e-mail proviene dall'esterno. Non cliccare sui link se non conosci il mittente.",
    "[EXTERN] Hinweis: Diese Nachricht kommt von einem externen Absender.\nBitte prüfen Sie Links sorgfältig.",
])
def test_a_gateways_banner_over_the_text_is_no_part_of_it(banner):
    assert trim_reply(f"{banner}\n\n{ANSWER}{QUOTE}") == ANSWER


@pytest.mark.parametrize("own", [
    "Let op: ze kan pas in februari beginnen, dus plan het gesprek in januari.",
    "Uwaga: kandydatka ma trzy miesiące wypowiedzenia.",
    "Attention: she is only free on Monday, don't book Tuesday.",
    "Atenção: ela só pode começar em março.",
])
def test_a_persons_warning_at_the_top_stays(own):
    assert trim_reply(f"{own}\n\nMaria{QUOTE}") == f"{own}\n\nMaria"


@pytest.mark.parametrize("own", [
    "Atención: está fuera de nuestra banda salarial. No encaja con el puesto.",
    "Hinweis: Ihr Gehaltswunsch liegt außerhalb unserer Bandbreite, daher leider nein.",
    "Caution: he has never worked outside of the company he is at now. Still, interview.",
    "Attention : elle habite à l'extérieur de Paris, mais oui pour un entretien.",
    "Achtung: Kandidat kommt von einer externen Quelle (Agentur), bitte Gebühren klären. Ja, Interview.",
])
def test_a_persons_warning_with_a_gateways_outside_words_stays(own):
    # A banner speaks of the mail itself or of its links and attachments; the person's words speak of the candidate.
    assert trim_reply(f"{own}\n\nMaria{QUOTE}") == f"{own}\n\nMaria"


@pytest.mark.parametrize("disclaimer", [
    "Il presente messaggio è destinato esclusivamente al destinatario indicato. Se lo avete ricevuto per errore, "
    "vi preghiamo di cancellarlo.",
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per abuis ontvangen, verwijder het dan.",
    "De informatie in dit e-mailbericht is vertrouwelijk. Bent u niet de geadresseerde, meld dit dan aan de afzender.",
    "Questo messaggio e i suoi allegati sono riservati.\nSe non siete il destinatario, cancellatelo subito.",
    "Niniejsza wiadomość jest przeznaczona wyłącznie dla adresata. Jeśli ją Państwo otrzymali przez pomyłkę, "
    "prosimy ją usunąć.",
])
@pytest.mark.parametrize("where", ["under the signature", "under the quote"])
def test_a_disclaimer_in_more_languages_is_no_part_of_the_text(disclaimer, where):
    signed = f"{ANSWER}\n\nMaria"
    body = f"{signed}\n\n{disclaimer}{QUOTE}" if where == "under the signature" else f"{signed}{QUOTE}\n{disclaimer}\n"
    assert trim_reply(body) == signed


@pytest.mark.parametrize("own", [
    "Il presente messaggio è destinato a Tom: lui decide sul colloquio.",
    "Dit bericht is bestemd voor Tom en mij: wat vinden jullie van haar cv?",
    "Ta wiadomość jest przeznaczona dla Toma: on zdecyduje o rozmowie.",
])
def test_a_persons_sentence_that_opens_like_a_disclaimer_stays(own):
    body = f"{ANSWER}\n\n{own}\n\nMaria"
    assert trim_reply(body + QUOTE) == body


@pytest.mark.parametrize("app_line", [
    "Télécharger Outlook pour Android", "Android 版 Outlook を入手", "Pobierz aplikację Outlook dla systemu iOS",
    "Get Outlook for iOS<https://aka.ms/o0ukef>", "Scarica Outlook per Android",
])
def test_the_outlook_apps_line_over_the_quote_goes_in_any_language(app_line):
    outlook = ("\n\n________________________________\nFrom: Rita Recruiter <rita@acme.test>\n"
               "Sent: Monday, December 7, 2026 10:12 AM\nTo: Maria Manager <maria@acme.test>\nSubject: Jane Doe\n\nCV "
               "attached.\n")
    assert trim_reply(f"{ANSWER}\n\nMaria\n\n{app_line}{outlook}") == f"{ANSWER}\n\nMaria"


@pytest.mark.parametrize("own", [
    "Outlook on Android cut her attachment, please resend the CV.",
    "Does Outlook for iOS show her CV to you?",
])
def test_a_persons_line_about_the_outlook_app_stays(own):
    body = f"{ANSWER}\n\n{own}\n\nMaria"
    assert trim_reply(body + QUOTE) == body


ZOOM = ("Join Zoom Meeting\nhttps://acme.zoom.us/j/84512345678?pwd=bXlQd1\n\nMeeting ID: 845 1234 5678\nPasscode: "
        "402913\n\nOne tap mobile\n+442034815240,,84512345678# United Kingdom")
ZOOM_DE = "Zoom-Meeting beitreten\nhttps://acme.zoom.us/j/84512345678\n\nMeeting-ID: 845 1234 5678\nKenncode: 402913"
TEAMS = ("________________________________________________________________________________\nMicrosoft Teams meeting\n"
         "Join on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 348 221 907 115\n"
         "Passcode: x7Ht9q\nDownload Teams | Join on the web\n"
         "________________________________________________________________________________")
TEAMS_FR = ("Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour rejoindre la réunion\nID de réunion : 348 221 907 115\nCode secret : x7Ht9q")


@pytest.mark.parametrize("block", [ZOOM, ZOOM_DE, TEAMS, TEAMS_FR])
def test_a_meeting_invitation_is_cut_and_the_closing_under_it_stays(block):
    words = "Hi Rita,\n\nInterview booked for Thursday 3 pm, the link is below."
    body = f"{words}\n\n{block}\n\nBest regards,\nMaria Manager{QUOTE}"
    assert [x for x in trim_reply(body).split("\n") if x.strip()] == \
        [x for x in f"{words}\n\nBest regards,\nMaria Manager".split("\n") if x.strip()]


@pytest.mark.parametrize("own", [
    "Zoom works for me\nhttps://acme.zoom.us/my/maria.manager",
    "Microsoft Teams is fine for me\nThursday at 3 works.",
    "Let's do the interview on Zoom on Thursday.\nMeeting ID to follow.",
])
def test_a_persons_lines_about_a_meeting_stay(own):
    body = f"Hi Rita,\n\n{own}\n\nMaria"
    assert trim_reply(body + QUOTE) == body


@pytest.mark.parametrize("own", [
    "Happy to join a Microsoft Teams meeting\nInterview - Tuesday works",
    "Can we do a Microsoft Teams meeting\nYes",
    "Join the Microsoft Teams meeting\nYes, interview her.",
    "Happy to join a Zoom meeting:\nhttps://acme.zoom.us/j/123456\nYes, interview her on Tuesday.",
])
def test_a_persons_sentence_naming_a_meeting_is_no_invitation_heading(own):
    body = f"Hi Rita,\n\n{own}\n\nMaria"
    assert trim_reply(body + QUOTE) == body


@pytest.mark.parametrize("block", [
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 348 221 907 115",
    "Join Zoom Meeting\nhttps://acme.zoom.us/j/84512345678\nMeeting ID: 845 1234 5678",
])
def test_the_persons_line_right_under_an_invitation_block_stays(block):
    body = f"Hi Rita,\n\n{block}\nYes, interview her on Tuesday.\n\nMaria"
    # the block's lines are blanked, not cut: compare the lines that hold words
    assert [x for x in trim_reply(body + QUOTE).split("\n") if x.strip()] == \
        ["Hi Rita,", "Yes, interview her on Tuesday.", "Maria"]


def test_notes_sender_line_with_an_address_over_the_sent_time_is_the_head():
    body = ("Sí, adelante.\n\nMaria\n\n\tRita Recruiter <rita@acme.test>\n\t07.12.2026 10:12\n\t\t \n"
            "\t\t To: maria@acme.test\n\t\t cc: mailer@acme.test\n\t\t Subject: Candidate: Jane Doe\n\n"
            "Hola Maria:\n\nte adjunto el CV. ¿Entrevista?\n\nRita\n")
    assert trim_reply(body) == "Sí, adelante.\n\nMaria"


def test_a_persons_contact_line_over_a_time_stays():
    body = "Please invite her contact too:\nJane Doe <jane.doe@example.com>\n07.12.2026 10:12 suits both.\n\nMaria"
    assert trim_reply(body) == body


@pytest.mark.parametrize("closing, name, title, company, address, phone", [
    ("Cordialement,", "Marie Martin", "Directrice de l'ingénierie", "ACME SAS", "12 rue de la Paix, 75002 Paris",
     "Tél. +33 1 23 45 67 89"),
    ("Atenciosamente,", "Maria Silva", "Diretora de Engenharia", "ACME Lda.", "Avenida da Liberdade 1, 1250-096 Lisboa",
     "Tel. +351 21 000 0000"),
    ("Met vriendelijke groet,", "Maria de Vries", "Hoofd Engineering", "ACME B.V.",
     "Keizersgracht 1, 1015 CJ Amsterdam", "T +31 20 123 4567"),
    ("Best regards,", "Maria Manager", "Head of Engineering", "ACME Ltd", "1 King Street, London EC2V 8AU",
     "M +44 7700 900123"),
])
def test_a_signature_with_its_postal_address_on_one_line_goes(closing, name, title, company, address, phone):
    signed = f"{ANSWER}\n\n{closing}\n{name}"
    assert trim_reply(f"{signed}\n{title}\n{company}\n{address}\n{phone}{QUOTE}") == signed


@pytest.mark.parametrize("own", [
    "Best,\nMaria\n\nThe interview is at 12 rue de la Paix, 75002 Paris, on Thursday.",
    "Interview at our office:\n12 rue de la Paix, 75002 Paris\n\nMaria",
    "Salary 85000, 90000 EUR max\nfor this level.\n\nMaria",
])
def test_an_address_or_a_number_in_the_persons_text_stays(own):
    body = f"Hi Rita,\n\n{own}"
    assert trim_reply(body + QUOTE) == body


def test_a_persons_warning_about_the_candidate_is_not_the_gateways_banner():
    """The older banner rule (replytext) now also needs the mail or its links named, as boilerplate's does."""
    from mailer.reading.replytext import trim_reply

    said = "Warning: she is coming from outside our organisation, so the onboarding will take longer. Yes, let's interview."
    assert trim_reply(said) == said
    banner = ("CAUTION: This email originated from outside of the organization. Do not click links or open "
              "attachments unless you recognize the sender.\n\nYes, interview.")
    assert trim_reply(banner) == "Yes, interview."
