"""Out-of-office notices that lost their auto-reply headers, as real clients and providers word them, and people's
notes in the same languages that must stay answers.

PROJECT-WRITTEN: every subject is the form the named client or provider gives its notice by default (Outlook/Exchange's
localised "Automatic reply:" in its UI language, Lotus/HCL Notes' "AUTO:", QQ/163/Aliyun's "自动回复", Naver/Daum's
"[자동응답]", Mail.ru/Yandex's "Автоответ", Seznam's and Onet's own words; clients that answer under the original
subject, Gmail's vacation responder, Apple iCloud, GroupWise, Zimbra, web.de/GMX, Orange/Free/Libero, keep "Re: …"),
and every body is in the shape the templates published for that language use (absence, dates, whom to write, what
becomes of the mail), in our words and with our names. A list archive, a forward or a tracker paste keeps only this:
no Auto-Submitted, no X-Autoreply, no Precedence. Each body must also be told with the subject replaced by a plain
"Re:" (pasted into a tracker), by its words alone (reading/absence.py).
"""

import email.message
from datetime import date, datetime, timezone

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply, ooo_return_date

ORIGINAL = "Re: Kandidatin Jane Doe (Backend)"


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Manager <m@corp.test>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
    msg.set_content(body)
    return msg


# (language, client, subject, body)
CLIENT_NOTICES = [
    # ---- Outlook / Exchange, subject prefix in the UI language, body as the person wrote it
    ("en", "outlook", "Automatic reply: Candidate Jane Doe",
     "Thank you for your email. I am out of the office until Friday 4 December with limited access to email. "
     "For urgent matters, please contact Anna Berg (anna.berg@corp.test)."),
    ("nl", "outlook", "Automatisch antwoord: Kandidaat Jane Doe",
     "Bedankt voor uw e-mail. Ik ben op vakantie tot en met 4 december en heb beperkt toegang tot mijn e-mail. "
     "Voor dringende zaken kunt u contact opnemen met Anna de Vries."),
    ("nl", "outlook", "Automatisch antwoord: Kandidaat Jane Doe",
     "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 4 december. Vanaf maandag 7 december ben ik weer bereikbaar. "
     "Uw e-mail wordt na mijn terugkomst behandeld.\n\nMet vriendelijke groet,\nPieter"),
    ("ja", "outlook", "自動応答: 候補者 Jane Doe",
     "お世話になっております。\n誠に勝手ながら、11月30日から12月4日まで休暇のため不在にしております。"
     "12月7日以降、順次ご返信いたします。\nご不便をおかけしますが、何卒よろしくお願いいたします。"),
    ("ko", "outlook", "자동 회신: 후보자 Jane Doe",
     "안녕하세요.\n12월 4일까지 휴가 중이라 메일 확인이 어렵습니다. 12월 7일 복귀 후 회신 드리겠습니다.\n감사합니다."),
    ("it", "outlook", "Risposta automatica: Candidata Jane Doe",
     "Grazie per la sua email. Sono fuori ufficio fino al 4 dicembre con accesso limitato alla posta elettronica. "
     "Per questioni urgenti si prega di contattare Anna Rossi."),
    ("it", "libero", "Re: Candidata Jane Doe",
     "Sarò fuori sede fino al 4 dicembre e non potrò rispondere alle e-mail. Risponderò al mio rientro."),
    ("es", "outlook", "Respuesta automática: Candidata Jane Doe",
     "Gracias por su mensaje. Estoy fuera de la oficina hasta el 4 de diciembre, con acceso limitado al correo "
     "electrónico. Para asuntos urgentes, puede contactar con Ana García."),
    ("es", "gmail", "Re: Candidata Jane Doe",
     "Hola, estoy de vacaciones hasta el 4 de diciembre y no tendré acceso al correo. Te responderé a mi vuelta."),
    ("pt", "outlook", "Resposta automática: Candidata Jane Doe",
     "Obrigado pelo seu e-mail. Estou de férias até 4 de dezembro, com acesso limitado ao e-mail. "
     "Em caso de urgência, entre em contato com Ana Souza."),
    ("pt", "gmail", "Re: Candidata Jane Doe",
     "Olá! Estarei fora do escritório até 4/12 e responderei sua mensagem quando retornar."),
    ("pl", "outlook", "Odpowiedź automatyczna: Kandydatka Jane Doe",
     "Dziękuję za wiadomość. Jestem na urlopie do 4 grudnia i mam ograniczony dostęp do poczty. "
     "W pilnych sprawach proszę kontaktować się z Anną Kowalską."),
    ("pl", "onet", "Autoodpowiedź: Kandydatka Jane Doe",
     "Przebywam na urlopie do 4 grudnia. Odpowiem na Twoją wiadomość po powrocie."),
    ("cs", "outlook", "Automatická odpověď: Kandidátka Jane Doe",
     "Děkuji za Váš e-mail. Jsem na dovolené do 4. prosince a nemám přístup k e-mailu. "
     "V naléhavých případech kontaktujte Annu Novákovou."),
    ("cs", "seznam", "Automatická odpověď: Kandidátka Jane Doe",
     "Dobrý den, do 4. 12. jsem mimo kancelář s omezeným přístupem k e-mailu. Odpovím po svém návratu."),
    ("tr", "outlook", "Otomatik yanıt: Aday Jane Doe",
     "E-postanız için teşekkürler. 4 Aralık tarihine kadar yıllık izindeyim ve e-postalarıma erişimim sınırlı. "
     "Acil durumlarda Ayşe Yılmaz ile iletişime geçebilirsiniz."),
    ("tr", "gmail", "Re: Aday Jane Doe",
     "Merhaba, 4 Aralık'a kadar ofis dışındayım. Döndüğümde e-postanıza yanıt vereceğim."),
    ("hu", "outlook", "Automatikus válasz: Jelölt Jane Doe",
     "Köszönöm levelét. December 4-ig szabadságon vagyok, e-mailjeimhez korlátozottan férek hozzá. "
     "Sürgős ügyekben kérem, forduljon Kovács Annához."),
    ("ro", "outlook", "Răspuns automat: Candidat Jane Doe",
     "Vă mulțumesc pentru mesaj. Sunt în concediu până pe 4 decembrie, cu acces limitat la e-mail. "
     "Pentru probleme urgente, vă rog să o contactați pe Ana Popescu."),
    ("el", "outlook", "Αυτόματη απάντηση: Υποψήφια Jane Doe",
     "Σας ευχαριστώ για το μήνυμά σας. Βρίσκομαι σε άδεια έως τις 4 Δεκεμβρίου με περιορισμένη πρόσβαση στο email. "
     "Για επείγοντα θέματα επικοινωνήστε με την Άννα Παπαδοπούλου."),
    ("he", "outlook", "תשובה אוטומטית: מועמדת Jane Doe",
     "תודה על פנייתך. אני מחוץ למשרד עד 4 בדצמבר, עם גישה מוגבלת לדואר האלקטרוני. "
     "לעניינים דחופים ניתן לפנות לאנה כהן."),
    ("he", "gmail", "Re: מועמדת Jane Doe",
     "שלום, אני בחופשה עד 4 בדצמבר. אחזור אליך עם חזרתי."),
    ("ar", "outlook", "رد تلقائي: المرشحة Jane Doe",
     "شكراً لرسالتك. أنا خارج المكتب حتى 4 ديسمبر مع وصول محدود إلى البريد الإلكتروني. "
     "للأمور العاجلة يرجى التواصل مع آنا."),
    ("ar", "gmail", "Re: المرشحة Jane Doe",
     "مرحباً، أنا في إجازة حتى 4 ديسمبر وسأرد على رسالتك عند عودتي."),
    ("hi", "outlook", "स्वचालित उत्तर: उम्मीदवार Jane Doe",
     "आपके ईमेल के लिए धन्यवाद। मैं 4 दिसंबर तक छुट्टी पर हूँ और ईमेल तक मेरी पहुँच सीमित है। "
     "अत्यावश्यक मामलों के लिए कृपया अन्ना से संपर्क करें।"),
    ("hi", "gmail", "Re: उम्मीदवार Jane Doe",
     "नमस्ते, मैं 4 दिसंबर तक कार्यालय से बाहर हूँ। लौटने पर आपके ईमेल का उत्तर दूँगा।"),
    ("zh", "outlook", "自动答复: 候选人 Jane Doe",
     "您好，我于11月30日至12月4日休假，期间无法及时回复邮件。如有急事请联系Anna。"),
    ("ru", "outlook", "Автоматический ответ: Кандидат Jane Doe",
     "Спасибо за письмо. Я в отпуске до 4 декабря с ограниченным доступом к почте. "
     "По срочным вопросам обращайтесь к Анне Ивановой."),
    ("de", "outlook", "Automatische Antwort: Kandidatin Jane Doe",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff "
     "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Anna Müller."),
    ("fr", "outlook", "Réponse automatique : Candidate Jane Doe",
     "Bonjour,\nJe suis absente du bureau jusqu'au 4 décembre inclus. Pour toute urgence, merci de contacter Anne "
     "Martin.\nCordialement"),
    ("sv", "outlook", "Automatiskt svar: Kandidat Jane Doe",
     "Tack för ditt mejl. Jag är på semester till och med 4 december och läser inte min e-post. "
     "Vid brådskande ärenden, kontakta Anna Svensson."),
    # ---- Gmail vacation responder, Apple iCloud, GroupWise, Zimbra: the person's text under "Re: <original>"
    ("en", "gmail", "Re: Candidate Jane Doe",
     "Hi,\n\nI'm currently on vacation until December 4 with limited access to email. I'll get back to you as soon as "
     "I can after I return.\n\nBest,\nMark"),
    ("en", "icloud", "Re: Candidate Jane Doe",
     "I'm away until Monday, December 7 and will respond to your message when I return."),
    ("en", "groupwise", "Re: Candidate Jane Doe",
     "I am out of the office from November 30 until December 4. If you need immediate assistance, please call the "
     "main office."),
    ("en", "zimbra", "Re: Candidate Jane Doe",
     "I am currently out of the office with no access to email. I will return on December 7."),
    # ---- Lotus / HCL Notes: "AUTO:" subject and its default body, en / de / fr
    ("en", "notes", "AUTO: Mark Miller is out of the office (returning 07/12/2026)",
     "I am out of the office until 07/12/2026.\n\nI will respond to your message when I return.\n\n"
     "Note: This is an automated response to your message \"Candidate Jane Doe\" sent on 23/11/2026.\n\n"
     "This is the only notification you will receive while this person is away."),
    ("de", "notes", "AUTO: Markus Müller ist außer Haus (Rückkehr am 07.12.2026)",
     "Ich werde ab 30.11.2026 nicht im Büro sein. Ich kehre zurück am 07.12.2026.\n\n"
     "Ich werde Ihre Nachricht nach meiner Rückkehr beantworten."),
    ("fr", "notes", "AUTO : Marc Martin est absent(e) (retour le 07/12/2026)",
     "Je serai absent(e) du bureau à partir du 30/11/2026 et ne serai pas de retour avant le 07/12/2026.\n\n"
     "Je répondrai à votre message dès mon retour."),
    # ---- QQ / 163 / Aliyun (zh), Naver / Daum (ko), Yahoo Japan (ja)
    ("zh", "qq", "自动回复: 候选人 Jane Doe",
     "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。"),
    ("zh", "163", "自动回复：候选人 Jane Doe",
     "您好！我目前正在休假，12月7日返回，期间查看邮件不便，回复可能会有延迟。"),
    ("zh", "aliyun", "自动回复: 候选人 Jane Doe",
     "您好，我于12月4日前出差在外，不能及时处理邮件，回来后会尽快回复您。"),
    ("ko", "naver", "[자동응답] 후보자 Jane Doe",
     "안녕하세요. 현재 부재중으로 메일 확인이 어렵습니다. 12월 7일 이후 확인하여 답변 드리겠습니다."),
    ("ko", "daum", "Re: 후보자 Jane Doe",
     "12월 4일까지 출장 중입니다. 급한 용무는 010-1234-5678로 연락 부탁드립니다."),
    ("ja", "yahoo.co.jp", "Re: 候補者 Jane Doe",
     "ただいま出張中のため、メールの確認ができません。12月7日以降に返信いたします。"),
    # ---- Mail.ru / Yandex (ru), web.de / GMX (de), Orange / Free (fr)
    ("ru", "mail.ru", "Автоответ: Re: Кандидат Jane Doe",
     "Здравствуйте! Я в отпуске до 4 декабря. Ваше письмо получено, отвечу после возвращения."),
    ("ru", "yandex", "Re: Кандидат Jane Doe",
     "Добрый день! Я нахожусь в отпуске до 4 декабря и не имею доступа к почте. По срочным вопросам обращайтесь к "
     "Анне."),
    ("de", "web.de", "Re: Kandidatin Jane Doe",
     "Vielen Dank für Ihre E-Mail. Ich bin bis zum 4. Dezember nicht erreichbar. Ihre Nachricht wird nach meiner "
     "Rückkehr bearbeitet."),
    ("de", "gmx", "Re: Kandidatin Jane Doe",
     "Hallo, ich bin bis 4.12. im Urlaub und lese in dieser Zeit keine E-Mails. Ab dem 7.12. bin ich wieder "
     "erreichbar."),
    ("fr", "orange", "Re: Candidate Jane Doe",
     "Bonjour, je suis en congés jusqu'au 4 décembre inclus et je n'aurai pas accès à ma messagerie. Je vous répondrai "
     "dès mon retour."),
    ("fr", "free", "Re: Candidate Jane Doe",
     "Je suis actuellement en vacances et je consulterai mes messages à mon retour le 7 décembre."),
]
IDS = [f"{lang}-{client}-{i}" for i, (lang, client, _, _) in enumerate(CLIENT_NOTICES)]


