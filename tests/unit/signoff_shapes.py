"""What lies under a person's words in a reply, per language: closings and signed names, signature blocks, separators,
mobile and app footers, disclaimers, virus-scan and list footers, external-sender banners. A table written for this
project from published conventions (business-letter closings per language, Japanese business mail's boxed signature,
the footers mobile clients and gateways add in their UI languages) and from how people write; nothing here is copied
from a corpus or from the held-out data. One made-up manager per language, one answer, one recruiter's quote. Data
only: tests/unit/test_signoff_sweep.py asserts it, bench/signoffs.py prints the counts per language and family.

Each case is (language, family, body, the text that must come out). The convention is the labelled sets' one
(tests/data/replies/README.md): the greeting, the text, a closing and the name line under it stay; title, company,
phone, address and link lines under the name, anything under a separator, "Sent from my …", disclaimers and footers
go. Hard negatives (family "keep …") are a person's own words shaped like these: all of it stays.
"""

from __future__ import annotations

from dataclasses import dataclass

QUOTE_HEADER = "On Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:"
QUOTED = "> Hi Maria,\n>\n> here is Jane Doe's CV for the backend role.\n>\n> Rita\n"


@dataclass(frozen=True)
class Writer:
    """One manager writing in one language: the answer, the closings people write there, and the signature parts."""
    answer: str
    closings: tuple[str, ...]
    first: str  # the signed name
    full: str  # the name as the signature block writes it
    initials: str
    title: str
    company: str
    phone: str
    address: tuple[str, ...]  # street, then town
    mobile: str  # "Sent from my iPhone" as the UI language writes it
    disclaimer: str  # a confidentiality notice in that language ("" where none is written here)


