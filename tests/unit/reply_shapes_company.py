"""Company mail: German help-desk customers (Outlook in German: "Von:/Gesendet:/An:/Betreff:", "Mit freundlichen
Grüßen", a company signature with Geschäftsführer/Amtsgericht/HRB lines, "Diese E-Mail enthält vertrauliche …"),
Enron-era Lotus Notes and GroupWise heads, Outlook 2000 blocks with tab-aligned fields; and some whole mails (Latin-2
and KOI8-R charsets, quoted-printable, format=flowed, PGP/MIME). Each with hard negatives. Written blind (before
reading mailer's reply rules). Data only."""

from __future__ import annotations

from reply_shapes_reading import BLANK, Row, ctx, own, quote, row, sig

VON = ("Von: Support Team <support@shop.example>", "Gesendet: Montag, 13. März 2006 10:20",
       "An: Müller, Thomas <thomas.mueller@firma.example>", "Betreff: AW: Ticket #4711 Lieferung fehlt")
VON_CC = VON[:3] + ("Cc: Buchhaltung <buchhaltung@firma.example>",) + VON[3:]
SUPPORT = ("Sehr geehrter Herr Müller,", "", "leider fehlt uns noch die Rechnungsnummer.",
           "Können Sie uns diese bitte zusenden?", "", "Mit freundlichen Grüßen", "Ihr Support-Team")
FIRMA = ("Thomas Müller", "Einkauf", "", "Muster Maschinenbau GmbH", "Industriestraße 12", "70565 Stuttgart",
         "Tel.: +49 711 123456-0", "Fax: +49 711 123456-99", "E-Mail: thomas.mueller@firma.example",
         "www.firma.example", "", "Geschäftsführer: Dr. Hans Meier, Eva Schulz",
         "Sitz der Gesellschaft: Stuttgart", "Amtsgericht Stuttgart HRB 123456", "USt-IdNr.: DE123456789")
DISCLAIMER = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der",
              "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den",
              "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser",
              "Mail ist nicht gestattet.")


def _german() -> list[Row]:
    answer = ("Guten Tag,", "", "die Rechnungsnummer lautet RE-2006-0815.",
              "Die Lieferung ist bis heute nicht bei uns angekommen.")
    mfg = ("Mit freundlichen Grüßen",)
    return [
        row("helpdesk de", "de", "Outlook block, company signature, legal lines", own(*answer), BLANK, own(*mfg),
            BLANK, own(FIRMA[0]), sig(*FIRMA[1:]), BLANK, quote(*VON), BLANK, quote(*SUPPORT)),
        row("helpdesk de", "de", "Outlook block with rule and Cc, disclaimer under the signature", own(*answer),
            BLANK, own(*mfg, FIRMA[0]), sig(*FIRMA[3:10]), BLANK, sig(*DISCLAIMER), BLANK,
            quote("________________________________"), quote(*VON_CC), BLANK, quote(*SUPPORT)),
        row("helpdesk de", "de", "'-----Ursprüngliche Nachricht-----' and 'Mit freundlichem Gruß'",
            own(*answer, "", "Mit freundlichem Gruß", "i.A. Thomas Müller"), BLANK,
            quote("-----Ursprüngliche Nachricht-----"), quote(*VON), BLANK, quote(*SUPPORT)),
        row("helpdesk de", "de", "'MfG' and the name on one line", own(*answer, "", "MfG T. Müller"), BLANK,
            quote(*VON), BLANK, quote(*SUPPORT)),
        row("helpdesk de", "de", "Thunderbird 'Am … schrieb …:'", own(*answer, "", "Viele Grüße", "Thomas Müller"),
            BLANK, quote("Am 13.03.2006 10:20, schrieb Support Team:"), quote(*("> " + x if x else ">" for x in SUPPORT))),
        row("helpdesk de", "de", "'Am … schrieb' wrapped over two lines",
            own(*answer, "", "Gruß", "Thomas"), BLANK,
            quote("Am Mo., 13. März 2006 um 10:20 Uhr schrieb Support Team <", "support@shop.example>:"), BLANK,
            quote(*("> " + x if x else ">" for x in SUPPORT))),
        row("helpdesk de", "de", "disclaimer right under the text, then the quote", own(*answer), BLANK,
            own("Freundliche Grüße", "Thomas Müller"), BLANK, sig(*DISCLAIMER), BLANK, quote(*VON), BLANK,
            quote(*SUPPORT)),
        row("helpdesk de", "de", "'Gesendet von meinem iPhone' and the quote", own("Danke, ist angekommen."), BLANK,
            sig("Gesendet von meinem iPhone"), BLANK,
            quote("Am 13.03.2006 um 10:20 schrieb Support Team <support@shop.example>:"), BLANK,
            quote(*("> " + x if x else ">" for x in SUPPORT))),
        row("helpdesk de", "de", "signature block under '-- ' with HRB", own(*answer), BLANK,
            own(*mfg, "Thomas Müller"), sig("-- ", *FIRMA[3:])),
        row("helpdesk de", "de", "inline answers in the quoted ticket",
            quote("Am 13.03.2006 10:20, schrieb Support Team:"), ctx("> leider fehlt uns noch die Rechnungsnummer."),
            BLANK, own("RE-2006-0815"), BLANK, ctx("> Können Sie uns diese bitte zusenden?"), BLANK,
            own("Anbei als PDF."), BLANK, own("Gruß Thomas"), BLANK, quote("> Mit freundlichen Grüßen",
                                                                           "> Ihr Support-Team")),
        row("helpdesk de", "de", "hard negative: 'Von:'/'An:' and 'Betreff' in the customer's text",
            own("Guten Tag,", "", "bitte ändern Sie die Lieferadresse:", "Von: Lager Nord, Halle 3",
                "An: Werk Süd, Tor 2", "Betreff der Bestellung war \"Ersatzteile März\".", "",
                "Mit freundlichen Grüßen", "Thomas Müller")),
        row("helpdesk de", "de", "hard negative: a 'Geschäftsführer' sentence in the text",
            own("Hallo,", "", "unser Geschäftsführer möchte die Rechnung bis Freitag haben.",
                "Bitte an die Buchhaltung senden.", "", "Danke", "Thomas")),
        row("helpdesk de", "de", "hard negative: the customer writes 'vertraulich' in the text",
            own("Hallo,", "", "diese E-Mail enthält vertrauliche Kundendaten, bitte nicht weiterleiten.",
                "Die Seriennummer ist 44-1234.", "", "Gruß", "Thomas")),
        row("helpdesk de", "de", "whole mail, Latin-1 quoted-printable", own(*answer), BLANK, own(*mfg, FIRMA[0]),
            sig(*FIRMA[1:10]), BLANK, quote(*VON), BLANK, quote(*SUPPORT), charset="iso-8859-1",
            cte="quoted-printable"),
    ]


