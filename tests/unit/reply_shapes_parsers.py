"""The edge cases reply-parser libraries test, in English and in Arabic and Italian: signatures with no delimiter under
short replies, "Sent from my …" in many languages and mobile clients, underscore and dash rules, "On … wrote:" split
over two or three lines, a reply whose own text holds "wrote:" or a date, quote headers with no blank line before
them, forwards with a note above, ">" quotes with no attribution, bottom posting, a one-line quote and its answer,
"-----Original Message-----" in several languages; each with hard negatives. Written blind (before reading mailer's
reply rules). Data only."""

from __future__ import annotations

from reply_shapes_reading import BLANK, Row, ctx, mix, own, quote, row, sig

Q = ("> Can you send me the signed contract by Friday?", "> Thanks,", "> Rita")
ON = "On Mon, Mar 13, 2006 at 10:20 AM, Rita Recruiter <rita@acme.example> wrote:"

SENT_FROM = {
    "en": "Sent from my iPhone", "en2": "Sent from my BlackBerry® wireless device", "en3": "Sent from Samsung Mobile",
    "en4": "Sent from my Galaxy", "en5": "Sent from Yahoo Mail on Android", "en6": "Get Outlook for iOS",
    "en7": "Sent from Mail for Windows 10", "en8": "Sent from my HTC", "en9": "Sent via the Samsung Galaxy S7, an AT&T 4G LTE smartphone",
    "de": "Von meinem iPhone gesendet", "de2": "Gesendet von meinem BlackBerry 10-Smartphone.",
    "de3": "Gesendet von iPad", "fr": "Envoyé de mon iPhone", "fr2": "Envoyé depuis mon appareil Galaxy",
    "es": "Enviado desde mi iPhone", "es2": "Enviado desde mi smartphone Samsung Galaxy.", "it": "Inviato da iPhone",
    "it2": "Inviato dal mio dispositivo Huawei", "nl": "Verzonden vanaf mijn iPhone", "pt": "Enviado do meu iPhone",
    "pt2": "Enviado do meu smartphone Samsung Galaxy", "pl": "Wysłane z iPhone'a", "cs": "Odesláno z iPhonu",
    "ru": "Отправлено с iPhone", "sv": "Skickat från min iPhone", "da": "Sendt fra min iPhone",
    "ar": "أرسلت من الـ iPhone الخاص بي", "tr": "iPhone'umdan gönderildi", "hu": "iPhone-ról küldve",
}

ORIGINAL = {
    "en": ("-----Original Message-----", "From: Rita Recruiter [mailto:rita@acme.example]",
           "Sent: Monday, March 13, 2006 10:20 AM", "To: Dana Manager", "Subject: RE: contract"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von: Rita Recruiter [mailto:rita@acme.example]",
           "Gesendet: Montag, 13. März 2006 10:20", "An: Dana Manager", "Betreff: AW: Vertrag"),
    "fr": ("-----Message d'origine-----", "De : Rita Recruiter [mailto:rita@acme.example]",
           "Envoyé : lundi 13 mars 2006 10:20", "À : Dana Manager", "Objet : RE: contrat"),
    "es": ("-----Mensaje original-----", "De: Rita Recruiter [mailto:rita@acme.example]",
           "Enviado el: lunes, 13 de marzo de 2006 10:20", "Para: Dana Manager", "Asunto: RE: contrato"),
    "it": ("-----Messaggio originale-----", "Da: Rita Recruiter [mailto:rita@acme.example]",
           "Inviato: lunedì 13 marzo 2006 10:20", "A: Dana Manager", "Oggetto: R: contratto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van: Rita Recruiter [mailto:rita@acme.example]",
           "Verzonden: maandag 13 maart 2006 10:20", "Aan: Dana Manager", "Onderwerp: RE: contract"),
    "pt": ("-----Mensagem original-----", "De: Rita Recruiter [mailto:rita@acme.example]",
           "Enviada em: segunda-feira, 13 de março de 2006 10:20", "Para: Dana Manager", "Assunto: RE: contrato"),
    "sv": ("-----Ursprungligt meddelande-----", "Från: Rita Recruiter [mailto:rita@acme.example]",
           "Skickat: den 13 mars 2006 10:20", "Till: Dana Manager", "Ämne: SV: kontrakt"),
}
OUTLOOK_NEW = {   # Outlook 2010+ / Outlook.com: a rule of underscores over the block, no "Original Message"
    "en": ("From: Rita Recruiter <rita@acme.example>", "Sent: Monday, March 13, 2006 10:20 AM",
           "To: Dana Manager <dana@acme.example>", "Subject: RE: contract"),
    "de": ("Von: Rita Recruiter <rita@acme.example>", "Gesendet: Montag, 13. März 2006 10:20",
           "An: Dana Manager <dana@acme.example>", "Betreff: AW: Vertrag"),
    "fr": ("De : Rita Recruiter <rita@acme.example>", "Envoyé : lundi 13 mars 2006 10:20",
           "À : Dana Manager <dana@acme.example>", "Objet : RE: contrat"),
    "es": ("De: Rita Recruiter <rita@acme.example>", "Enviado: lunes, 13 de marzo de 2006 10:20",
           "Para: Dana Manager <dana@acme.example>", "Asunto: RE: contrato"),
    "it": ("Da: Rita Recruiter <rita@acme.example>", "Inviato: lunedì 13 marzo 2006 10:20",
           "A: Dana Manager <dana@acme.example>", "Oggetto: R: contratto"),
    "nl": ("Van: Rita Recruiter <rita@acme.example>", "Verzonden: maandag 13 maart 2006 10:20",
           "Aan: Dana Manager <dana@acme.example>", "Onderwerp: RE: contract"),
    "pt": ("De: Rita Recruiter <rita@acme.example>", "Enviado: segunda-feira, 13 de março de 2006 10:20",
           "Para: Dana Manager <dana@acme.example>", "Assunto: RE: contrato"),
}


