"""A second blind batch (round 7, session 4), written after the first batch's rules (d0d2bcd, 6be0d07) and before
mailer was run on any row here: harder return dates (a single day off, parts of months, week numbers, times at the
edge of 17:00, a date already past, a range across months, a notice in two languages), people's notes that use a
notice's formal words (a formal German or French delegation, a forwarded colleague's address), and notices that
carry little but an absence. Same shapes and meaning as ooo_blind_dates.py and ooo_blind_notes.py."""

from __future__ import annotations

from datetime import date as D

from ooo_blind_notes import SUBJECT

DATES: list[tuple[str, str, str, D | None, str]] = [
    # a single day off, or days named without "until": away through them
    ("en", "mon", "I will be out of the office on Friday 13 November.", D(2026, 11, 14), ""),
    ("en", "mon", "Out of office Thursday and Friday, back Monday.", D(2026, 11, 16), ""),
    ("en", "mon", "I'm out from Monday 16 November, back 23 November.", D(2026, 11, 23), ""),
    ("en", "mon", "I'll be out of office starting 16 November and returning 23 November.", D(2026, 11, 23), ""),
    ("en", "mon", "I'm out this afternoon, back tomorrow morning.", D(2026, 11, 10), ""),
    ("en", "mon", "I'm out of the office today.", D(2026, 11, 10), "spec-gap: out today is back tomorrow"),
    ("en", "mon", "I'm off this week.", D(2026, 11, 16), "spec-gap: this week is through Friday"),
    ("en", "mon", "Back in 2 days.", D(2026, 11, 11), "spec-gap"),
    # other dates in the notice are not the return
    ("en", "mon", "I am out of the office. I will be back on 23 November. Please note our office will be closed from "
     "24 December to 2 January.", D(2026, 11, 23), ""),
    ("en", "mon", "I am on leave until 20 November. Your mail of 9 November will be answered then.", D(2026, 11, 21), ""),
    ("en", "mon", "I'm out until 20 November.\n\nOn 2 Nov 2026, Rita wrote:\n> Interview on 4 December?",
     D(2026, 11, 21), ""),
    # the date written in other ways
    ("en", "mon", "Returning 11/23.", D(2026, 11, 23), "a number above 12 decides"),
    ("en", "mon", "Back 23.11.2026.", D(2026, 11, 23), ""),
    ("en", "mon", "I am out of office until 20th Nov 2026.", D(2026, 11, 21), ""),
    ("en", "mon", "Out of office until Nov. 20.", D(2026, 11, 21), ""),
    ("en", "mon", "Back in the office on Mon 23/11.", D(2026, 11, 23), ""),
    ("en", "mon", "I'm away until 23 November (returning 24 November).", D(2026, 11, 24), ""),
    ("en", "mon", "I will be out of the office until Monday, November 23rd, returning Tuesday the 24th.",
     D(2026, 11, 24), ""),
    # parts of months and week numbers
    ("en", "mon", "I'm on leave until the end of November.", D(2026, 12, 1), ""),
    ("de", "mon", "Ich bin bis Ende November im Urlaub.", D(2026, 12, 1), ""),
    ("fr", "mon", "Je suis absente jusqu'à fin novembre.", D(2026, 12, 1), ""),
    ("en", "mon", "I'm away until mid-December.", None, "spec-gap: no day named; mailer may read the 15th"),
    ("de", "mon", "Ich bin bis KW 48 im Urlaub.", D(2026, 11, 30), "week 48 of 2026 is 23-29 November"),
    ("de", "mon", "Ab KW 49 bin ich wieder im Büro.", D(2026, 11, 30), ""),
    ("sv", "mon", "Jag är ledig till och med vecka 48.", D(2026, 11, 30), ""),
    # days alone, ordinals in other languages
    ("de", "mon", "Ich bin bis zum 1. nicht im Büro.", D(2026, 12, 2), ""),
    ("fr", "mon", "Je suis absent jusqu'au 1er.", D(2026, 12, 2), ""),
    ("es", "mon", "Estoy fuera hasta el día 20.", D(2026, 11, 21), ""),
    ("it", "mon", "Sono fuori ufficio fino al 20.", D(2026, 11, 21), ""),
    # times at the edge of the working day
    ("en", "mon", "Back at 9am on 23 November.", D(2026, 11, 23), ""),
    ("en", "mon", "I'm out until 5pm on Friday.", D(2026, 11, 14), "17:00 is not before 17:00"),
    ("en", "mon", "I'm out until 16:30 on Friday.", D(2026, 11, 13), ""),
    ("en", "mon", "I am out of the office until 17:30 on Friday 13 November.", D(2026, 11, 14), ""),
    ("en", "fri", "Out until 10am Monday.", D(2026, 11, 16), ""),
    # the sender's clock at the edge of a day
    ("en", "pacific", "I'm out today, back tomorrow.", D(2026, 11, 16), "Sunday evening in California"),
    ("en", "tokyo", "I'm out today, back tomorrow.", D(2026, 11, 17), "Monday morning in Tokyo"),
    ("en", "fri", "Back on Friday.", D(2026, 11, 20), "sent on a Friday: next Friday"),
    ("en", "fri", "I'm on holiday until Friday.", D(2026, 11, 21), "spec-gap: sent on a Friday, next Friday"),
    ("en", "dec", "I'm out of the office until Monday.", D(2026, 12, 22), ""),
    # the year turns (sent Sunday 20 December)
    ("en", "dec", "I'm out until after Christmas.", None, "spec-gap: no day"),
    ("en", "dec", "Back in the new year.", None, "spec-gap: no day"),
    ("en", "dec", "I'm out of the office until 26 December.", D(2026, 12, 27), ""),
    ("en", "dec", "Back on the 28th.", D(2026, 12, 28), ""),
    ("en", "dec", "Back on 2 Jan.", D(2027, 1, 2), ""),
    ("en", "dec", "Back 4/1.", D(2027, 1, 4), "+0000: day-first"),
    ("de", "dec", "Ich bin bis 31.12. im Urlaub.", D(2027, 1, 1), ""),
    ("en", "dec", "Back 2027-01-04.", D(2027, 1, 4), ""),
    ("nl", "dec", "Ik ben met vakantie tot en met 3 januari.", D(2027, 1, 4), ""),
    # two-digit years and years past
    ("en", "mon", "I'm away until 20/11/26.", D(2026, 11, 21), ""),
    ("de", "mon", "Zurück am 23.11.26.", D(2026, 11, 23), ""),
    ("en", "mon", "I am out of the office until 5 January 2026.", None, "a year past"),
    ("en", "mon", "Out until 20/11/2025.", None, "a year past"),
    ("en", "mon", "I will be back on Monday 2 November.", None, "a week past"),
    # ranges across months
    ("en", "mon", "On leave from 30 November to 4 December.", D(2026, 12, 5), ""),
    ("de", "mon", "Urlaub 30.11.–4.12.", D(2026, 12, 5), ""),
    ("en", "mon", "Out of office 30/11 - 4/12.", D(2026, 12, 5), ""),
    ("en", "mon", "I'm away between 16 and 20 November.", D(2026, 11, 21), ""),
    # a notice in two languages
    ("en", "mon", "I am out until 20/11. Je suis absente jusqu'au 20/11.", D(2026, 11, 21), ""),
    # the return in each language, with a weekday
    ("es", "mon", "Volveré el lunes 23.", D(2026, 11, 23), ""),
    ("it", "mon", "Rientro previsto: 23/11.", D(2026, 11, 23), ""),
    ("pt", "mon", "Retorno em 23/11.", D(2026, 11, 23), ""),
    ("nl", "mon", "Terug op maandag 23 november.", D(2026, 11, 23), ""),
    ("pl", "mon", "Wracam 23.11.", D(2026, 11, 23), ""),
    ("sv", "mon", "Åter 23/11.", D(2026, 11, 23), ""),
    ("da", "mon", "Tilbage mandag d. 23/11.", D(2026, 11, 23), ""),
    ("fi", "mon", "Palaan maanantaina 23.11.", D(2026, 11, 23), ""),
    ("ja", "tokyo", "11月23日（月）より出社いたします。", D(2026, 11, 23), ""),
    ("zh", "tokyo", "我11月23日回来。", D(2026, 11, 23), ""),
    ("ko", "tokyo", "11월 23일(월) 복귀 예정입니다.", D(2026, 11, 23), ""),
]