@pytest.mark.parametrize("lang, client, subject, body", CLIENT_NOTICES, ids=IDS)
def test_a_client_notice_without_its_headers_is_an_auto_reply(lang, client, subject, body):
    assert detect_auto_reply(mail(subject, body)) is not None


@pytest.mark.parametrize("lang, client, subject, body", CLIENT_NOTICES, ids=IDS)
def test_its_body_alone_under_a_plain_re_is_told_by_its_words(lang, client, subject, body):
    assert detect_auto_reply(mail(ORIGINAL, body)) is not None


# People writing in the same languages about their own absence, in a notice's words, and answering: each stays the
# manager's answer (a notice knows nothing of the mail it answers).
PEOPLE = [
    ("en", "I'm off next week, but yes, interview her."),
    ("en", "Back Monday, will look then."),
    ("en", "I'm on vacation until December 4 with limited access to email, but yes: let's interview Jane."),
    ("de", "Ich bin ab morgen im Urlaub, daher kurz: passt."),
    ("de", "Ich bin bis 4.12. im Urlaub und habe nur eingeschränkten Zugriff auf meine E-Mails. Kurz: Die Kandidatin "
           "passt, bitte zum Gespräch einladen."),
    ("nl", "Ik ben tot en met 4 december op vakantie, maar ja, plan het gesprek met de kandidaat maar in."),
    ("nl", "Ik ben met vakantie en heb beperkt toegang tot mijn e-mail. De kandidaat lijkt me goed, graag een "
           "sollicitatiegesprek."),
    ("ja", "来週は休暇で不在にしておりますが、候補者の面接は進めてください。"),
    ("ko", "다음 주는 휴가라 메일 확인이 어렵지만, 지원자 면접은 진행해 주세요."),
    ("it", "Sono in ferie fino al 4 dicembre con accesso limitato alla posta, ma sì, fissiamo il colloquio con la "
           "candidata."),
    ("es", "Estoy de vacaciones hasta el 4 de diciembre y sin acceso al correo casi, pero sí, adelante con la entrevista."),
    ("pt", "Estou de férias até 4 de dezembro, com acesso limitado ao e-mail, mas sim, pode marcar a entrevista com a "
           "candidata."),
    ("pl", "Jestem na urlopie do 4 grudnia i mam ograniczony dostęp do poczty, ale kandydatka wygląda dobrze, "
           "umówcie rozmowę."),
    ("cs", "Jsem na dovolené do 4. prosince a mám omezený přístup k e-mailu, ale kandidátka vypadá dobře, domluvte "
           "pohovor."),
    ("tr", "4 Aralık'a kadar izindeyim ve e-postalarıma erişimim sınırlı ama aday iyi görünüyor, mülakatı ayarlayın."),
    ("hu", "December 4-ig szabadságon vagyok, korlátozott hozzáféréssel, de a jelölt jónak tűnik, szervezzük meg az "
           "interjút."),
    ("ro", "Sunt în concediu până pe 4 decembrie, cu acces limitat la e-mail, dar candidatul arată bine, programați "
           "interviul."),
    ("el", "Βρίσκομαι σε άδεια έως τις 4 Δεκεμβρίου με περιορισμένη πρόσβαση στο email, αλλά η υποψήφια είναι καλή, "
           "κανονίστε τη συνέντευξη."),
    ("he", "אני בחופשה עד 4 בדצמבר עם גישה מוגבלת לדואר, אבל המועמדת נראית טובה, תקבעו ראיון."),
    ("ar", "أنا في إجازة حتى 4 ديسمبر مع وصول محدود إلى البريد الإلكتروني، لكن المرشحة تبدو جيدة، حددوا موعد المقابلة."),
    ("hi", "मैं 4 दिसंबर तक छुट्टी पर हूँ और ईमेल तक मेरी पहुँच सीमित है, लेकिन उम्मीदवार अच्छी है, साक्षात्कार तय करें।"),
    ("zh", "我12月4日前在休假，查看邮件不便，不过这位候选人不错，请安排面试。"),
    ("ru", "Я в отпуске до 4 декабря с ограниченным доступом к почте, но кандидат хороший, назначайте собеседование."),
    ("fr", "Je suis en congés jusqu'au 4 décembre et n'aurai pas accès à ma messagerie, mais oui pour l'entretien."),
    # the short notes a manager writes while away, in each language: no notice's wording, so an answer
    ("nl", "Ik ben volgende week vrij, maar ja, nodig haar uit."), ("nl", "Maandag terug, dan kijk ik ernaar."),
    ("ja", "来週は休みですが、面接は進めてください。"), ("ja", "月曜に戻りますので、その時に見ます。"),
    ("ko", "다음 주는 휴가지만 면접은 진행해 주세요."), ("ko", "월요일에 복귀해서 그때 볼게요."),
    ("it", "La prossima settimana sono in ferie, ma sì, fatele il colloquio."), ("it", "Torno lunedì, ci guardo allora."),
    ("es", "La semana que viene estoy de vacaciones, pero sí, entrevistadla."), ("es", "Vuelvo el lunes, lo miro entonces."),
    ("pt", "Semana que vem estou de férias, mas sim, podem entrevistá-la."), ("pt", "Volto segunda, vejo então."),
    ("pl", "W przyszłym tygodniu jestem na urlopie, ale tak, zaproście kandydatkę."),
    ("pl", "Wracam w poniedziałek, wtedy zerknę."), ("pl", "Jestem na urlopie, odpowiem po powrocie."),
    ("cs", "Příští týden mám dovolenou, ale ano, pozvěte ji na pohovor."), ("cs", "Vracím se v pondělí, pak se na to podívám."),
    ("tr", "Gelecek hafta izindeyim ama evet, mülakata çağırın."), ("tr", "Pazartesi dönüyorum, o zaman bakarım."),
    ("hu", "Jövő héten szabadságon vagyok, de igen, hívjátok be interjúra."), ("hu", "Hétfőn jövök vissza, akkor megnézem."),
    ("ro", "Săptămâna viitoare sunt în concediu, dar da, chemați-o la interviu."), ("ro", "Mă întorc luni, mă uit atunci."),
    ("el", "Την επόμενη εβδομάδα είμαι σε άδεια, αλλά ναι, καλέστε τη για συνέντευξη."),
    ("el", "Επιστρέφω Δευτέρα, θα το δω τότε."),
    ("he", "אני בחופשה בשבוע הבא, אבל כן, תזמינו אותה לראיון."), ("he", "חוזר ביום שני, אסתכל אז."),
    ("ar", "أنا في إجازة الأسبوع القادم، لكن نعم، ادعوها للمقابلة."), ("ar", "سأعود يوم الاثنين وسألقي نظرة حينها."),
    ("hi", "मैं अगले हफ़्ते छुट्टी पर हूँ, पर हाँ, उसका इंटरव्यू ले लीजिए।"), ("hi", "सोमवार को लौटूँगा, तब देखूँगा।"),
    ("zh", "我下周休假，不过可以，安排她面试吧。"), ("zh", "我周一回来，到时候再看。"), ("zh", "我在出差，回来后回复你。"),
    ("ru", "На следующей неделе я в отпуске, но да, зовите её на собеседование."), ("ru", "Вернусь в понедельник, тогда посмотрю."),
    ("ru", "Я в отпуске, отвечу после возвращения."), ("ko", "휴가 중이라 답장이 늦어요."), ("ja", "休暇中なので返信が遅れます。"),
    ("de", "Ich bin ab morgen im Urlaub, daher kurz: passt."), ("en", "Off until Friday, will reply when I'm back."),
    # a maintainer's or manager's own announcement, written to many: a person's, however much it reads like a notice
    ("en", "Hi everyone,\n\nI wanted to let you know that I'll be on vacation from November 30 through December 4. "
           "During this time my responses will be delayed. For urgent matters, please contact Anna. I'll catch up "
           "on everything when I return."),
    ("de", "Hallo zusammen, ich bin bis 4.12. im Urlaub. In dringenden Fällen wendet euch bitte an Anna."),
    ("fr", "Bonjour à tous, je suis en congés jusqu'au 4 décembre. Pour toute urgence, merci de contacter Anne."),
    ("es", "Hola a todos: estaré de vacaciones hasta el 4 de diciembre. Para asuntos urgentes, contactad con Ana."),
    # a person pasting a notice they were sent, introduced by their own words
    ("en", "He said this: This is an automatic reply. I am out of the office until 4 December."),
    ("en", "Got this back from her: I am out of the office until December 4 with limited access to email."),
    # a person speaking of an automatic reply, not sending one
    ("en", "This is not an automatic reply: yes, interview Jane."),
    ("en", "Sorry about my automatic reply, I'm back already. Jane looks good."),
    ("zh", "我不是自动回复，我已经回来了，候选人可以安排面试。"),
]