def _sent_from() -> list[Row]:
    out = []
    for key, line in SENT_FROM.items():
        out.append(row("parser sent-from", key[:2], f"{key}: under one line, above a quote",
                       own("Yes, Friday works."), BLANK, sig(line), BLANK, quote(ON), quote(*Q)))
    out.append(row("parser sent-from", "en", "at the top (mobile, reply under it)", sig("Sent from my iPhone"), BLANK,
                   own("Fine by me, go ahead."), BLANK, quote(ON), quote(*Q)))
    out.append(row("parser sent-from", "en", "hard negative: a sentence about the phone",
                   own("Sent from my iPhone the photos didn't arrive, can you resend them to my laptop address?"),
                   BLANK, own("Dana")))
    out.append(row("parser sent-from", "de", "hard negative: 'gesendet' in a sentence",
                   own("Von meinem iPhone gesendet kommen die Anhänge leider nicht an."), own("Könnt ihr sie nochmal schicken?"),
                   BLANK, own("Danke, Jana")))
    return out


def _signatures() -> list[Row]:
    return [
        row("parser signature", "en", "no delimiter: name, title, phone under a one-liner", own("Looks good to me."),
            BLANK, own("John Smith"), sig("Senior Engineer | Acme Corp", "Phone: +1 555 0100", "www.acme.example")),
        row("parser signature", "en", "closing over a name and a company block", own("Approved, please proceed."),
            BLANK, own("Best regards,", "John Smith"), sig("Director of Finance", "Acme Corporation",
                                                          "123 Main Street, Springfield", "T: 555-0100  F: 555-0101")),
        row("parser signature", "en", "underscore rule over the signature", own("Thanks, received."), BLANK,
            sig("________________________________", "John Smith | Acme Corp | +1 555 0100")),
        row("parser signature", "en", "dash rule over a disclaimer", own("I'll call her tomorrow."), BLANK,
            own("Mike"), sig("----------------------------------------",
                             "This e-mail and any attachments are confidential and intended solely for the addressee.")),
        row("parser signature", "en", "'--' directly under the text, no blank", own("Sounds good."),
            sig("-- ", "Mark Jones", "http://example.org/~mark")),
        row("parser signature", "en", "hard negative: dash-signed name kept", own("Merged, thanks!", "", "-Abhi")),
        row("parser signature", "en", "hard negative: a '--' inside a sentence",
            own("The flag is --verbose -- not -v -- in the new release.", "", "Tom")),
        row("parser signature", "en", "hard negative: a list of dashes in the text",
            own("Steps:", "-- stop the service", "-- move the folder", "-- start it again", "", "Tom")),
        row("parser signature", "en", "hard negative: underscores as a blank to fill",
            own("Please sign here: ____________ and send it back.", "", "Kate")),
        row("parser signature", "en", "hard negative: text after a one-word line that looks like a name",
            own("Agreed.", "", "Tomorrow", "I'll send the draft before noon.", "", "Kate")),
    ]