# People's notes that borrow a notice's words: formal register, an address, a receipt, a colleague's notice passed on.
PEOPLE: list[tuple[str, str, str]] = [
    ("de", SUBJECT, "Guten Tag Frau Recruiter, ich bin bis 20.11. auf Dienstreise. Bitte wenden Sie sich solange an "
                    "Herrn Schmidt, der die Stelle mit betreut."),
    ("de", SUBJECT, "Vielen Dank für Ihre Nachricht. Ich bin bis Freitag im Urlaub; Herr Schmidt kann das "
                    "Gespräch mit Frau Doe führen."),
    ("de", SUBJECT, "Ich bin nächste Woche nicht im Büro. Schreiben Sie bitte an paul@acme.test, er entscheidet."),
    ("fr", SUBJECT, "Bonjour Rita, je suis en congés jusqu'au 20 novembre. Merci d'écrire à paul@acme.test qui suit "
                    "le poste."),
    ("fr", SUBJECT, "Votre message a bien été reçu, merci ! Je pars en vacances demain, donc on fait l'entretien "
                    "cette semaine."),
    ("en", SUBJECT, "I'm on leave until the 20th; please contact paul@acme.test, he's running the loop for me."),
    ("en", SUBJECT, "I'll be travelling until Friday. For anything urgent about Jane, call me."),
    ("en", SUBJECT, "Out of office next week. Your email has not been forgotten, I'll decide on Friday."),
    ("en", SUBJECT, "Paul's auto-reply says he's out of office until 20 November; shall I take Jane's interview?"),
    ("en", SUBJECT, "I'm at a conference until Thursday with limited connectivity. Happy to go ahead with her."),
    ("es", SUBJECT, "Estoy de viaje hasta el viernes; escríbele a pablo@acme.test, él lleva el proceso."),
    ("es", SUBJECT, "He recibido su mensaje, gracias. Estoy de baja hasta el lunes, pero sí, adelante con la "
                    "entrevista."),
    ("nl", SUBJECT, "Ik ben op reis tot vrijdag. Neem gerust contact op met Paul als het niet kan wachten."),
    ("it", SUBJECT, "Sono in trasferta fino a venerdì. Scrivi pure a paolo@acme.test, decide lui."),
    ("pt", SUBJECT, "Estou em viagem até sexta. Escreve ao Paulo, ele decide por mim."),
    ("en", SUBJECT, "Out of office: me, all of next week! So yes, interview her before Friday."),
    ("de", SUBJECT, "Abwesenheitsnotiz hin oder her: ich bin bis Freitag weg, aber lade sie bitte ein."),
    ("en", SUBJECT, "Thanks for your email. I'm on holiday until 20 November, but I've read her CV: pass."),
    ("fr", SUBJECT, "Je suis absente jusqu'à nouvel ordre (arrêt maladie). Voyez avec Paul pour la suite."),
    ("en", SUBJECT, "I'm on parental leave until further notice. Paul has the hiring decisions now."),
]

