"""The rows of the blind bounce sweep's machine side (builders in bounce_blind_machines.py): (name, expect, bytes)."""

from __future__ import annotations

import email.message

from bounce_blind_machines import MANAGER, SUBJECTS, dsn, in_thread, original, plain

M = MANAGER
RETURN = "\n\n------ This is a copy of the message, including all the headers. ------\n\n"
FAIL_SUBJECTS = {
    "en": ["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)",
           "Returned mail: see transcript for details", "Mail delivery failed: returning message to sender",
           "Undeliverable: Re: Candidate: Jane Doe – Backend Engineer", "failure notice",
           "Mail System Error - Returned Mail"],
    "de": ["Unzustellbar: AW: Kandidatin: Jane Doe – Backend Engineer", "Nicht zustellbar: Kandidatin: Jane Doe"],
    "fr": ["Non remis : RE: Candidate : Jane Doe – Backend Engineer", "Rapport de non-remise"],
    "es": ["No se puede entregar: RE: Candidata: Jane Doe – Backend Engineer"],
    "nl": ["Onbestelbaar: RE: Kandidaat: Jane Doe – Backend Engineer"],
}
HUMAN = {
    "postfix": ("This is the mail system at host mx.example.\n\nI'm sorry to have to inform you that your message "
                "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
                "please send mail to postmaster.\n\n                   The mail system\n\n<maria@acme.test>: host "
                "mx.acme.test[192.0.2.7] said: 550 5.1.1\n    <maria@acme.test>: Recipient address rejected: User "
                "unknown in virtual mailbox\n    table (in reply to RCPT TO command)"),
    "gmail": ("** Address not found **\n\nYour message wasn't delivered to maria@acme.test because the address "
              "couldn't be found, or is unable to receive mail.\n\nLearn more here: "
              "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account "
              "that you tried to reach does not exist."),
    "exchange": ("Your message to maria@acme.test couldn't be delivered.\nmaria wasn't found at acme.test.\n\n"
                 "Action Required\nUnknown To address\n\nDiagnostic information for administrators:\n\nGenerating "
                 "server: AM0PR01MB1234.eurprd01.prod.outlook.com\nmaria@acme.test\nRemote Server returned '550 "
                 "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"),
    "exchange-de": ("Die Nachricht konnte nicht an folgende Empfänger zugestellt werden: maria@acme.test\n\n"
                    "Diagnoseinformationen für Administratoren:\nGenerierender Server: mx.acme.test\n"
                    "maria@acme.test\nRemoteserver hat '550 5.1.1 User unknown' zurückgegeben"),
    "exchange-fr": ("Échec de la remise aux destinataires suivants :\n\nmaria@acme.test\n\nInformations de "
                    "diagnostic pour les administrateurs :\nServeur de génération : mx.acme.test\n"
                    "Le serveur distant a retourné '550 5.1.1 User unknown'"),
    "exchange-es": ("Error en la entrega a estos destinatarios o grupos:\n\nmaria@acme.test\n\nInformación de "
                    "diagnóstico para administradores:\nServidor remoto devolvió '550 5.1.1 User unknown'"),
    "exchange-nl": ("Bezorging is mislukt voor deze ontvangers of groepen:\n\nmaria@acme.test\n\nDiagnostische "
                    "informatie voor beheerders:\nExterne server retourneerde '550 5.1.1 User unknown'"),
    "exim": ("This message was created automatically by mail delivery software.\n\nA message that you sent could "
             "not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
             "address(es) failed:\n\n  maria@acme.test\n    SMTP error from remote mail server after RCPT "
             "TO:<maria@acme.test>:\n    550 5.1.1 User unknown"),
    "qmail": ("Hi. This is the qmail-send program at mx.example.\nI'm afraid I wasn't able to deliver your message "
              "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
              "<maria@acme.test>:\nSorry, no mailbox here by that name. (#5.1.1)"),
    "full": ("Your message to maria@acme.test could not be delivered: the recipient's mailbox is full and cannot "
             "accept any more messages.\n\n552 5.2.2 Mailbox full"),
}
SENDERS = ["MAILER-DAEMON@mx.example (Mail Delivery System)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
           "Microsoft Outlook <postmaster@acme.test>", "Mail Delivery System <Mailer-Daemon@mx.example>",
           "postmaster@acme.test"]


