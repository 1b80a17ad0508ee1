"""The blind bounce sweep's other machine mail: challenge-response, list moderation holds, read receipts, helpdesk
auto-acks, a 'delivered' report, and the manager's calendar replies. Rows: (name, expect, bytes)."""

from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from bounce_blind_machines import MANAGER, ORIGINAL_ID, SUBJECTS, dsn, in_thread, plain

ME = f"Maria Manager <{MANAGER}>"
CHALLENGES = {
    "en": "Hello,\n\nI'm protecting myself from spam. Please click the link below to confirm you are human, and your "
          "message will be delivered to me:\n\nhttps://verify.example/c/8f3a2\n\nThis is a one-time verification.",
    "de": "Hallo,\n\nich schütze mich vor Spam. Bitte bestätigen Sie über den folgenden Link, dass Sie ein Mensch "
          "sind; danach wird Ihre Nachricht zugestellt:\n\nhttps://verify.example/c/8f3a2",
    "fr": "Bonjour,\n\nJe me protège contre le spam. Merci de cliquer sur le lien ci-dessous pour confirmer que vous "
          "êtes un humain ; votre message me sera ensuite remis :\n\nhttps://verify.example/c/8f3a2",
    "es": "Hola,\n\nMe protejo contra el spam. Haz clic en el enlace de abajo para confirmar que eres una persona y "
          "tu mensaje me será entregado:\n\nhttps://verify.example/c/8f3a2",
    "nl": "Hallo,\n\nIk bescherm mezelf tegen spam. Klik op de link hieronder om te bevestigen dat u een mens bent; "
          "daarna wordt uw bericht bezorgd:\n\nhttps://verify.example/c/8f3a2",
}
TAG = {"en": "Re: ", "de": "AW: ", "fr": "RE: ", "es": "RE: ", "nl": "Antw: "}
MODERATION = [
    ("Your message to Hiring-Team awaits moderator approval",
     "Your mail to 'Hiring-Team' with the subject\n\n    Re: Candidate: Jane Doe – Backend Engineer\n\nIs being held "
     "until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by "
     "non-member to a members-only list\n\nEither the message will get posted to the list, or you will receive "
     "notification of the moderator's decision."),
    ("Ihre Nachricht an Hiring-Team wartet auf die Zustimmung des Moderators",
     "Ihre Nachricht an 'Hiring-Team' mit dem Betreff\n\n    AW: Kandidatin: Jane Doe\n\nwird zurückgehalten, bis "
     "der Moderator sie geprüft hat.\n\nGrund: Nachricht eines Nichtmitglieds an eine Liste nur für Mitglieder."),
    ("Message held for moderation: Re: Candidate: Jane Doe",
     "Your message has been received and is awaiting approval by a group moderator. You will be notified when it "
     "is approved or rejected."),
]
READ = {"en": ("Read: ", "Your message\n\n  To: Maria Manager\n  Subject: Re: Candidate: Jane Doe – Backend "
                          "Engineer\n  Sent: Monday, 2 November 2026 09:00\n\nwas read on Monday, 2 November 2026 "
                          "09:12."),
        "de": ("Gelesen: ", "Ihre Nachricht\n\n  An: Maria Manager\n  Betreff: AW: Kandidatin: Jane Doe\n\nwurde am "
                           "Montag, 2. November 2026 09:12 gelesen."),
        "fr": ("Lu : ", "Votre message\n\n  À : Maria Manager\n  Objet : RE: Candidate : Jane Doe\n\na été lu le "
                       "lundi 2 novembre 2026 09:12."),
        "es": ("Leído: ", "Su mensaje\n\n  Para: Maria Manager\n  Asunto: RE: Candidata: Jane Doe\n\nse leyó el "
                         "lunes, 2 de noviembre de 2026 09:12."),
        "nl": ("Gelezen: ", "Uw bericht\n\n  Aan: Maria Manager\n  Onderwerp: RE: Kandidaat: Jane Doe\n\nis gelezen "
                           "op maandag 2 november 2026 09:12.")}
