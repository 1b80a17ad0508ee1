"""A third blind batch (issue 12, ooo-third), written from the README's out-of-office paragraphs only, before mailer
was run on any row and before its reading rules were read: notices kept without their auto-reply headers and people's
notes about their own absence, in the languages the first two batches lack (sv, da, nb, fi, pl, ru, ja, zh, ko, cs,
tr) and in English, German and French shapes they may lack (Outlook/Exchange, Gmail, Lotus Notes, Zimbra and
GroupWise wording, bilingual notices, a signature block and disclaimer under the notice, a notice that starts with the
person's name or names a delegate, travelling with limited access, parental and sick leave, a mailbox no longer
monitored).

Every row carries its expected reading, written from the README before mailer ran:
- a notice: read as an out-of-office (never the manager's answer), with its first day back where it states one
  ("back on X" is X; "until X" and "X inclusive" are the day after X; "until X at 12:00", a time before 17:00, is X);
  the mails are sent on Tuesday 10 November 2026 (SENT), so year-less dates fall in November and December 2026;
- a person's note: the person's answer (never a notice), with the decision they meant, or None for a note that
  decides nothing (a delegation, a question). A decision mailer does not read in a language it reads no sentences in
  is a miss, not an error; a different decision is wrong.

bench/ooo_blind.py prints the figures; tests/unit/test_ooo_blind_third.py fails on a wrong reading not listed as known.
"""

from __future__ import annotations

from datetime import date as D

from ooo_blind_notes import SUBJECT

SENT = "Tue, 10 Nov 2026 10:00:00 +0000"  # every row's Date header: a Tuesday morning in London