@pytest.mark.parametrize("lang, text", PEOPLE, ids=[f"{r[0]}-{i}" for i, r in enumerate(PEOPLE)])
def test_a_persons_note_in_notice_words_stays_their_answer(lang, text):
    assert detect_auto_reply(mail(ORIGINAL, text)) is None


# A notice that only says it is one: it opens by calling itself an automatic reply (the client's own first line, QQ
# Mail's "这是来自QQ邮箱的假期自动回复邮件", "This is an automatic reply", "このメールは自動返信です") and then only
# acknowledges receipt: no absence is stated, yet no person opens their mail that way.
SELF_DECLARED = [
    ("zh", "这是来自QQ邮箱的假期自动回复邮件。\n您好，您的来信已收到，我会尽快给您回复。"),
    ("zh", "此邮件为自动回复邮件。您的邮件已收到，谢谢！"),
    ("en", "This is an automatic reply. Your message has been received and will be answered as soon as possible."),
    ("en", "This is an automated response to confirm that we have received your email."),
    ("de", "Dies ist eine automatische Antwort. Vielen Dank für Ihre Nachricht, ich melde mich schnellstmöglich."),
    ("fr", "Ceci est une réponse automatique. Votre message a bien été reçu."),
    ("es", "Esta es una respuesta automática. Hemos recibido su mensaje."),
    ("it", "Questa è una risposta automatica. Ho ricevuto la sua email."),
    ("nl", "Dit is een automatisch antwoord. Uw bericht is ontvangen."),
    ("pl", "To jest automatyczna odpowiedź. Dziękuję za wiadomość."),
    ("ja", "このメールは自動返信です。メールを受け取りました。"),
    ("ko", "본 메일은 자동 회신 메일입니다. 메일 잘 받았습니다."),
    ("ko", "이 메일은 자동으로 발송된 메일입니다. 회신하지 마십시오."),
    ("ja", "※本メールは自動送信されています。"),
    ("zh", "这是一封自动回复邮件，您的来信已收到。"),
    ("ru", "Это автоматический ответ. Ваше письмо получено."),
]