WRITERS = {
    "en": Writer("Yes, let's interview her on Tuesday.", ("Best,", "Best regards,", "Kind regards,", "Thanks,",
                 "Cheers,", "Many thanks,", "Warm regards,", "Thank you,"), "Maria", "Maria Manager", "MM",
                 "Head of Engineering", "Acme Inc.", "+1 (555) 123-4567", ("1 Main Street, Suite 200",
                 "Springfield, IL 62701"), "Sent from my iPhone",
                 "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and "
                 "may contain confidential information. If you have received it in error, please notify the sender "
                 "and delete it."),
    "de": Writer("Ja, laden wir sie für Dienstag ein.", ("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße",
                 "Liebe Grüße", "VG", "LG", "Gruß", "Freundliche Grüße", "Schöne Grüße"), "Maria", "Maria Müller",
                 "MM", "Leiterin Entwicklung", "Acme GmbH", "+49 30 1234567", ("Friedrichstraße 123",
                 "10117 Berlin"), "Von meinem iPhone gesendet",
                 "Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt. "
                 "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen "
                 "Sie diese E-Mail."),
    "fr": Writer("Oui, recevons-la mardi.", ("Cordialement,", "Bien cordialement,", "Bien à vous,", "Merci,",
                 "Bonne journée,", "Belle journée,"), "Marie", "Marie Dupont", "MD", "Responsable technique",
                 "Acme SAS", "+33 1 23 45 67 89", ("12 rue de la Paix", "75002 Paris"), "Envoyé de mon iPhone",
                 "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
                 "Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur."),
    "es": Writer("Sí, entrevistémosla el martes.", ("Saludos,", "Un saludo,", "Saludos cordiales,", "Atentamente,",
                 "Gracias,", "Un abrazo,", "Muchas gracias,"), "María", "María García", "MG",
                 "Directora de Ingeniería", "Acme S.L.", "+34 912 345 678", ("Calle Mayor 1", "28013 Madrid"),
                 "Enviado desde mi iPhone",
                 "Este mensaje es confidencial y está destinado exclusivamente a su destinatario. Si lo ha recibido "
                 "por error, por favor notifíquelo al remitente y elimínelo."),
    "it": Writer("Sì, facciamo il colloquio martedì.", ("Cordiali saluti,", "Saluti,", "Grazie,", "Un saluto,",
                 "Buona giornata,", "A presto,"), "Giulia", "Giulia Rossi", "GR", "Responsabile Tecnico",
                 "Acme S.r.l.", "+39 02 1234 5678", ("Via Roma 1", "20121 Milano"), "Inviato da iPhone",
                 "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
                 "destinatario. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo."),
    "pt": Writer("Sim, vamos entrevistá-la na terça.", ("Atenciosamente,", "Abraços,", "Obrigada,",
                 "Cumprimentos,", "Abs,", "Att.,"), "Ana", "Ana Souza", "AS", "Gerente de Engenharia",
                 "Acme Ltda.", "+55 11 91234-5678", ("Av. Paulista, 1000", "01310-100 São Paulo - SP"),
                 "Enviado do meu iPhone",
                 "Esta mensagem é confidencial e destinada exclusivamente ao destinatário. Se a recebeu por engano, "
                 "por favor avise o remetente e apague-a."),
    "nl": Writer("Ja, laten we haar dinsdag spreken.", ("Met vriendelijke groet,", "Groeten,", "Groetjes,", "Mvg,",
                 "Hartelijke groet,", "Vriendelijke groeten,"), "Eva", "Eva de Vries", "EdV",
                 "Hoofd Engineering", "Acme B.V.", "+31 20 123 4567", ("Keizersgracht 1", "1015 CJ Amsterdam"),
                 "Verzonden vanaf mijn iPhone",
                 "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
                 "abusievelijk heeft ontvangen, verzoeken wij u het te verwijderen."),
    "sv": Writer("Ja, vi tar en intervju på tisdag.", ("Med vänlig hälsning", "Vänliga hälsningar", "Hälsningar",
                 "MVH", "Mvh", "Ha det bra"), "Karin", "Karin Lindqvist", "KL", "Teknikchef", "Acme AB",
                 "+46 8 123 456 78", ("Drottninggatan 1", "111 51 Stockholm"), "Skickat från min iPhone", ""),
    "da": Writer("Ja, lad os tage en samtale tirsdag.", ("Med venlig hilsen", "Venlig hilsen", "Mvh", "Hilsen",
                 "Vh", "Bedste hilsner"), "Mette", "Mette Jensen", "MJ", "Udviklingschef", "Acme ApS",
                 "+45 12 34 56 78", ("Strøget 1", "1160 København K"), "Sendt fra min iPhone", ""),
    "nb": Writer("Ja, vi tar et intervju tirsdag.", ("Med vennlig hilsen", "Vennlig hilsen", "Hilsen", "Mvh"),
                 "Ingrid", "Ingrid Hansen", "IH", "Utviklingssjef", "Acme AS", "+47 22 12 34 56",
                 ("Karl Johans gate 1", "0154 Oslo"), "Sendt fra min iPhone", ""),
    "fi": Writer("Kyllä, haastatellaan häntä tiistaina.", ("Ystävällisin terveisin", "Terveisin", "Kiitos,",
                 "Parhain terveisin"), "Aino", "Aino Virtanen", "AV", "Kehitysjohtaja", "Acme Oy",
                 "+358 40 123 4567", ("Mannerheimintie 1", "00100 Helsinki"), "Lähetetty iPhonesta", ""),
    "pl": Writer("Tak, zaprośmy ją na wtorek.", ("Pozdrawiam", "Pozdrawiam serdecznie", "Z poważaniem",
                 "Dziękuję,", "Pozdrowienia", "Serdecznie pozdrawiam"), "Anna", "Anna Kowalska", "AK",
                 "Kierownik Działu IT", "Acme Sp. z o.o.", "+48 22 123 45 67", ("ul. Marszałkowska 1",
                 "00-001 Warszawa"), "Wysłane z iPhone'a",
                 "Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymali Państwo ją przez "
                 "pomyłkę, prosimy o powiadomienie nadawcy i usunięcie wiadomości."),
    "cs": Writer("Ano, pozveme ji na úterý.", ("S pozdravem", "Děkuji,", "Hezký den", "Díky,"), "Jana",
                 "Jana Nováková", "JN", "Vedoucí vývoje", "Acme s.r.o.", "+420 601 234 567",
                 ("Václavské náměstí 1", "110 00 Praha 1"), "Odesláno z iPhonu", ""),
    "ru": Writer("Да, давайте пригласим её во вторник.", ("С уважением,", "Спасибо,", "Всего доброго,",
                 "С наилучшими пожеланиями,", "Хорошего дня!"), "Мария", "Мария Иванова", "М.И.",
                 "Руководитель разработки", "ООО «Акме»", "+7 (495) 123-45-67", ("ул. Тверская, д. 1",
                 "125009 Москва"), "Отправлено с iPhone",
                 "Это сообщение конфиденциально и предназначено только для адресата. Если вы получили его по ошибке, "
                 "пожалуйста, сообщите отправителю и удалите его."),
    "uk": Writer("Так, запросімо її на вівторок.", ("З повагою,", "Дякую,", "Гарного дня!", "Всього найкращого,"),
                 "Олена", "Олена Коваленко", "О.К.", "Керівник розробки", "ТОВ «Акме»", "+380 44 123 4567",
                 ("вул. Хрещатик, 1", "01001 Київ"), "Надіслано з iPhone", ""),
    "tr": Writer("Evet, salı günü görüşelim.", ("Saygılarımla,", "İyi çalışmalar,", "Teşekkürler,",
                 "Kolay gelsin,"), "Ayşe", "Ayşe Yılmaz", "AY", "Yazılım Müdürü", "Acme A.Ş.", "+90 212 123 45 67",
                 ("İstiklal Cad. No: 1", "34433 Beyoğlu/İstanbul"), "iPhone'umdan gönderildi", ""),
    "hu": Writer("Igen, hívjuk be kedden.", ("Üdvözlettel,", "Köszönöm,", "Üdv,", "Tisztelettel,"), "Eszter",
                 "Nagy Eszter", "NE", "Fejlesztési vezető", "Acme Kft.", "+36 1 234 5678",
                 ("Andrássy út 1.", "1061 Budapest"), "iPhone-ról küldve", ""),
    "ro": Writer("Da, hai să o chemăm marți.", ("Cu stimă,", "Mulțumesc,", "O zi bună,", "Toate cele bune,"),
                 "Ioana", "Ioana Popescu", "IP", "Director Tehnic", "Acme S.R.L.", "+40 21 123 4567",
                 ("Calea Victoriei 1", "010061 București"), "Trimis de pe iPhone-ul meu", ""),
    "el": Writer("Ναι, ας τη δούμε την Τρίτη.", ("Με εκτίμηση,", "Ευχαριστώ,", "Φιλικά,", "Καλή συνέχεια,"),
                 "Ελένη", "Ελένη Παπαδοπούλου", "ΕΠ", "Διευθύντρια Ανάπτυξης", "Acme Α.Ε.", "+30 210 123 4567",
                 ("Ερμού 1", "105 63 Αθήνα"), "Αποστολή από το iPhone μου", ""),
    "ja": Writer("はい、火曜日に面接しましょう。", ("よろしくお願いいたします。", "よろしくお願いします。",
                 "以上、よろしくお願いいたします。", "以上です。", "引き続きよろしくお願いいたします。"), "山田",
                 "山田 太郎", "TY", "人事部 部長", "株式会社アクメ", "03-1234-5678", ("〒100-0001",
                 "東京都千代田区千代田1-1"), "iPhoneから送信",
                 "本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。"),
    "zh": Writer("好的，周二安排面试吧。", ("谢谢！", "谢谢", "祝好", "祝好！", "此致\n敬礼"), "王芳", "王芳",
                 "WF", "技术总监", "阿克米科技有限公司", "+86 10 1234 5678", ("北京市朝阳区建国路1号",
                 "100022"), "发自我的iPhone",
                 "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错误地收到了本邮件，请您立即电话或邮件通知发件人并删除本邮件！"),
    "ko": Writer("네, 화요일에 면접 보시죠.", ("감사합니다.", "감사합니다", "수고하세요.", "좋은 하루 되세요."),
                 "김민지", "김민지", "MJ", "개발팀장", "(주)애크미", "+82 2 1234 5678",
                 ("서울특별시 강남구 테헤란로 1", "06234"), "iPhone에서 보냄",
                 "이 메일은 지정된 수신인만을 위한 것이며 기밀 정보를 포함할 수 있습니다. 잘못 수신하신 경우 발신인에게 알리고 삭제해 주시기 바랍니다."),
}