# (lang, body, first day back or None)
NOTICES: list[tuple[str, str, D | None]] = [
    # Swedish
    ("sv", "Tack för ditt mejl. Jag är på semester till och med 20 november och har begränsad tillgång till e-post. "
           "Vid brådskande ärenden, kontakta Paul Svensson, paul@acme.test.", D(2026, 11, 21)),
    ("sv", "Hej!\n\nJag är tjänstledig och tillbaka måndag 23 november. Ditt mejl vidarebefordras inte. För "
           "rekryteringsfrågor, kontakta rekrytering@acme.test.\n\nMed vänliga hälsningar\nMaria Andersson",
     D(2026, 11, 23)),
    ("sv", "Automatiskt svar: Jag är föräldraledig till och med 4 december. Under tiden når du min kollega Paul på "
           "paul@acme.test.", D(2026, 12, 5)),
    ("sv", "Maria Andersson är sjukskriven och åter den 16 november. Ditt meddelande läses när hon är tillbaka.",
     D(2026, 11, 16)),
    ("sv", "Denna brevlåda bevakas inte längre. Skicka ditt ärende till rekrytering@acme.test.", None),
    ("sv", "Jag är ledig till och med 27/11. Mejlet besvaras när jag är tillbaka.\n\nI am on leave until 27/11. I "
           "will answer your email when I am back.", D(2026, 11, 28)),
    # Danish
    ("da", "Tak for din mail. Jeg er på ferie til og med den 20. november og har ikke adgang til min mail. Ved "
           "hastende henvendelser kontakt venligst Paul Hansen på paul@acme.test.", D(2026, 11, 21)),
    ("da", "Hej\n\nJeg er på barsel og vender tilbage mandag den 7. december. Din mail bliver ikke videresendt.\n\n"
           "Venlig hilsen\nMaria Jensen\nHR Manager | Acme A/S\n\nDenne e-mail kan indeholde fortrolige oplysninger. "
           "Hvis du ikke er den rette modtager, bedes du slette den.", D(2026, 12, 7)),
    ("da", "Jeg er ikke på kontoret fra den 16. til den 20. november. Jeg besvarer din mail, når jeg er tilbage.",
     D(2026, 11, 21)),
    ("da", "Autosvar: Jeg er syg og læser ikke mails. Kontakt venligst rekruttering@acme.test i mellemtiden.", None),
    ("da", "Maria Jensen er på kursus til og med fredag den 13. november med begrænset adgang til mail. Henvendelser "
           "besvares efter hjemkomst.", D(2026, 11, 14)),
    ("da", "Denne postkasse overvåges ikke længere. Send venligst din henvendelse til hr@acme.test.", None),
    # Norwegian (bokmål)
    ("nb", "Takk for e-posten din. Jeg er på ferie til og med 20. november, med begrenset tilgang til e-post. Haster "
           "det, kontakt Paul Olsen på paul@acme.test.", D(2026, 11, 21)),
    ("nb", "Hei,\n\nJeg er i foreldrepermisjon og er tilbake mandag 30. november. E-posten din blir ikke "
           "videresendt.\n\nMed vennlig hilsen\nMaria Hansen", D(2026, 11, 30)),
    ("nb", "Automatisk svar: Jeg er sykemeldt til og med 18.11. Vennligst kontakt rekruttering@acme.test.",
     D(2026, 11, 19)),
    ("nb", "Jeg er på reise denne uken og svarer på e-post når jeg er tilbake på kontoret mandag 16. november.",
     D(2026, 11, 16)),
    ("nb", "Maria Hansen er ute av kontoret til og med 23. november. I mellomtiden kan du kontakte Paul Olsen, "
           "paul@acme.test.", D(2026, 11, 24)),
    ("nb", "Denne e-postadressen er ikke lenger i bruk. Henvendelser kan sendes til hr@acme.test.", None),
    # Finnish
    ("fi", "Kiitos viestistäsi. Olen lomalla 20.11. asti ja luen sähköpostia rajoitetusti. Kiireellisissä asioissa "
           "ota yhteyttä Paul Virtaseen, paul@acme.test.", D(2026, 11, 21)),
    ("fi", "Hei,\n\nolen poissa toimistolta ja palaan maanantaina 23.11. Viestiäsi ei välitetä eteenpäin.\n\n"
           "Ystävällisin terveisin\nMaria Korhonen", D(2026, 11, 23)),
    ("fi", "Automaattinen vastaus: Olen vanhempainvapaalla 4.12.2026 saakka. Rekrytointiasioissa ota yhteyttä "
           "rekry@acme.test.", D(2026, 12, 5)),
    ("fi", "Olen sairauslomalla enkä lue sähköpostia. Vastaan viestiisi palattuani.", None),
    ("fi", "Maria Korhonen on työmatkalla 16.–20.11. ja vastaa viesteihin palattuaan.", D(2026, 11, 21)),
    ("fi", "Olen lomalla 27.11. asti. / I am on holiday until 27 November.\nKiireellisissä asioissa / for urgent "
           "matters: hr@acme.test", D(2026, 11, 28)),
    # Polish
    ("pl", "Dziękuję za wiadomość. Jestem na urlopie do 20 listopada z ograniczonym dostępem do poczty. W pilnych "
           "sprawach proszę kontaktować się z Pawłem Nowakiem (pawel@acme.test).", D(2026, 11, 21)),
    ("pl", "Dzień dobry,\n\nprzebywam poza biurem i wracam w poniedziałek 23 listopada. Wiadomość nie zostanie "
           "przekazana dalej.\n\nZ poważaniem\nMaria Kowalska", D(2026, 11, 23)),
    ("pl", "Odpowiedź automatyczna: jestem na urlopie rodzicielskim do 4.12.2026. W sprawach rekrutacji proszę pisać "
           "na rekrutacja@acme.test.", D(2026, 12, 5)),
    ("pl", "Maria Kowalska przebywa na zwolnieniu lekarskim. Wiadomości nie są odczytywane. W pilnych sprawach "
           "prosimy o kontakt z hr@acme.test.", None),
    ("pl", "Jestem w podróży służbowej do piątku 13 listopada i mam ograniczony dostęp do e-maila. Odpowiem po "
           "powrocie.", D(2026, 11, 14)),
    ("pl", "Ta skrzynka nie jest już monitorowana. Prosimy kierować korespondencję na adres hr@acme.test.", None),
    # Russian
    ("ru", "Спасибо за ваше письмо. Я в отпуске до 20 ноября, доступ к почте ограничен. По срочным вопросам "
           "обращайтесь к Павлу Смирнову: pavel@acme.test.", D(2026, 11, 21)),
    ("ru", "Здравствуйте!\n\nЯ нахожусь вне офиса и вернусь в понедельник, 23 ноября. Ваше письмо не будет "
           "переслано.\n\nС уважением,\nМария Иванова", D(2026, 11, 23)),
    ("ru", "Автоматический ответ: я на больничном до 18.11. По вопросам подбора пишите на hr@acme.test.",
     D(2026, 11, 19)),
    ("ru", "Мария Иванова в командировке с 16 по 20 ноября и ответит на письмо после возвращения.", D(2026, 11, 21)),
    ("ru", "Я в декретном отпуске. На время моего отсутствия по всем вопросам обращайтесь к Павлу Смирнову, "
           "pavel@acme.test.", None),
    ("ru", "Этот почтовый ящик больше не обслуживается. Пожалуйста, пишите на hr@acme.test.", None),
    # Japanese
    ("ja", "メールありがとうございます。11月20日まで休暇のため不在にしております。ご不便をおかけしますが、急ぎの用件は"
           "鈴木（suzuki@acme.test）までご連絡ください。", D(2026, 11, 21)),
    ("ja", "お世話になっております。\n\n誠に勝手ながら、11月16日から11月20日まで出張のため不在にしております。"
           "期間中はメールの確認が遅れますので、ご了承ください。\n\n山田 真理", D(2026, 11, 21)),
    ("ja", "自動返信：山田は育児休暇中のため、12月4日まで不在です。採用に関するお問い合わせは hr@acme.test までお願い"
           "いたします。", D(2026, 12, 5)),
    ("ja", "このメールアドレスは現在使用されておりません。今後は hr@acme.test 宛にお送りください。", None),
    ("ja", "体調不良のため休暇をいただいております。11月16日（月）より出社予定です。返信が遅れますことをご了承ください。",
     D(2026, 11, 16)),
    ("ja", "【自動返信】11月27日まで不在です。\nI am out of the office until 27 November and will reply on my return.",
     D(2026, 11, 28)),
    # Chinese
    ("zh", "感谢您的来信。我休假至11月20日，期间邮件回复可能不及时。如有急事，请联系张伟（zhangwei@acme.test）。",
     D(2026, 11, 21)),
    ("zh", "您好！\n\n我目前不在办公室，将于11月23日（星期一）返回。您的邮件不会被转发。\n\n此致\n王丽", D(2026, 11, 23)),
    ("zh", "自动回复：本人正在休产假，预计12月7日返岗。招聘相关事宜请联系 hr@acme.test。", D(2026, 12, 7)),
    ("zh", "王丽11月16日至20日出差，邮件回复会有延迟，回来后会尽快处理。", D(2026, 11, 21)),
    ("zh", "此邮箱已不再使用，请将邮件发送至 hr@acme.test。", None),
    ("zh", "自動回覆：我目前休病假，暫時無法查看郵件。緊急事項請聯絡 hr@acme.test。", None),
    # Korean
    ("ko", "메일 감사합니다. 11월 20일까지 휴가 중이라 메일 확인이 어렵습니다. 급한 용무는 김철수(kim@acme.test)에게 "
           "연락 부탁드립니다.", D(2026, 11, 21)),
    ("ko", "안녕하세요.\n\n현재 부재중이며 11월 23일(월)에 복귀합니다. 보내주신 메일은 전달되지 않습니다.\n\n감사합니다.\n"
           "이영희 드림", D(2026, 11, 23)),
    ("ko", "자동 회신: 육아휴직 중으로 12월 4일까지 부재합니다. 채용 관련 문의는 hr@acme.test로 보내 주세요.",
     D(2026, 12, 5)),
    ("ko", "이영희는 11월 16일부터 20일까지 출장 중이며, 복귀 후 회신드리겠습니다.", D(2026, 11, 21)),
    ("ko", "이 메일 주소는 더 이상 사용하지 않습니다. hr@acme.test로 연락해 주세요.", None),
    ("ko", "병가 중이라 메일을 확인하지 못하고 있습니다. 복귀 후 답변드리겠습니다.", None),
    # Czech
    ("cs", "Děkuji za Váš e-mail. Do 20. listopadu jsem na dovolené s omezeným přístupem k poště. V naléhavých "
           "případech kontaktujte Pavla Nováka (pavel@acme.test).", D(2026, 11, 21)),
    ("cs", "Dobrý den,\n\njsem mimo kancelář a vracím se v pondělí 23. listopadu. Vaše zpráva nebude přeposlána.\n\n"
           "S pozdravem\nMarie Nováková", D(2026, 11, 23)),
    ("cs", "Automatická odpověď: Jsem na rodičovské dovolené do 4. 12. 2026. Ve věcech náboru pište na "
           "nabor@acme.test.", D(2026, 12, 5)),
    ("cs", "Marie Nováková je na služební cestě od 16. do 20. listopadu a na zprávy odpoví po návratu.",
     D(2026, 11, 21)),
    ("cs", "Tato schránka již není monitorována. Pište prosím na hr@acme.test.", None),
    ("cs", "Jsem na nemocenské a e-maily nečtu. Odpovím po návratu.", None),
    # Turkish
    ("tr", "E-postanız için teşekkürler. 20 Kasım'a kadar izindeyim ve e-postalarıma erişimim sınırlı. Acil "
           "durumlarda Paul Yılmaz'a (paul@acme.test) ulaşabilirsiniz.", D(2026, 11, 21)),
    ("tr", "Merhaba,\n\nŞu anda ofis dışındayım ve 23 Kasım Pazartesi günü döneceğim. E-postanız "
           "iletilmeyecektir.\n\nSaygılarımla,\nMaria Demir", D(2026, 11, 23)),
    ("tr", "Otomatik yanıt: Doğum iznindeyim, 7 Aralık'ta işe döneceğim. İşe alım konuları için hr@acme.test "
           "adresine yazabilirsiniz.", D(2026, 12, 7)),
    ("tr", "Maria Demir 16-20 Kasım tarihleri arasında iş seyahatinde olup döndüğünde yanıt verecektir.",
     D(2026, 11, 21)),
    ("tr", "Bu posta kutusu artık kontrol edilmemektedir. Lütfen hr@acme.test adresine yazın.", None),
    ("tr", "Hastalık iznindeyim ve e-postalarımı okuyamıyorum. Döndüğümde size dönüş yapacağım.", None),
    # English, in the shapes of the common clients and of people's own templates
    ("en", "I am currently out of the office with limited access to email. I will be returning on Monday, November "
           "23rd. If you need immediate assistance, please contact Paul Smith at paul@acme.test or 555-0100.",
     D(2026, 11, 23)),
    ("en", "Hi there,\n\nI'm on vacation through November 20th and will have limited access to email. I'll get back "
           "to you when I return.\n\nCheers,\nMaria", D(2026, 11, 21)),
    ("en", "I will be out of the office starting  11/16/2026 and will not return until 11/23/2026.\n\nI will respond "
           "to your message when I return. For urgent matters please contact Paul Smith.", D(2026, 11, 23)),
    ("en", "I'm out of the office until 27 November. Messages will be read on my return. This is an automated "
           "message.", D(2026, 11, 28)),
    ("en", "Out of office. I am away until Friday 20 November and your message has been received. I will reply on my "
           "return.", D(2026, 11, 21)),
    ("en", "Thank you for your message. I'm out of the office on parental leave until 4 December 2026. During my "
           "absence please contact Paul Smith (paul@acme.test) for recruiting matters.\n\nMaria Manager\nHead of "
           "Engineering | Acme Ltd\n+44 20 7946 0000\n\nThis email and any attachments are confidential and intended "
           "solely for the addressee. If you have received it in error, please notify the sender and delete it.",
     D(2026, 12, 5)),
    ("en", "Maria Manager is out of the office until Monday 30 November. Emails will not be forwarded; please "
           "contact recruiting@acme.test for anything urgent.", D(2026, 12, 1)),
    ("en", "Hello, I'm away from the office from 16 to 20 November. Paul Smith (paul@acme.test) is covering for me "
           "and can help with hiring questions in the meantime.", D(2026, 11, 21)),
    ("en", "I'm currently travelling with limited access to email until 18 November. I'll respond as soon as I can.",
     D(2026, 11, 19)),
    ("en", "I am currently on sick leave and not checking email. Please contact hr@acme.test if your message is "
           "urgent.", None),
    ("en", "This mailbox is no longer monitored. Please send recruiting enquiries to recruiting@acme.test.", None),
    ("en", "I am out of the office until 20 November. For urgent matters please contact hr@acme.test.\n\nIch bin bis "
           "zum 20. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an hr@acme.test.",
     D(2026, 11, 21)),
    ("en", "Out of Office: I'm back on Monday 16 November. Your email will be read then, but it will not be "
           "forwarded.", D(2026, 11, 16)),
    ("en", "I am out of the office until Monday 16 November at 12:00 and will reply on my return.", D(2026, 11, 16)),
    ("en", "Hi! I'm on paternity leave until 7 December and won't be checking email. For anything about open roles, "
           "please reach out to Paul Smith, paul@acme.test. Thanks!", D(2026, 12, 8)),
    # German
    ("de", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe keinen "
           "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Paul Schmidt (paul@acme.test).",
     D(2026, 11, 21)),
    ("de", "Guten Tag,\n\nich befinde mich bis zum 27. November in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. "
           "Bitte wenden Sie sich an bewerbung@acme.test.\n\nMit freundlichen Grüßen\nMaria Müller\nTeamleitung "
           "Entwicklung\nAcme GmbH | Musterstraße 1 | 10115 Berlin\nGeschäftsführer: Max Mustermann | Amtsgericht "
           "Berlin HRB 12345\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
           "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
     D(2026, 11, 28)),
    ("de", "Maria Müller ist bis Montag, 23.11., auf Dienstreise. Ihre Nachricht wird nach ihrer Rückkehr "
           "bearbeitet.", D(2026, 11, 24)),
    ("de", "Ich bin krankgeschrieben und lese derzeit keine E-Mails. Ab dem 16.11. bin ich wieder erreichbar.",
     D(2026, 11, 16)),
    ("de", "Dieses Postfach wird nicht mehr betreut. Bitte senden Sie Ihre Anfrage an jobs@acme.test.", None),
    ("de", "Abwesenheitsnotiz: Ich bin vom 16.11. bis 20.11. unterwegs mit eingeschränktem E-Mail-Zugriff. Meine "
           "Vertretung ist Paul Schmidt, paul@acme.test.", D(2026, 11, 21)),
    ("de", "Ich bin bis 20. November abwesend. / Je suis absente jusqu'au 20 novembre.\nIhre Nachricht wird nicht "
           "weitergeleitet. / Votre message ne sera pas transféré.", D(2026, 11, 21)),
    # French
    ("fr", "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 20 novembre inclus avec un accès limité à mes "
           "e-mails. Pour toute urgence, merci de contacter Paul Martin (paul@acme.test).\n\nCordialement,\n"
           "Marie Dupont", D(2026, 11, 21)),
    ("fr", "Réponse automatique : Marie Dupont est en congé maternité jusqu'au 4 décembre. Votre message ne sera pas "
           "transféré. Pour le recrutement, écrivez à recrutement@acme.test.", D(2026, 12, 5)),
    ("fr", "Je suis actuellement en déplacement avec un accès limité à ma messagerie. Je serai de retour le lundi 23 "
           "novembre et traiterai votre message à mon retour.", D(2026, 11, 23)),
    ("fr", "Cette boîte aux lettres n'est plus consultée. Merci d'adresser vos messages à rh@acme.test.", None),
    ("fr", "Je suis en arrêt maladie et ne consulte pas mes mails. En cas d'urgence, contactez rh@acme.test.\n\n"
           "Marie Dupont | Responsable technique\nCe message et ses pièces jointes sont confidentiels et destinés "
           "exclusivement à leur destinataire.", None),
    ("fr", "Je suis absente jusqu'au 27 novembre. / I am away until November 27.\nPour toute urgence / for urgent "
           "matters: rh@acme.test", D(2026, 11, 28)),
    ("fr", "Absent du 16 au 20 novembre. Votre mail sera traité à mon retour. En cas d'urgence, vous pouvez joindre "
           "Paul Martin.", D(2026, 11, 21)),
]