def _headers() -> list[Row]:
    return [
        row("parser wrote", "en", "split over two lines", own("Confirmed."), BLANK,
            quote("On Mon, Mar 13, 2006 at 10:20 AM, Rita Recruiter <rita@acme.example>", "wrote:"), quote(*Q)),
        row("parser wrote", "en", "split over three lines", own("Confirmed."), BLANK,
            quote("On Mon, Mar 13, 2006 at 10:20 AM, Rita", "Recruiter <rita@acme.example>", "wrote:"), quote(*Q)),
        row("parser wrote", "en", "address broken off onto its own line", own("Confirmed, see you then."), BLANK,
            quote("On 13 March 2006 at 10:20, Rita Recruiter", "<rita@acme.example> wrote:"), quote(*Q)),
        row("parser wrote", "en", "no blank line before the header", own("Confirmed."), quote(ON), quote(*Q)),
        row("parser wrote", "en", "header on the reply's own line", mix("Confirmed. ", ON), quote(*Q)),
        row("parser wrote", "en", "header with no quote marks under it", own("Yes, Friday."), BLANK, quote(ON),
            BLANK, quote("Can you send me the signed contract by Friday?", "Thanks,", "Rita")),
        row("parser wrote", "en", "hard negative: own text with 'wrote:' in it",
            own("Her reference wrote: \"the best analyst I have worked with\".", "That settles it for me."),
            BLANK, own("Dana"), BLANK, quote(ON), quote(*Q)),
        row("parser wrote", "en", "hard negative: own text holding a date and 'wrote'",
            own("On Monday, March 13 she wrote to me directly, so I already have the contract."),
            own("No need to chase her."), BLANK, own("Dana")),
        row("parser wrote", "en", "hard negative: a sentence ending in 'wrote:' then a list",
            own("Here is what the candidate wrote:"), own("- five years of Go", "- available in May"),
            own("Looks like a fit."), BLANK, own("Dana")),
        row("parser wrote", "en", "Gmail old style '2006/3/13 Name <addr>'", own("Sure thing."), BLANK,
            quote("2006/3/13 Rita Recruiter <rita@acme.example>:"), quote(*Q)),
        row("parser wrote", "en", "wrapped 'At … wrote:' (Eudora)", own("OK."), BLANK,
            quote("At 10:20 AM 3/13/2006, Rita Recruiter wrote:"), quote(*Q)),
        row("parser quotes", "en", "'>' quote with no attribution above the answer", ctx(*Q[:1]), BLANK,
            own("Yes, I'll sign it today.")),
        row("parser quotes", "en", "answer under a quote, attribution missing, then more quote", ctx(*Q[:1]), BLANK,
            own("Yes, I'll sign it today."), BLANK, quote("> Thanks,", "> Rita")),
        row("parser quotes", "en", "bottom posting under a full quote", quote(ON), quote(*Q), BLANK,
            own("Done, it is in your inbox."), BLANK, own("Dana")),
        row("parser quotes", "en", "one quoted line and an answer, twice", ctx("> Is Friday fine?"),
            own("Yes."), ctx("> And the contract?"), own("Signed, attached.")),
        row("parser quotes", "en", "hard negative: an answer that opens with a question mark line",
            own("> 5 years? That is more than we asked for.", "")[1:], own("Five years is more than we asked for."),
            own("Let's meet her.", "", "Tom")),
        row("parser forward", "en", "note above a Gmail forward", own("FYI, see below. Can you handle it?"), BLANK,
            quote("---------- Forwarded message ---------", "From: Rita Recruiter <rita@acme.example>",
                  "Date: Mon, Mar 13, 2006 at 10:20 AM", "Subject: contract", "To: Dana Manager <dana@acme.example>"),
            BLANK, quote("Can you send me the signed contract by Friday?")),
        row("parser forward", "en", "note above an Apple Mail forward", own("Please take a look."), BLANK,
            quote("Begin forwarded message:", "", "From: Rita Recruiter <rita@acme.example>",
                  "Subject: contract", "Date: March 13, 2006 at 10:20:00 AM GMT+1", "To: Dana Manager <dana@acme.example>"),
            BLANK, quote("Can you send me the signed contract by Friday?")),
        row("parser forward", "en", "note above an Outlook forward", own("Forwarding for your records."), BLANK,
            quote("-----Original Message-----", "From: Rita Recruiter", "Sent: Monday, March 13, 2006 10:20 AM",
                  "To: Dana Manager", "Subject: FW: contract"), BLANK,
            quote("Can you send me the signed contract by Friday?")),
        row("parser forward", "en", "Thunderbird's forward rule", own("See below."), BLANK,
            quote("-------- Original Message --------", "Subject: contract", "Date: Mon, 13 Mar 2006 10:20:00 +0100",
                  "From: Rita Recruiter <rita@acme.example>", "To: Dana Manager <dana@acme.example>"), BLANK,
            quote("Can you send me the signed contract by Friday?")),
        row("parser headers", "en", "hard negative: own 'From:/To:' schedule lines",
            own("Here is the plan for the visit:", "From: Monday 9:00", "To: Wednesday 17:00",
                "Subject: the new office layout"), BLANK, own("Dana")),
    ]