@pytest.mark.parametrize("lang, text", SELF_DECLARED, ids=[f"{r[0]}-{i}" for i, r in enumerate(SELF_DECLARED)])
def test_a_text_that_opens_by_calling_itself_an_automatic_reply_is_one(lang, text):
    assert detect_auto_reply(mail(ORIGINAL, text)) is not None


def test_a_group_greeting_does_not_hide_a_notice_that_calls_itself_automatic():
    text = "Hi all, this is an automatic reply: I am out of the office until 4 December with limited access to email."
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    "Mail sent to this address will not be read until 7 December: I am on leave. For urgent matters, contact Anna.",
    "Messages sent to me are not forwarded while I am out of the office; for urgent matters, please contact Anna.",
])
def test_a_notice_that_speaks_of_mail_sent_is_no_reported_speech(text):
    assert says_out_of_office(text)


def test_a_greeting_to_one_sender_keeps_a_notice_a_notice():
    assert says_out_of_office("Hello, I am on vacation until December 4. For urgent matters, please contact Anna.")


# Exchange/Outlook's "Automatic reply:" as its UI languages title the notice (Polish Outlook says "Odpowiedź
# automatyczna", simplified Chinese "自动答复", Hebrew "תשובה אוטומטית"), and the subject alone tells it: an archive that
# kept the subject over a body that says nothing ("Thanks.") still shows a notice.
OUTLOOK_SUBJECTS = [
    "Automatic reply", "Automatische Antwort", "Réponse automatique :", "Automatisch antwoord", "自動応答", "자동 회신",
    "Risposta automatica", "Respuesta automática", "Resposta automática", "Odpowiedź automatyczna", "Automatická odpověď",
    "Otomatik yanıt", "Automatikus válasz", "Răspuns automat", "Αυτόματη απάντηση", "תשובה אוטומטית", "رد تلقائي",
    "स्वचालित उत्तर", "Автоматический ответ", "自动答复", "自動回覆", "Automatiskt svar", "Automatisk svar",
    "Automaattinen vastaus", "Автоматична відповідь",
]