# (lang, body, the decision the person meant: interview, pass, hold, snooze, not_mine, or None for a note that
# decides nothing). Every row mentions the writer's own absence and answers the recruiter.
NOTES: list[tuple[str, str, str | None]] = [
    # English
    ("en", "I'm off until Monday but yes, let's interview her.", "interview"),
    ("en", "Out of office tomorrow through Friday, so: pass on this one, not enough backend experience.", "pass"),
    ("en", "Back on the 14th, remind me then.", "snooze"),
    ("en", "I'm on parental leave from next week. Paul Smith will decide on hiring while I'm away — Paul, over to "
           "you.", None),
    ("en", "Sorry, I've been on sick leave since Monday and only just saw this. Interview please.", "interview"),
    ("en", "Travelling with limited access this week. Quick answer: not for us, too junior.", "pass"),
    ("en", "Yes, interview.\n\nMaria\n(on leave until 20 November, replies will be slow)", "interview"),
    ("en", "I'm out of the office until 23 November with limited access to email, but I had a look: hold for now, we "
           "may reopen the role in January.", "hold"),
    ("en", "Heads up, I'm on leave from tomorrow until 4 December. Can you check with Paul whether he still needs "
           "someone for his team?", None),
    ("en", "Thanks for the reminder. I'm at a conference all week; let's pick this up when I'm back — snooze until "
           "Monday.", "snooze"),
    ("en", "This isn't my role — and I'm off on paternity leave from Friday anyway. Try Paul Smith.", "not_mine"),
    ("en", "I'm currently travelling with limited access, so brief: she looks great, let's meet her next week.",
     "interview"),
    ("en", "Thank you for your email. I'm on leave until 20 November, but I read this one: pass, the salary "
           "expectations are far above the band.", "pass"),
    # German
    ("de", "Bin ab morgen im Urlaub – Absage bitte.", "pass"),
    ("de", "Ich bin bis 20.11. im Urlaub, aber ja: gerne ein Interview mit ihr.", "interview"),
    ("de", "Bin nächste Woche auf Dienstreise. Erinner mich am 16. nochmal.", "snooze"),
    ("de", "Bin gerade krank, daher kurz: passt leider nicht, zu wenig Erfahrung mit Go.", "pass"),
    ("de", "Ich bin ab Montag in Elternzeit. Paul Schmidt übernimmt meine Stellen, bitte schick ihm die Kandidatin.",
     None),
    ("de", "Vielen Dank für Ihre Nachricht. Ich bin bis 27. November nicht im Büro – trotzdem kurz: Wir laden sie "
           "gerne zum Gespräch ein.", "interview"),
    ("de", "Bin ab morgen weg bis Ende November. Kannst du das Gespräch mit Paul planen?", None),
    # French
    ("fr", "Je suis en congés à partir de demain, mais oui pour l'entretien.", "interview"),
    ("fr", "En déplacement toute la semaine avec un accès limité, donc vite fait : on passe, profil trop junior.",
     "pass"),
    ("fr", "De retour le 16, relance-moi à ce moment-là.", "snooze"),
    ("fr", "Je suis en arrêt maladie jusqu'au 20 novembre. Paul Martin décide à ma place, merci de voir avec lui.",
     None),
    ("fr", "Merci pour votre message. Je suis absente jusqu'au 23 novembre, mais je vous réponds quand même : "
           "entretien, volontiers.", "interview"),
    ("fr", "Je pars en congé maternité vendredi. Ce n'est pas mon poste de toute façon, voyez avec Paul.", "not_mine"),
    ("fr", "Absente la semaine prochaine — peut-on caler l'entretien avant jeudi ?", None),
    # Swedish
    ("sv", "Jag är på semester från imorgon, men ja, vi kallar henne till intervju.", "interview"),
    ("sv", "Är på tjänsteresa hela veckan. Kort svar: tyvärr passar hon inte, för junior.", "pass"),
    ("sv", "Tillbaka den 16:e, påminn mig då.", "snooze"),
    ("sv", "Jag är föräldraledig från nästa vecka. Paul tar över mina rekryteringar, skicka kandidaten till honom.",
     None),
    ("sv", "Sjuk idag men läste ditt mejl: gärna en intervju med henne.", "interview"),
    ("sv", "Ledig till och med fredag. Kan vi ta intervjun nästa vecka?", None),
    ("sv", "Tack för ditt mejl. Jag är ledig till 20 november men hann läsa detta: vi tackar nej.", "pass"),
    # Danish
    ("da", "Jeg er på ferie fra i morgen, men ja tak, lad os tage hende til samtale.", "interview"),
    ("da", "Er på kursus hele ugen. Vi takker nej, hun er for junior.", "pass"),
    ("da", "Tilbage den 16., mind mig om det der.", "snooze"),
    ("da", "Jeg går på barsel fra fredag. Paul overtager, spørg ham.", None),
    ("da", "Jeg er syg i dag, men kort: ja, indkald hende til samtale.", "interview"),
    ("da", "Ferie til og med den 20. – kan vi tage samtalen ugen efter?", None),
    # Norwegian (bokmål)
    ("nb", "Jeg er på ferie fra i morgen, men ja, la oss kalle henne inn til intervju.", "interview"),
    ("nb", "Er på reise hele uka. Kort svar: nei takk, for junior for oss.", "pass"),
    ("nb", "Tilbake den 16., minn meg på det da.", "snooze"),
    ("nb", "Jeg er i permisjon fra neste uke. Paul tar over, send henne til ham.", None),
    ("nb", "Er syk i dag, men: gjerne intervju med henne.", "interview"),
    ("nb", "Borte til og med fredag. Kan vi ta intervjuet uka etter?", None),
    # Finnish
    ("fi", "Olen lomalla huomisesta alkaen, mutta kyllä, kutsutaan hänet haastatteluun.", "interview"),
    ("fi", "Olen työmatkalla koko viikon. Lyhyesti: ei kiitos, liian junior.", "pass"),
    ("fi", "Palaan 16. päivä, muistuta minua silloin.", "snooze"),
    ("fi", "Jään vanhempainvapaalle ensi viikolla. Paul hoitaa rekrytoinnit, laita hakija hänelle.", None),
    ("fi", "Olen sairaana, mutta: interview, kiitos.", "interview"),
    ("fi", "Poissa perjantaihin asti. Voidaanko haastattelu pitää ensi viikolla?", None),
    # Polish
    ("pl", "Od jutra jestem na urlopie, ale tak, zaprośmy ją na rozmowę.", "interview"),
    ("pl", "Jestem w delegacji cały tydzień. Krótko: niestety nie pasuje, za mało doświadczenia.", "pass"),
    ("pl", "Wracam 16-go, przypomnij mi wtedy.", "snooze"),
    ("pl", "Od przyszłego tygodnia jestem na urlopie rodzicielskim. Decyzje podejmuje Paweł, proszę pisać do niego.",
     None),
    ("pl", "Jestem na L4, ale odpowiem krótko: tak, umówmy rozmowę.", "interview"),
    ("pl", "Do piątku mnie nie ma. Czy możemy zrobić rozmowę w przyszłym tygodniu?", None),
    # Russian
    ("ru", "С завтрашнего дня я в отпуске, но да, давайте пригласим её на собеседование.", "interview"),
    ("ru", "Всю неделю в командировке. Коротко: нет, не подходит, слишком мало опыта.", "pass"),
    ("ru", "Вернусь 16-го, напомни мне тогда.", "snooze"),
    ("ru", "Со следующей недели ухожу в декрет. Решения по найму принимает Павел, пишите ему.", None),
    ("ru", "Я на больничном, но отвечу: interview.", "interview"),
    ("ru", "Меня не будет до пятницы. Можем провести собеседование на следующей неделе?", None),
    # Japanese
    ("ja", "明日から休暇ですが、ぜひ面接をお願いします。", "interview"),
    ("ja", "今週は出張中です。結論だけ：今回は見送りでお願いします。", "pass"),
    ("ja", "16日に戻りますので、その時にリマインドしてください。", "snooze"),
    ("ja", "来週から育休に入ります。採用の判断は鈴木さんにお願いしてありますので、そちらにご連絡ください。", None),
    ("ja", "体調不良で休んでいますが、取り急ぎ：interview でお願いします。", "interview"),
    ("ja", "金曜まで不在です。面接は来週でも大丈夫ですか？", None),
    # Chinese
    ("zh", "我明天开始休假，不过可以，安排她面试吧。", "interview"),
    ("zh", "这周在出差。简单说：不合适，经验太少。", "pass"),
    ("zh", "我16号回来，到时候提醒我一下。", "snooze"),
    ("zh", "我下周开始休产假，招聘的事由张伟负责，请直接联系他。", None),
    ("zh", "我在休病假，先简单回复：interview。", "interview"),
    ("zh", "我周五前都不在，面试可以安排在下周吗？", None),
    # Korean
    ("ko", "내일부터 휴가지만, 네, 면접 진행해 주세요.", "interview"),
    ("ko", "이번 주는 출장 중입니다. 간단히 말씀드리면 이번 후보는 패스하겠습니다.", "pass"),
    ("ko", "16일에 복귀하니 그때 다시 알려 주세요.", "snooze"),
    ("ko", "다음 주부터 육아휴직입니다. 채용 결정은 김철수 님이 하실 예정이니 그쪽으로 연락해 주세요.", None),
    ("ko", "병가 중이지만 짧게: interview 부탁드립니다.", "interview"),
    ("ko", "금요일까지 부재중입니다. 면접을 다음 주로 잡을 수 있을까요?", None),
    # Czech
    ("cs", "Od zítřka mám dovolenou, ale ano, pozvěme ji na pohovor.", "interview"),
    ("cs", "Celý týden jsem na služební cestě. Krátce: ne, nehodí se, málo zkušeností.", "pass"),
    ("cs", "Vracím se 16., připomeň mi to pak.", "snooze"),
    ("cs", "Od příštího týdne jsem na rodičovské. Rozhoduje Pavel, pište jemu.", None),
    ("cs", "Jsem nemocná, ale krátce: interview, prosím.", "interview"),
    ("cs", "Do pátku tu nebudu. Můžeme pohovor udělat příští týden?", None),
    # Turkish
    ("tr", "Yarından itibaren izindeyim ama evet, onu mülakata çağıralım.", "interview"),
    ("tr", "Bu hafta iş seyahatindeyim. Kısaca: hayır, uygun değil, deneyimi az.", "pass"),
    ("tr", "16'sında dönüyorum, o zaman bana hatırlat.", "snooze"),
    ("tr", "Gelecek haftadan itibaren doğum iznindeyim. İşe alım kararlarını Paul verecek, ona yazın.", None),
    ("tr", "Hastalık iznindeyim ama kısaca: interview, lütfen.", "interview"),
    ("tr", "Cuma'ya kadar yokum. Mülakatı gelecek hafta yapabilir miyiz?", None),
]


def notices() -> list[tuple[str, str, str]]:
    """(lang, subject, body), in the first batches' shape."""
    return [(lang, SUBJECT, body) for lang, body, _ in NOTICES]


def people() -> list[tuple[str, str, str]]:
    """(lang, subject, body), in the first batches' shape."""
    return [(lang, SUBJECT, body) for lang, body, _ in NOTES]