def _original_message() -> list[Row]:
    out = []
    for lang, block in ORIGINAL.items():
        out.append(row("parser original message", lang, "dashed marker, fields, quote unmarked", own("OK, done."),
                       BLANK, quote(*block), BLANK, quote("Can you send me the signed contract by Friday?")))
    for lang, block in OUTLOOK_NEW.items():
        out.append(row("parser outlook block", lang, "underscore rule over From/Sent/To/Subject",
                       own("Done, see attachment."), BLANK, quote("________________________________"), quote(*block),
                       BLANK, quote("Can you send me the signed contract by Friday?")))
        out.append(row("parser outlook block", lang, "no rule, bold-less block right under the name",
                       own("Done, see attachment."), BLANK, own("Dana"), BLANK, quote(*block), BLANK,
                       quote("Can you send me the signed contract by Friday?")))
    out.append(row("parser original message", "en", "lower-case, spaced dashes", own("Fine."), BLANK,
                   quote("----- Original Message -----", "From: \"Rita Recruiter\" <rita@acme.example>",
                         "To: <dana@acme.example>", "Sent: Monday, March 13, 2006 10:20 AM", "Subject: contract"),
                   BLANK, quote(*Q)))
    out.append(row("parser original message", "en", "'-----Reply Message-----' marker", own("Fine."), BLANK,
                   quote("-----Reply Message-----", "From: Rita Recruiter <rita@acme.example>"), BLANK,
                   quote("Can you send me the signed contract by Friday?")))
    return out