# Separators people and clients draw between the name and the signature block.
SEPARATORS = ("-- ", "--", "—", "_" * 32, "━" * 24, "=-=-=-=-=-=-=-=-=-=", "＊" * 12, "─" * 24, "＝" * 16,
              "~" * 20, "*" * 20, "-" * 40, "■□■□■□■□■□■□", "◆" + "─" * 20 + "◆")

# Lines clients and gateways add under the text, by family (the language is the footer's own).
FOOTERS = [
    ("en", "outlook app", "Get Outlook for iOS"),
    ("en", "outlook app", "Get Outlook for Android<https://aka.ms/AAb9ysg>"),
    ("de", "outlook app", "Outlook für Android herunterladen<https://aka.ms/ghei36>"),
    ("fr", "outlook app", "Obtenir Outlook pour iOS"),
    ("es", "outlook app", "Obtener Outlook para Android"),
    ("en", "mobile", "Sent from my Galaxy"),
    ("en", "mobile", "Sent from Yahoo Mail for iPhone"),
    ("en", "mobile", "Sent from Mail for Windows"),
    ("en", "mobile", "Sent from my phone. Please excuse brevity and typos."),
    ("de", "mobile", "Gesendet von Outlook für Android"),
    ("ja", "mobile", "Android の Gmail から送信"),
    ("en", "scanned", "This email has been scanned by the Symantec Email Security.cloud service."),
    ("en", "scanned", "This email has been checked for viruses by Avast antivirus software.\nwww.avast.com"),
    ("en", "scanned", "Virus-free.www.avast.com"),
    ("de", "scanned", "Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.\nwww.avast.com"),
    ("en", "unsubscribe", "--\nYou received this message because you are subscribed to the Google Groups \"Hiring\" "
                          "group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
                          "hiring+unsubscribe@acme.example."),
    ("en", "unsubscribe", "You received this message because you are subscribed to the Google Groups \"Hiring\" "
                          "group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
                          "hiring+unsubscribe@acme.example."),
    ("en", "unsubscribe", "Unsubscribe | Manage email preferences"),
    ("de", "unsubscribe", "Sie erhalten diese Nachricht, weil Sie Mitglied der Google Groups-Gruppe \"Hiring\" sind."
                          "\nWenn Sie sich von dieser Gruppe abmelden möchten, senden Sie eine E-Mail an "
                          "hiring+unsubscribe@acme.example."),
    ("en", "disclaimer", "The information contained in this email is confidential and may be legally privileged. "
                         "It is intended solely for the addressee."),
    ("en", "disclaimer", "This message contains confidential information and is intended only for the individual "
                         "named. If you are not the named addressee you should not disseminate, distribute or copy "
                         "this e-mail."),
    ("en", "disclaimer", "Please consider the environment before printing this email."),
]