def _notes_groupwise() -> list[Row]:
    table = ("To:\tDana Manager/HOU/ECT@ECT", "cc:\tKay Mann/Corp/Enron@Enron", "Subject:\tRe: contract")
    return [
        row("company notes", "en", "indented Notes head over its To/cc/Subject table", own("Kay - please handle."),
            BLANK, own("Dana"), BLANK, BLANK, quote("\t\"Rita Recruiter\" <rita@acme.example>",
                                                    "\t03/13/2001 10:20 AM"), BLANK, quote(*table), BLANK,
            quote("Can you send me the signed contract by Friday?")),
        row("company notes", "en", "'Name@ECT on date' flush head", own("fine with me"), BLANK,
            quote("Rita Recruiter@ECT on 03/13/2001 10:20:31 AM"), quote(*table), BLANK,
            quote("Can you send me the signed contract by Friday?")),
        row("company notes", "en", "'Forwarded by' rule wrapped over two lines", own("Please read."), BLANK,
            quote("---------------------- Forwarded by Dana Manager/HOU/ECT on 03/13/2001 10:25 AM",
                  "---------------------------"), BLANK, quote("Rita Recruiter", "03/13/2001 10:20 AM"),
            quote(*table), BLANK, quote("Can you send me the signed contract by Friday?")),
        row("company notes", "en", "'wrote on' attribution with quoted table",
            own("Agreed. Let's move it to Thursday."), BLANK,
            quote("\"Rita Recruiter\" <rita@acme.example> wrote on 03/13/2001 10:20:31 AM:"), BLANK,
            quote("> To: Dana Manager", "> cc:", "> Subject: contract", ">", "> Can you send me the signed contract?")),
        row("company groupwise", "en", "'>>> Name 03/13/01 10:20AM >>>'", own("Yes, Thursday."), BLANK,
            quote(">>> Rita Recruiter 03/13/01 10:20AM >>>"), quote("Can you send me the signed contract by Friday?")),
        row("company groupwise", "en", "'>>> \"Name\" <addr> date >>>' and initials", own("OK by me.", "", "DM"),
            BLANK, quote(">>> \"Rita Recruiter\" <rita@acme.example> 03/13/01 10:20AM >>>"),
            quote("Can you send me the signed contract by Friday?")),
        row("company outlook 2000", "en", "tab-aligned fields under 'Original Message'",
            own("Sara - can you review?  Thanks."), BLANK,
            quote(" -----Original Message-----", "From: \tRecruiter, Rita  ", "Sent:\tTuesday, March 13, 2001 10:20 AM",
                  "To:\tManager, Dana", "Cc:\tMann, Kay", "Subject:\tRE: contract"), BLANK,
            quote("Can you send me the signed contract by Friday?")),
        row("company outlook 2000", "en", "one-word answer, name under it, attachment line", own("yes", "", "Kay"),
            sig(" - contract_v2.doc"), BLANK, quote(" -----Original Message-----", "From: \tRecruiter, Rita  ",
                                                   "Sent:\tTuesday, March 13, 2001 10:20 AM", "To:\tMann, Kay",
                                                   "Subject:\tcontract"), BLANK, quote("Final version attached.")),
        row("company outlook 2000", "en", "hard negative: initials line and a phone number the person gives",
            own("Call me at 713-853-0000 after 3pm, I will be at my desk.", "", "SS")),
        row("company outlook 2000", "en", "hard negative: a reply listing people's titles",
            own("Attendees:", "Dana Manager, Vice President", "Kay Mann, Senior Counsel", "", "Thanks,", "Rita")),
    ]