MDN_FIELDS = ("Reporting-UA: acme.test; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; maria@acme.test\n"
              "Original-Message-ID: <f1@acme.test>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
TICKETS = [
    ("[Ticket #1234] Re: Candidate: Jane Doe – Backend Engineer",
     "Thank you for contacting us. This is an automated response confirming the receipt of your ticket. One of "
     "our agents will get back to you as soon as possible.\n\nTicket ID: #1234\nSubject: Re: Candidate: Jane Doe"),
    ("[#REQ-58213] received: Re: Candidate: Jane Doe – Backend Engineer",
     "Your request has been received and is being reviewed by our support staff.\n\nTo add additional comments, "
     "reply to this email."),
    ("Re: Candidate: Jane Doe – Backend Engineer [Case 00045321]",
     "We have received your message and created case 00045321. Please do not reply to this automatic message."),
    ("[Ticket #88] AW: Kandidatin: Jane Doe – Backend Engineer",
     "Vielen Dank für Ihre Anfrage. Dies ist eine automatische Eingangsbestätigung; Ihr Ticket #88 wurde "
     "angelegt. Wir melden uns so schnell wie möglich."),
]
CALENDAR = [("Accepted: Interview Jane Doe – Backend Engineer", "ACCEPTED", "Maria Manager has accepted this "
             "invitation."),
            ("Accepted: Interview Jane Doe @ Tue 3 Nov 2026 10am - 11am (CET) (rita@acme.test)", "ACCEPTED",
             "Maria Manager has accepted this invitation.\n\nInvitation from Google Calendar"),
            ("Akzeptiert: Interview Jane Doe – Backend Engineer", "ACCEPTED", ""),
            ("Accepté : Entretien Jane Doe – Backend Engineer", "ACCEPTED", ""),
            ("Aceptado: Entrevista Jane Doe – Backend Engineer", "ACCEPTED", ""),
            ("Geaccepteerd: Gesprek Jane Doe – Backend Engineer", "ACCEPTED", ""),
            ("Tentative: Interview Jane Doe – Backend Engineer", "TENTATIVE", "Maria Manager has tentatively "
             "accepted this invitation.")]


def calendar_reply(subject: str, partstat: str, text: str) -> bytes:
    msg = MIMEMultipart("alternative")
    msg.attach(MIMEText(text or " ", "plain", "utf-8"))
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=" + partstat + ":mailto:maria@acme.test\r\nUID:int-jane-1\r\n"
           "SUMMARY:Interview Jane Doe\r\nDTSTART:20261103T090000Z\r\nDTEND:20261103T100000Z\r\n"
           "ORGANIZER:mailto:rita@acme.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg.attach(MIMEText(ics, "calendar", "utf-8"))
    msg.get_payload()[1].set_param("method", "REPLY")
    msg["From"], msg["To"], msg["Subject"] = ME, "mailer@acme.test", subject
    msg["Date"], msg["Message-ID"] = "Mon, 2 Nov 2026 10:00:00 +0100", "<cal-" + partstat + "@acme.test>"
    msg["In-Reply-To"] = ORIGINAL_ID
    return msg.as_bytes()


def rows() -> list[tuple[str, str, bytes]]:
    out = []
    for lang, body in CHALLENGES.items():
        subject = TAG[lang] + SUBJECTS[lang]
        out.append((f"challenge {lang} from manager", "notice", in_thread(plain(subject, ME, body, null_sender=False))))
        out.append((f"challenge {lang} from service", "notice",
                    in_thread(plain(subject, "Maria Manager via Boxbe <notifications@boxbe.example>", body,
                                    null_sender=False, extra={"Auto-Submitted": "auto-replied"}))))
    for subject, body in MODERATION:
        out.append((f"moderation / {subject}", "notice",
                    plain(subject, "hiring-team-owner@lists.acme.test", body, null_sender=False,
                          extra={"List-Id": "<hiring-team.lists.acme.test>"})))
        out.append((f"moderation bare / {subject}", "notice",
                    plain(subject, "hiring-team-bounces@lists.acme.test", body, null_sender=False)))
    for lang, (prefix, body) in READ.items():
        subject = prefix + TAG[lang] + SUBJECTS[lang]
        out.append((f"mdn {lang}", "notice", dsn(subject, ME, body, report_type="disposition-notification",
                                                 fields=MDN_FIELDS, auto_submitted=False, sender_null=False)))
        out.append((f"read text {lang}", "notice", plain(subject, ME, body, null_sender=False)))
    for subject, body in TICKETS:
        out.append((f"ticket / {subject}", "notice",
                    in_thread(plain(subject, "Acme Helpdesk <support@helpdesk.acme.test>", body, null_sender=False,
                                    extra={"Auto-Submitted": "auto-replied"}))))
        out.append((f"ticket as manager / {subject}", "notice",
                    in_thread(plain(subject, ME, body, null_sender=False, extra={"X-Autoreply": "yes"}))))
    out.append(("delivered dsn", "notice", dsn("Delivered: Re: Candidate: Jane Doe – Backend Engineer",
                                               "postmaster@acme.test", "Your message has been delivered to the "
                                               "following recipients:\n\nmaria@acme.test", action="delivered",
                                               status="2.0.0", diagnostic="smtp; 250 2.0.0 OK")))
    out.append(("relayed dsn", "notice", dsn("Relayed: Re: Candidate: Jane Doe – Backend Engineer",
                                             "postmaster@acme.test", "Delivery to these recipients or groups is "
                                             "complete, but no delivery notification was sent by the destination "
                                             "server:\n\nmaria@acme.test", action="relayed", status="2.0.0",
                                             diagnostic="smtp; 250 2.0.0 OK")))
    for subject, partstat, text in CALENDAR:
        out.append((f"calendar / {subject}", "calendar", calendar_reply(subject, partstat, text)))
    return out