# Banners a mail gateway puts above the text of mail from outside.
BANNERS = [
    ("en", "[EXTERNAL] This email originated from outside of the organization. Do not click links or open "
           "attachments unless you recognize the sender and know the content is safe."),
    ("en", "CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
           "unless you recognize the sender and know the content is safe."),
    ("en", "EXTERNAL EMAIL: Use caution when clicking on links or opening attachments."),
    ("en", "You don't often get email from rita@acme.example. Learn why this is important"),
    ("de", "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links und öffnen Sie "
           "keine Anhänge, wenn Sie den Absender nicht kennen."),
    ("fr", "[EXTERNE] Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les liens et "
           "n'ouvrez pas les pièces jointes si vous ne connaissez pas l'expéditeur."),
]

# A person's own words shaped like a sign-off or a signature: all of it stays (with and without a quote under it).
HARD_NEGATIVES = [
    ("en", "names list", "Let's interview these three:\n\nJane Doe\nOmar Khan\nLi Wei\n\nThanks,\nMaria"),
    ("en", "phone", "Please call her today, her number is\n+1 (555) 987-6543\n\nThanks,\nMaria"),
    ("en", "phone", "Yes. Call me to discuss:\n+1 555 987 6543"),
    ("en", "phone", "Best,\nMaria\n\nCall me on +1 555 987 6543 before noon please."),
    ("en", "thanks only", "Thanks!"),
    ("en", "thanks only", "Thank you"),
    ("en", "thanks only", "Thanks, Maria"),
    ("en", "one line with name", "Interview her. Maria"),
    ("en", "one line with name", "Pass on this one - Maria"),
    ("en", "title in sentence", "She would be a great Head of Engineering.\n\nBest,\nMaria"),
    ("en", "title in sentence", "Best,\nMaria\n\nHead of Engineering is the title we agreed on, right?"),
    ("en", "venue", "Yes. The interview is at our office:\n\nAcme Inc.\n1 Main Street, Suite 200\n"
                    "Springfield, IL 62701\n\nThanks,\nMaria"),
    ("en", "venue", "Yes, send her to\n1 Main Street, Suite 200\nSpringfield, IL 62701"),
    ("en", "paragraph after name", "Yes.\n\nThanks,\nMaria\n\nP.S. She can also start earlier if needed."),
    ("en", "paragraph after name", "Yes.\n\nBest,\nMaria\n\nOne more thing: please check her references first."),
    ("en", "venue", "Yes. The interview is at our head office.\n\nAcme House\n1 Main Street, Suite 200\n"
                    "+1 (555) 123-4567"),
    ("en", "referee", "Interview her. Her referee:\n\nJohn Roe\nHead of Data\nInitech Ltd.\n+44 20 7946 0000"),
    ("en", "referee", "Yes, and please also talk to\n\nOmar Haddad\nStaff Engineer\nomar@haddad.example"),
    ("en", "banner look-alike", "Attention: she is only free on Monday.\n\nBest,\nMaria"),
    ("en", "banner look-alike", "Caution: external candidates need a second interview.\n\nThanks,\nMaria"),
    ("en", "footer look-alike", "Yes.\n\nUnsubscribe me from the weekly digest please."),
    ("en", "footer look-alike", "This email has been sitting in my inbox, sorry: yes, interview her."),
    ("en", "footer look-alike", "unsubscribe"),
    ("de", "venue", "Ja. Das Gespräch ist in unserer Zentrale.\n\nAcme Haus\nFriedrichstraße 123\n"
                    "Tel. +49 30 1234567"),
    ("de", "referee", "Ja. Bitte sprechen Sie auch mit:\n\nJonas Weber\nTeamleiter\n+49 170 7654321"),
    ("de", "names list", "Bitte diese drei einladen:\nJana Schulz\nOmar Khan\nLi Wei\n\nViele Grüße\nMaria"),
    ("de", "phone", "Bitte rufen Sie sie unter\n0170 9876543\nan.\n\nViele Grüße\nMaria"),
    ("de", "thanks only", "Danke!"),
    ("de", "thanks only", "Vielen Dank"),
    ("de", "venue", "Ja. Das Gespräch ist bei uns:\nAcme GmbH\nFriedrichstraße 123\n10117 Berlin\n\nGruß\nMaria"),
    ("de", "paragraph after name", "Ja.\n\nViele Grüße\nMaria\n\nPS: Sie kann auch früher anfangen."),
    ("fr", "thanks only", "Merci !"),
    ("fr", "one line with name", "Oui pour mardi. Marie"),
    ("fr", "phone", "Appelez-la au 06 12 34 56 78 demain.\n\nCordialement,\nMarie"),
    ("es", "thanks only", "¡Gracias!"),
    ("es", "names list", "Entrevistemos a:\nLucía Pérez\nJavier Ruiz\n\nSaludos,\nMaría"),
    ("ja", "thanks only", "ありがとうございます。"),
    ("ja", "names list", "以下の3名で面接をお願いします。\n田中一郎\n鈴木花子\n佐藤健\n\nよろしくお願いいたします。"),
    ("ja", "venue", "面接会場は以下の通りです。\n\n本社ビル\n東京都千代田区千代田1-1\nTEL: 03-1234-5678"),
    ("ja", "referee", "推薦者にも連絡してください：\n\n佐藤 健\n開発部 課長\n090-1234-5678"),
    ("ja", "paragraph after name", "はい。\n\nよろしくお願いいたします。\n山田\n\n明日\n電話します"),
    ("ko", "paragraph after name", "네, 진행해 주세요.\n\n감사합니다.\n김민지\n\n내일\n연락드릴게요"),
    ("zh", "paragraph after name", "可以。\n\n谢谢！\n王芳\n\n明天\n我打电话给你"),
    ("ja", "rule between topics", "面接をお願いします。\n\n＝＝＝＝＝＝＝＝＝＝\n\n別件ですが、佐藤さんは見送りでお願いします。"),
    ("ja", "rule between topics", "面接をお願いします。\n━━━━━━━━━━\n別件：佐藤さんは見送りでお願いします。\n\nよろしくお願いいたします。"),
    ("en", "rule between topics", "Interview her.\n\n━━━━━━━━━━\n\nAlso Omar: pass, he is too junior."),
    ("ja", "disclaimer look-alike", "このメールは機密扱いでお願いします。はい、面接しましょう。\n\nよろしくお願いいたします。\n山田"),
    ("pt", "disclaimer look-alike", "Esta mensagem é confidencial, mas sim: vamos entrevistá-la.\n\nAbraços,\nAna"),
    ("ko", "disclaimer look-alike", "이 메일은 기밀입니다만, 네, 면접 진행하세요.\n\n감사합니다.\n김민지"),
    ("zh", "disclaimer look-alike", "本邮件请保密。可以，安排面试吧。\n\n谢谢！\n王芳"),
    ("zh", "venue", "面试地点如下。\n\n总部大楼\n北京市朝阳区建国路1号\n电话：010-1234-5678"),
    ("ja", "venue", "面接会場は以下です。\n〒100-0001\n東京都千代田区千代田1-1\n\nよろしくお願いいたします。"),
    ("zh", "thanks only", "谢谢！"),
    ("ko", "thanks only", "감사합니다!"),
    ("ru", "thanks only", "Спасибо!"),
    ("ru", "phone", "Позвоните ей по номеру\n+7 916 123-45-67\n\nС уважением,\nМария"),
]