def bounces() -> list[tuple[str, str, bytes]]:
    rows = []
    langs = {"en": ["postfix", "gmail", "exchange", "exim", "qmail", "full"], "de": ["exchange-de"],
             "fr": ["exchange-fr"], "es": ["exchange-es"], "nl": ["exchange-nl"]}
    for lang, kinds in langs.items():
        for i, subject in enumerate(FAIL_SUBJECTS[lang]):
            for j, kind in enumerate(kinds):
                sender = SENDERS[(i + j) % len(SENDERS)]
                status = "5.2.2" if kind == "full" else "5.1.1"
                rows.append((f"dsn {lang} {kind} / {subject}", "bounce", dsn(subject, sender, HUMAN[kind],
                                                                              status=status)))
                rows.append((f"text-only {lang} {kind} / {subject}", "bounce",
                             plain(subject, sender, HUMAN[kind] + RETURN + original().as_string(),
                                   extra={"X-Failed-Recipients": M} if kind == "exim" else None)))
        # The same reports without a null sender or Auto-Submitted, the original attached as message/rfc822.
        rows.append((f"attached {lang} {kinds[0]}", "bounce",
                     plain(FAIL_SUBJECTS[lang][0], SENDERS[0], HUMAN[kinds[0]], null_sender=False,
                           attach_original=True)))
        rows.append((f"headers-only {lang} {kinds[0]}", "bounce",
                     dsn(FAIL_SUBJECTS[lang][0], SENDERS[2], HUMAN[kinds[0]], headers_only=True,
                         auto_submitted=False)))
    return rows


DELAYS = [
    ("Delayed Mail (still being retried)", "This is the mail system at host mx.example.\n\n####################"
     "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n#####"
     "###############################################\n\nYour message could not be delivered for more than 4 "
     "hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<maria@acme.test>: connect to mx.acme.test"
     "[192.0.2.7]:25: Connection timed out"),
    ("Warning: message 1kXyZ-0003Ab-Cd delayed 24 hours", "This message was created automatically by mail "
     "delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients "
     "after more than 24 hours on the queue on mx.example.\n\n  maria@acme.test\n    Delay reason: SMTP error "
     "from remote mail server after RCPT TO:<maria@acme.test>:\n    451 4.2.2 Mailbox temporarily full\n\nNo "
     "action is required on your part. Delivery attempts will continue for some time."),
    ("Delivery Status Notification (Delay)", "Delivery incomplete\n\nThere was a temporary problem delivering "
     "your message to maria@acme.test. Gmail will retry for 44 more hours. You'll be notified if the delivery "
     "fails permanently.\n\nThe response was:\n\n452 4.2.2 The email account that you tried to reach is over "
     "quota."),
    ("Delivery delayed:Re: Candidate: Jane Doe – Backend Engineer", "Delivery is delayed to these recipients or "
     "groups:\n\nmaria@acme.test\n\nThis message hasn't been delivered yet. Delivery will continue to be "
     "attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 52 "
     "minutes. You'll be notified if the message can't be delivered by that time."),
    ("Verzögerte Zustellung: AW: Kandidatin: Jane Doe", "Die Zustellung an diese Empfänger oder Gruppen ist "
     "verzögert:\n\nmaria@acme.test\n\nDiese Nachricht wurde noch nicht übermittelt. Es wird weiterhin versucht, "
     "die Nachricht zuzustellen."),
]


def delays() -> list[tuple[str, str, bytes]]:
    rows = []
    for subject, human in DELAYS:
        rows.append((f"delay dsn / {subject}", "delay", dsn(subject, SENDERS[0], human, action="delayed",
                                                            status="4.4.1", diagnostic="smtp; 451 4.4.1 timeout")))
        rows.append((f"delay text / {subject}", "delay", plain(subject, SENDERS[3], human)))
    return rows


ARF = ("Feedback-Type: {kind}\nUser-Agent: SomeGenerator/1.0\nVersion: 1\nOriginal-Mail-From: <mailer@acme.test>\n"
       "Original-Rcpt-To: <maria@acme.test>\nArrival-Date: Mon, 2 Nov 2026 09:00:05 +0100\nReporting-MTA: dns; "
       "fbl.example\nSource-IP: 192.0.2.1\n")


def complaints() -> list[tuple[str, str, bytes]]:
    rows = []
    for kind in ("abuse", "opt-out", "fraud"):
        for subject, sender in (("Abuse report", "Feedback Loop <fbl@provider.example>"),
                                ("Complaint about message from 192.0.2.1", "staff@hotmail.com"),
                                ("FW: " + SUBJECTS["en"], "abuse@provider.example")):
            rows.append((f"arf {kind} / {subject}", "complaint",
                         dsn(subject, sender, "This is an email abuse report for an email message received from "
                             "IP 192.0.2.1 on Mon, 2 Nov 2026 09:00:05 +0100.\nFor more information about this "
                             "format please see http://www.mipassoc.org/arf/.", report_type="feedback-report",
                             fields=ARF.format(kind=kind), auto_submitted=False, sender_null=False)))
    return rows