@pytest.mark.parametrize("prefix", OUTLOOK_SUBJECTS)
def test_outlooks_automatic_reply_prefix_in_each_ui_language(prefix):
    assert detect_auto_reply(mail(f"{prefix}: Kandidat Jane Doe".replace(": :", ":"), "Thanks.")) is not None


@pytest.mark.parametrize("subject", ["Re: Odpowiedź automatyczna nie działa?", "Re: תשובה אוטומטית שלא נשלחה",
                                     "Re: 自动答复设置问题"])
def test_a_person_asking_about_an_automatic_reply_is_not_one(subject):
    assert detect_auto_reply(mail(subject, "Thanks.")) is None


# The return date of such notices in the languages whose dates had no words before (Hebrew "עד", Arabic "حتى", Hindi
# "तक" until; "אחזור ב-", "سأعود في", "को लौटूँगा" back on), and Korean "이후" (from … on, as Japanese "以降"). Sent on
# Monday 23 November 2026: "until 4 December" is back on the 5th.
SENT = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)
RETURN_DATES = [
    ("he", "אני מחוץ למשרד עד 4 בדצמבר, עם גישה מוגבלת לדואר האלקטרוני.", date(2026, 12, 5)),
    ("he", "אני בחופשה. אחזור ב-7 בדצמבר.", date(2026, 12, 7)),
    ("ar", "أنا خارج المكتب حتى 4 ديسمبر مع وصول محدود إلى البريد الإلكتروني.", date(2026, 12, 5)),
    ("ar", "أنا في إجازة وسأعود في 7 ديسمبر.", date(2026, 12, 7)),
    ("hi", "मैं 4 दिसंबर तक छुट्टी पर हूँ।", date(2026, 12, 5)),
    ("hi", "मैं छुट्टी पर हूँ और 7 दिसंबर को लौटूँगा।", date(2026, 12, 7)),
    ("ko", "현재 부재중으로 메일 확인이 어렵습니다. 12월 7일 이후 확인하여 답변 드리겠습니다.", date(2026, 12, 7)),
]