def _sign_offs(lang: str, w: Writer) -> list[tuple[str, str]]:
    """(variant, sign-off) of one writer: each closing over the name, and the ways the first closing is signed."""
    out = [("closing", f"{c}\n{w.first}") for c in w.closings]
    first = w.closings[0]
    out += [
        ("closing full name", f"{first}\n{w.full}"),
        ("closing initials", f"{first}\n{w.initials}"),
        ("closing dash name", f"{first}\n– {w.first}"),
        ("closing hyphen name", f"{first}\n-{w.first}"),
    ]
    if first.endswith(","):
        out.append(("closing same line", f"{first} {w.first}"))
    return out


def _blocks(w: Writer) -> list[tuple[str, str]]:
    """(family, block) of the signature blocks under a signed name."""
    link = "www.acme.example"
    return [
        ("signature block", f"{w.full}\n{w.title}\n{w.company}\n{w.phone}\n{link}"),
        ("signature block", f"{w.full} | {w.title}\n{w.company} | {w.phone}"),
        ("signature address", f"{w.full}\n{w.company}\n" + "\n".join(w.address) + f"\n{w.phone}"),
        ("signature labelled", f"{w.full}\n{w.title}\nTel.: {w.phone}\nE-Mail: maria@acme.example\nWeb: {link}"),
        ("signature title only", f"{w.title}\n{w.company}"),
    ]