def _arabic_italian() -> list[Row]:
    ar_q = ("> هل يمكنك إرسال العقد الموقع يوم الجمعة؟", "> شكراً")
    it_q = ("> Puoi mandarmi il contratto firmato entro venerdì?", "> Grazie,", "> Rita")
    return [
        row("rtl arabic", "ar", "Gmail 'في … كتب …:'", own("نعم، سأرسله غداً صباحاً."), BLANK,
            own("مع التحية،", "أحمد"), BLANK,
            quote("في الاثنين، 13 مارس 2006 10:20 ص، كتب Rita Recruiter <rita@acme.example>:"), quote(*ar_q)),
        row("rtl arabic", "ar", "Gmail header with direction marks", own("تم، شكراً لك."), BLANK,
            quote("\u200fفي الاثنين، 13 مارس 2006 في 10:20 ص تمت كتابة ما يلي بواسطة \u200fRita Recruiter\u200f <\u200brita@acme.example\u200b>:\u200f"),
            quote(*ar_q)),
        row("rtl arabic", "ar", "wrapped over two lines", own("موافق."), BLANK,
            quote("في الاثنين، 13 مارس 2006 10:20 ص، كتب Rita Recruiter", "<rita@acme.example>:"), quote(*ar_q)),
        row("rtl arabic", "ar", "bare 'كتب' line", own("سأتصل بها اليوم."), BLANK,
            quote("كتب Rita Recruiter:"), quote(*ar_q)),
        row("rtl arabic", "ar", "Outlook Arabic block", own("تم الإرسال."), BLANK,
            quote("________________________________", "من: Rita Recruiter <rita@acme.example>",
                  "تاريخ الإرسال: الاثنين، 13 مارس 2006 10:20 ص", "إلى: Dana Manager",
                  "الموضوع: RE: العقد"), BLANK, quote("هل يمكنك إرسال العقد الموقع يوم الجمعة؟")),
        row("rtl arabic", "ar", "sent from + signature", own("حسناً، تم."), BLANK,
            sig("أرسلت من الـ iPhone الخاص بي"), BLANK, quote("في 13 مارس 2006، الساعة 10:20، كتب Rita <rita@acme.example>:"),
            quote(*ar_q)),
        row("rtl arabic", "ar", "hard negative: 'كتب' in a sentence", own("كتب لي المرشح أمس أنه متاح في مايو."),
            own("أعتقد أنه مناسب."), BLANK, own("أحمد")),
        row("rtl arabic", "ar", "hard negative: 'من:' line in the text",
            own("الجدول:", "من: الساعة التاسعة", "إلى: الساعة الخامسة"), BLANK, own("أحمد")),
        row("italian", "it", "'Il giorno … ha scritto:'", own("Sì, te lo mando domani mattina."), BLANK,
            own("Saluti,", "Marco"), BLANK,
            quote("Il giorno lun 13 mar 2006 alle ore 10:20 Rita Recruiter <rita@acme.example> ha scritto:"),
            quote(*it_q)),
        row("italian", "it", "'Il giorno …' wrapped over two lines", own("Fatto, grazie."), BLANK,
            quote("Il giorno lun 13 mar 2006 alle ore 10:20 Rita Recruiter <", "rita@acme.example> ha scritto:"),
            BLANK, quote(*it_q)),
        row("italian", "it", "Thunderbird 'Il 13/03/2006 10:20, … ha scritto:'", own("Va bene."), BLANK,
            quote("Il 13/03/2006 10:20, Rita Recruiter ha scritto:"), quote(*it_q)),
        row("italian", "it", "'Inviato da' under the text", own("Ok, ci penso io."), BLANK,
            sig("Inviato da iPhone"), BLANK, quote("Il giorno 13 mar 2006, alle ore 10:20, Rita Recruiter <rita@acme.example> ha scritto:"),
            BLANK, quote(*it_q)),
        row("italian", "it", "'Inviato dal mio …' wrapped", own("Ok."), BLANK,
            sig("Inviato dal mio dispositivo", "Samsung"), BLANK,
            quote("-------- Messaggio originale --------", "Da: Rita Recruiter <rita@acme.example>",
                  "Data: 13/03/2006 10:20 (GMT+01:00)", "A: Dana Manager <dana@acme.example>", "Oggetto: contratto"),
            BLANK, quote("Puoi mandarmi il contratto firmato entro venerdì?")),
        row("italian", "it", "Outlook block, 'Cordiali saluti' and a company signature",
            own("Buongiorno Rita,", "", "in allegato il contratto firmato.", "", "Cordiali saluti", "Marco Rossi"),
            sig("Responsabile Acquisti", "Acme S.p.A. – Via Roma 1, 20100 Milano", "Tel. +39 02 1234567"), BLANK,
            quote(*OUTLOOK_NEW["it"]), BLANK, quote("Puoi mandarmi il contratto firmato entro venerdì?")),
        row("italian", "it", "inline answers under 'ha scritto:'", quote("Il 13/03/2006 10:20, Rita Recruiter ha scritto:"),
            ctx(it_q[0]), own("Sì, entro giovedì."), ctx("> E la copia per l'ufficio?"), own("Te la porto io."),
            BLANK, own("Marco")),
        row("italian", "it", "disclaimer under the name", own("Confermo."), BLANK, own("Marco"), BLANK,
            sig("Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono "
                "contenere informazioni riservate.")),
        row("italian", "it", "hard negative: 'ha scritto' in a sentence",
            own("Il candidato ha scritto: \"disponibile da maggio\", quindi va bene."), BLANK, own("Marco")),
        row("italian", "it", "hard negative: 'Da:' and 'A:' in the text",
            own("Orari del colloquio:", "Da: lunedì alle 9", "A: mercoledì alle 17"), BLANK, own("Marco")),
    ]


def cases() -> list[Row]:
    return _sent_from() + _signatures() + _headers() + _original_message() + _arabic_italian()