@pytest.mark.parametrize("lang, text, want", RETURN_DATES, ids=[f"{r[0]}-{i}" for i, r in enumerate(RETURN_DATES)])
def test_return_dates_in_hebrew_arabic_hindi_and_korean_after(lang, text, want):
    assert ooo_return_date(text, SENT, mail("Re: x", text)) == want


@pytest.mark.parametrize("text", ["עד עכשיו לא קיבלתי תשובה.", "حتى الآن لم أتلق ردا.", "अब तक कोई जवाब नहीं आया।"])
def test_until_without_a_date_gives_none(text):
    assert ooo_return_date(text, SENT, mail("Re: x", text)) is None


# Whom to write when it is urgent, said the way templates say it in each language: the word for "urgent" in any form
# ("per qualsiasi urgenza", "para temas urgentes", "voor spoedeisende zaken", "w sprawach pilnych") and, in the same
# sentence, a formal request to contact someone ("contattare", "contacte con", "kunt u contact opnemen", "proszę o
# kontakt", "kontaktujte", "contactați", "ulaşabilirsiniz", "please reach out to").
URGENT_CONTACT = [
    ("it", "Sono in ferie fino al 4 dicembre. Per comunicazioni urgenti scrivere a anna@x.it."),
    ("it", "Sono fuori ufficio fino al 4 dicembre. Per qualsiasi urgenza contattare Anna Rossi."),
    ("es", "Estoy fuera de la oficina hasta el 4 de diciembre. Para temas urgentes, contacte con ana@x.es."),
    ("nl", "Ik ben afwezig tot 4 december. Voor spoedeisende zaken kunt u contact opnemen met Anna."),
    ("pl", "Jestem poza biurem do 4 grudnia. W sprawach pilnych proszę o kontakt z Anną."),
    ("cs", "Jsem mimo kancelář do 4. 12. V naléhavých záležitostech kontaktujte Annu."),
    ("ro", "Sunt în concediu până pe 4 decembrie. Pentru urgențe, contactați-o pe Ana."),
    ("tr", "Yıllık izindeyim, 7 Aralık'ta döneceğim. Acil konular için Ayşe Hanım'a ulaşabilirsiniz."),
    ("en", "I'm on PTO through December 4. If urgent, please reach out to Anna."),
]


@pytest.mark.parametrize("lang, text", URGENT_CONTACT, ids=[f"{r[0]}-{i}" for i, r in enumerate(URGENT_CONTACT)])
def test_whom_to_write_when_urgent_in_a_notices_words(lang, text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    "I'm on vacation until Friday; if it's urgent just call me.",
    "Sono in ferie fino a venerdì, se è urgente chiamami.",
    "Estoy de vacaciones hasta el viernes; si es urgente, llámame al móvil.",
    "Ik ben op vakantie tot vrijdag, als het dringend is bel me gewoon.",
    "I'm on PTO through December 4. If urgent, please reach out to Anna to set up the interview with Jane.",
])
def test_a_persons_own_if_urgent_stays_theirs(text):
    assert detect_auto_reply(mail(ORIGINAL, text)) is None