def cases() -> list[tuple[str, str, str, str]]:
    """Every case of the sweep: (language, family, body, the text that must come out)."""
    out = []
    for lang, w in WRITERS.items():
        for variant, sign in _sign_offs(lang, w):
            for gap in ("\n\n", "\n"):
                kept = f"{w.answer}{gap}{sign}"
                family = variant + ("" if gap == "\n\n" else " no blank")
                out.append((lang, family, kept, kept))
                out.append((lang, family + " quoted", f"{kept}\n\n{QUOTE_HEADER}\n{QUOTED}", kept))
        kept = f"{w.answer}\n\n{w.closings[0]}\n{w.first}"
        for family, block in _blocks(w):
            out.append((lang, family, f"{kept}\n\n{block}", kept))
            out.append((lang, family + " no blank", f"{kept}\n{block}", kept))
            out.append((lang, family + " quoted", f"{kept}\n\n{block}\n\n{QUOTE_HEADER}\n{QUOTED}", kept))
        full = f"{w.answer}\n\n{w.closings[0]}\n{w.full}"  # the name line is the block's first line
        out.append((lang, "signature under full name", f"{full}\n{w.title}\n{w.company}\n{w.phone}", full))
        bare = f"{w.answer}\n\n{w.full}"  # no closing: the name line stays, the block under it goes
        out.append((lang, "signature no closing", f"{bare}\n{w.title}\n{w.company}\n{w.phone}", bare))
        for sep in SEPARATORS:
            block = f"{w.full}\n{w.title}\n{w.company}\n{w.phone}"
            out.append((lang, "separator", f"{kept}\n\n{sep}\n{block}", kept))
            out.append((lang, "separator boxed", f"{kept}\n\n{sep}\n{block}\n{sep}", kept))
            out.append((lang, "separator no closing", f"{w.answer}\n\n{sep}\n{block}", w.answer))
        out.append((lang, "mobile", f"{kept}\n\n{w.mobile}", kept))
        out.append((lang, "mobile no closing", f"{w.answer}\n\n{w.mobile}", w.answer))
        out.append((lang, "mobile quoted", f"{w.answer}\n\n{w.mobile}\n\n{QUOTE_HEADER}\n{QUOTED}", w.answer))
        out.append((lang, "mobile under block", f"{kept}\n\n{w.full}\n{w.title}\n{w.phone}\n\n{w.mobile}", kept))
        if w.disclaimer:
            out.append((lang, "disclaimer", f"{kept}\n\n{w.disclaimer}", kept))
            out.append((lang, "disclaimer under block", f"{kept}\n\n{w.full}\n{w.title}\n{w.phone}\n\n"
                                                         f"{w.disclaimer}", kept))
            out.append((lang, "disclaimer under rule", f"{kept}\n\n{'━' * 24}\n\n{w.disclaimer}", kept))
            out.append((lang, "disclaimer under rule", f"{kept}\n\n{'_' * 32}\n{w.disclaimer}", kept))
    ja = WRITERS["ja"]
    japanese = "田中様\n\nお世話になっております。アクメの山田です。\n\n" + ja.answer
    box = "━" * 24
    for closing in ja.closings[:3]:
        kept = f"{japanese}\n\n{closing}"
        sig = f"{ja.company} {ja.title}\n{ja.full}\n{ja.address[0]}\n{ja.address[1]}\nTEL: {ja.phone}\n" \
              "Mail: yamada@acme.example"
        out.append(("ja", "business box", f"{kept}\n\n{box}\n{sig}\n{box}", kept))
        out.append(("ja", "business box", f"{kept}\n\n{'─' * 24}\n{sig}\n{'─' * 24}", kept))
        out.append(("ja", "business box", f"{kept}\n\n{'＝' * 24}\n{sig}\n{'＝' * 24}", kept))
        out.append(("ja", "business box no blank", f"{kept}\n{box}\n{sig}\n{box}", kept))
        out.append(("ja", "business box quoted", f"{kept}\n\n{box}\n{sig}\n{box}\n\n{QUOTE_HEADER}\n{QUOTED}", kept))
        # no box: the name line under the closing stays (as under any closing), the company and phone lines go
        out.append(("ja", "business no box", f"{kept}\n\n{ja.full}\n{ja.company} {ja.title}\nTEL: {ja.phone}",
                    f"{kept}\n\n{ja.full}"))
    en = WRITERS["en"]
    kept = f"{en.answer}\n\n{en.closings[0]}\n{en.first}"
    for lang, family, footer in FOOTERS:
        out.append((lang, family, f"{kept}\n\n{footer}", kept))
        out.append((lang, family + " no closing", f"{en.answer}\n\n{footer}", en.answer))
        out.append((lang, family + " quoted", f"{kept}\n\n{footer}\n\n{QUOTE_HEADER}\n{QUOTED}", kept))
    for lang, banner in BANNERS:
        out.append((lang, "banner", f"{banner}\n\n{kept}", kept))
        out.append((lang, "banner", f"{banner}\n\nHi Rita,\n\n{kept}", f"Hi Rita,\n\n{kept}"))
        out.append((lang, "banner quoted", f"{banner}\n\n{kept}\n\n{QUOTE_HEADER}\n{QUOTED}", kept))
    for lang, family, text in HARD_NEGATIVES:
        out.append((lang, "keep " + family, text, text))
        out.append((lang, "keep " + family + " quoted", f"{text}\n\n{QUOTE_HEADER}\n{QUOTED}", text))
    return out