NOTICES: list[tuple[str, str, str]] = [
    ("en", SUBJECT, "I am out of the office until Monday 23 November. I will have no access to email."),
    ("en", SUBJECT, "Thank you for your email. I am currently on annual leave, returning 23 November."),
    ("en", SUBJECT, "Hello, I'm out of office until 23 November. Emails will not be monitored during this time."),
    ("de", SUBJECT, "Ich bin bis zum 20.11. im Urlaub. Ihre Nachricht wird nach meiner Rückkehr bearbeitet."),
    ("de", SUBJECT, "Guten Tag, ich bin bis einschließlich 20.11. nicht im Büro. In dringenden Fällen erreichen Sie "
                    "Paul Schmidt unter paul@acme.test."),
    ("fr", SUBJECT, "Bonjour, je suis absente du 16 au 20 novembre inclus. Pour toute urgence, contactez "
                    "paul@acme.test."),
    ("fr", SUBJECT, "Je suis actuellement en congé et je n'ai pas accès à mes e-mails. Je reviens le 23 novembre."),
    ("es", SUBJECT, "Estoy fuera de la oficina hasta el 20 de noviembre, sin acceso al correo."),
    ("es", SUBJECT, "Gracias por su correo. Estaré de vacaciones hasta el 20 de noviembre. Para asuntos urgentes, "
                    "contacte con pablo@acme.test."),
    ("nl", SUBJECT, "Ik ben afwezig tot en met 20 november. Voor dringende zaken kunt u terecht bij "
                    "paul@acme.test."),
    ("it", SUBJECT, "Sono fuori ufficio fino al 20 novembre. Per urgenze contattare paolo@acme.test."),
    ("pt", SUBJECT, "Estou de férias até 20 de novembro. Para assuntos urgentes contacte paulo@acme.test."),
    ("en", SUBJECT, "OUT OF OFFICE\n\nI am away until 23 November. Your message has not been forwarded."),
    ("de", SUBJECT, "Abwesenheitsnotiz\n\nIch bin bis 20.11. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet."),
    ("en", SUBJECT, "Automatic reply: I'm on leave until 20 November."),
    ("en", SUBJECT, "I'm out of the office until 23 November and will respond upon my return."),
    ("fr", SUBJECT, "Merci pour votre message. Je suis en déplacement jusqu'au 20 novembre et vous répondrai à mon "
                    "retour."),
    ("es", SUBJECT, "Me encuentro de viaje hasta el 20 de noviembre. Responderé a su correo a mi regreso."),
    ("it", SUBJECT, "Sono in ferie fino al 20 novembre. Risponderò al mio rientro."),
    ("nl", SUBJECT, "Ik ben op vakantie tot 23 november. Uw e-mail wordt na mijn terugkomst beantwoord."),
]