def _whole_mails() -> list[Row]:
    cs_q = ("> Při překladu mi padá build na chybějící knihovně libxml.",)
    ru_q = ("> При сборке падает на отсутствующей библиотеке.",)
    return [
        row("whole mail", "cs", "ISO-8859-2 quoted-printable, attribution and footer",
            own("Zkusil jsem to na čisté instalaci a chyba se už neobjevuje.", "", "S pozdravem", "Petr"), BLANK,
            quote("Dne 12.3.2006 v 10:20 Jan Novák napsal(a):"), quote(*cs_q), BLANK,
            sig("_______________________________________________", "Projekt-devel mailing list",
                "https://lists.berlios.de/mailman/listinfo/projekt-devel"), charset="iso-8859-2", cte="quoted-printable"),
        row("whole mail", "cs", "windows-1250 8bit, inline answer", quote("Jan Novák napsal(a):"), ctx(*cs_q),
            own("To je známá chyba, stačí doinstalovat libxml2-dev."), BLANK, own("Zdraví Petr"), charset="windows-1250"),
        row("whole mail", "ru", "KOI8-R, 'пишет:' and 'С уважением'", own("Проверил, всё работает."), BLANK,
            own("С уважением,", "Алексей"), BLANK, quote("12.03.2006 10:20, Иван Петров пишет:"), quote(*ru_q),
            charset="koi8-r"),
        row("whole mail", "pl", "format=flowed paragraph, 'W dniu … pisze:'",
            own("Sprawdziłem na czystej instalacji i błąd już nie występuje, ale ", "tylko z nowszą biblioteką."),
            BLANK, own("Pozdrawiam", "Piotr"), BLANK, quote("W dniu 12.03.2006 10:20, Jan Kowalski pisze:"),
            quote("> Przy kompilacji wywala się na brakującej bibliotece."), flowed=True),
        row("whole mail", "sl", "PGP/MIME signed, 'je napisal:'", quote("Dne 12.3.2006 10:20, je Janez Novak napisal:"),
            quote("> Pri prevajanju se mi ustavi na manjkajoči knjižnici."), BLANK,
            own("Namesti libxml2-dev, pa bo šlo."), BLANK, own("lp", "Miha"), pgpmime=True),
        row("whole mail", "hu", "base64 UTF-8, 'írta:' and 'Üdv'", own("Nálam is megy, köszi!"), BLANK,
            own("Üdv,", "Péter"), BLANK, quote("Kovács János <janos.kovacs@freemail.hu> írta:"),
            quote("> Fordításkor elhasal egy hiányzó könyvtáron."), cte="base64"),
        row("whole mail", "it", "quoted-printable, 'Il giorno … ha scritto:' wrapped",
            own("Sì, te lo mando domani."), BLANK, own("Marco"), BLANK,
            quote("Il giorno lun 13 mar 2006 alle ore 10:20 Rita Recruiter <rita@acme.example>", "ha scritto:"),
            BLANK, quote("> Puoi mandarmi il contratto firmato entro venerdì?"), cte="quoted-printable"),
        row("whole mail", "ar", "base64 UTF-8 Arabic, 'كتب'", own("نعم، سأرسله غداً."), BLANK, own("أحمد"), BLANK,
            quote("في الاثنين، 13 مارس 2006 10:20 ص، كتب Rita Recruiter <rita@acme.example>:"),
            quote("> هل يمكنك إرسال العقد الموقع يوم الجمعة؟"), cte="base64"),
        row("whole mail", "de", "PGP clear-signed inline, German Thunderbird",
            sig("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", ""), own("Hallo,", "", "bei mir geht es jetzt."),
            BLANK, own("Gruß", "Jens"), BLANK, quote("Am 13.03.2006 10:20, schrieb Jan:"), quote("> Bei mir nicht."),
            BLANK, sig("-----BEGIN PGP SIGNATURE-----", "Version: GnuPG v1.4.2 (GNU/Linux)", "",
                       "iD8DBQFEFPk3pJmWkuUf8ZoRAgTnAJ9xk2mTq0Kq9eDsk1Lb7cIu2VvL8wCeIz7P", "=q9Xz",
                       "-----END PGP SIGNATURE-----"), charset="utf-8"),
    ]


def cases() -> list[Row]:
    return _german() + _notes_groupwise() + _whole_mails()
