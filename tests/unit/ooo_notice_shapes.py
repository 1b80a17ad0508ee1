"""Out-of-office notices kept without their headers, in 20 languages, as clients and people set them: Outlook's rule
text, Gmail's vacation responder, Apple iCloud, Lotus Notes' default text ("out of the office starting … and will not
return until …" in its UI languages), Zimbra, a provider's (QQ, Naver, Yandex) or a custom rule. Project-written,
with our names and dates; every row is kept under "Re: <candidate>" ("<re>") with no Auto-Submitted, X-Autoreply or
Precedence, as an archive or a relay keeps it, so its words alone must tell it. Rows are (language, client, subject,
body); assembled and documented in tests/unit/ooo_people_shapes.py.
"""

from __future__ import annotations

RE = "<re>"

NOTICES: list[tuple[str, str, str, str]] = [
    # ------------------------------------------------------------------------------------------------ English
    ("en", "outlook", RE, "Thank you for your email. I am out of the office until Friday 4 December with limited "
                           "access to email. For urgent matters, please contact Paul Smith (paul@corp.test)."),
    ("en", "gmail", RE, "Hi,\n\nI'm on annual leave until 4 December and won't be checking my email. If it's "
                         "urgent, please contact paul@corp.test.\n\nThanks,\nMaria"),
    ("en", "lotus", RE, "I will be out of the office starting 30/11/2026 and will not return until 07/12/2026.\n\n"
                         "I will respond to your message when I return."),
    ("en", "zimbra", RE, "I am currently out of the office and will return on Monday 7 December. During my absence "
                          "please contact Paul."),
    ("en", "apple", RE, "I'm away until December 4 with no access to email. I'll reply to your message as soon as "
                         "possible after I return."),
    ("en", "custom", RE, "Thanks for your message. I'm on parental leave until January and my mailbox is not "
                          "monitored. Please write to hr@corp.test instead."),
    # ------------------------------------------------------------------------------------------------ German
    ("de", "outlook", RE, "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro. "
                           "In dringenden Fällen wenden Sie sich bitte an Paul Meyer (paul@corp.test)."),
    ("de", "lotus", RE, "Ich werde ab 30.11.2026 nicht im Büro sein. Ich kehre zurück am 07.12.2026.\n\n"
                         "Ich werde Ihre Nachricht nach meiner Rückkehr beantworten."),
    ("de", "gmail", RE, "Hallo,\n\nich bin bis zum 4.12. im Urlaub und lese in dieser Zeit keine E-Mails. Ab dem "
                         "7.12. bin ich wieder erreichbar.\n\nViele Grüße\nMaria"),
    ("de", "custom", RE, "Guten Tag,\n\nich bin bis 4. Dezember abwesend. Ihre E-Mail wird nicht weitergeleitet. "
                          "Meine Vertretung übernimmt Paul Meyer."),
    # ------------------------------------------------------------------------------------------------ French
    ("fr", "outlook", RE, "Bonjour,\nJe suis absente du bureau jusqu'au 4 décembre inclus. Pour toute urgence, merci "
                           "de contacter Marc Martin.\nCordialement"),
    ("fr", "lotus", RE, "Je serai absent(e) du bureau à partir du 30/11/2026 et ne serai pas de retour avant le "
                         "07/12/2026.\n\nJe répondrai à votre message dès mon retour."),
    ("fr", "gmail", RE, "Bonjour, je suis en congés jusqu'au 4 décembre et je n'aurai pas accès à ma messagerie. "
                         "Je vous répondrai dès mon retour."),
    ("fr", "zimbra", RE, "Je suis actuellement absent. Votre message sera traité à mon retour le 7 décembre. En cas "
                          "d'urgence, vous pouvez joindre Marc au standard."),
    # ------------------------------------------------------------------------------------------------ Spanish
    ("es", "outlook", RE, "Gracias por su mensaje. Estoy fuera de la oficina hasta el 4 de diciembre, con acceso "
                           "limitado al correo. Para asuntos urgentes, puede contactar con Pablo Ruiz."),
    ("es", "lotus", RE, "Estaré fuera de la oficina desde el 30/11/2026 y no volveré hasta el 07/12/2026.\n\n"
                         "Responderé a su mensaje a mi regreso."),
    ("es", "gmail", RE, "Hola, estoy de vacaciones hasta el 4 de diciembre sin acceso al correo. Te contestaré a mi "
                         "vuelta. Un saludo."),
    # ------------------------------------------------------------------------------------------------ Italian
    ("it", "outlook", RE, "Grazie per la sua email. Sono fuori ufficio fino al 4 dicembre con accesso limitato alla "
                           "posta elettronica. Per questioni urgenti si prega di contattare Paolo Bianchi."),
    ("it", "lotus", RE, "Sarò fuori ufficio dal 30/11/2026 e non rientrerò fino al 07/12/2026.\n\n"
                         "Risponderò al suo messaggio al mio rientro."),
    ("it", "gmail", RE, "Buongiorno, sono in ferie fino al 4 dicembre e non potrò leggere la posta. Per urgenze "
                         "contattare paolo@corp.test."),
    # ------------------------------------------------------------------------------------------------ Dutch
    ("nl", "outlook", RE, "Bedankt voor uw e-mail. Ik ben op vakantie tot en met 4 december en heb beperkt toegang "
                           "tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met Paul de Vries."),
    ("nl", "lotus", RE, "Ik ben vanaf 30-11-2026 afwezig en keer terug op 07-12-2026.\n\nNa mijn terugkomst zal ik "
                         "uw bericht beantwoorden."),
    ("nl", "gmail", RE, "Hallo, ik ben tot 4 december afwezig. Uw e-mail wordt niet doorgestuurd. Voor urgente zaken "
                         "kunt u mailen naar paul@corp.test."),
    # ------------------------------------------------------------------------------------------------ Portuguese
    ("pt", "outlook", RE, "Obrigado pelo seu e-mail. Estou de férias até 4 de dezembro, com acesso limitado ao e-mail. "
                           "Em caso de urgência, entre em contato com Paulo Souza."),
    ("pt", "gmail", RE, "Olá! Estarei fora do escritório até 4/12 e responderei sua mensagem quando retornar."),
    ("pt", "lotus", RE, "Estarei fora do escritório a partir de 30/11/2026 e não voltarei até 07/12/2026.\n\n"
                         "Responderei à sua mensagem quando retornar."),
    # ------------------------------------------------------------------------------------------------ Swedish
    ("sv", "outlook", RE, "Tack för ditt mejl. Jag är på semester till och med 4 december och läser inte min e-post. "
                           "Vid brådskande ärenden, kontakta Paul Svensson."),
    ("sv", "gmail", RE, "Hej! Jag är föräldraledig till och med januari. Under min frånvaro kan du kontakta "
                         "paul@corp.test."),
    # ------------------------------------------------------------------------------------------------ Danish
    ("da", "outlook", RE, "Tak for din mail. Jeg holder ferie til og med 4. december og læser ikke mine mails. "
                           "Henvendelser kan rettes til Poul Hansen."),
    ("da", "gmail", RE, "Hej, jeg er på ferie indtil 4. december. Din mail bliver ikke videresendt. I hastende "
                         "tilfælde kontakt venligst poul@corp.test."),
    # ------------------------------------------------------------------------------------------------ Norwegian
    ("no", "outlook", RE, "Takk for e-posten. Jeg har ferie til og med 4. desember og leser ikke e-post. I "
                           "hastesaker, ta kontakt med Pål Olsen."),
    ("no", "gmail", RE, "Hei, jeg er på ferie til 4. desember. I mitt fravær kan du kontakte pal@corp.test."),
    # ------------------------------------------------------------------------------------------------ Finnish
    ("fi", "outlook", RE, "Kiitos viestistäsi. Olen lomalla 4.12. asti enkä lue sähköpostiani. Kiireellisissä "
                           "asioissa ota yhteyttä Paavo Virtaseen."),
    ("fi", "gmail", RE, "Hei, olen poissa toimistolta 4.12. asti. Poissaoloni aikana voit olla yhteydessä "
                         "paavo@corp.test."),
    # ------------------------------------------------------------------------------------------------ Polish
    ("pl", "outlook", RE, "Dziękuję za wiadomość. Jestem na urlopie do 4 grudnia i mam ograniczony dostęp do poczty. "
                           "W pilnych sprawach proszę kontaktować się z Pawłem Nowakiem."),
    ("pl", "gmail", RE, "Dzień dobry, przebywam na urlopie do 4 grudnia. Odpowiem na wiadomość po moim powrocie."),
    # ------------------------------------------------------------------------------------------------ Czech
    ("cs", "outlook", RE, "Děkuji za Váš e-mail. Jsem na dovolené do 4. prosince a nemám přístup k e-mailu. "
                           "V naléhavých případech kontaktujte Pavla Nováka."),
    ("cs", "gmail", RE, "Dobrý den, do 4. 12. jsem mimo kancelář s omezeným přístupem k e-mailu. Odpovím po svém "
                         "návratu."),
    # ------------------------------------------------------------------------------------------------ Russian
    ("ru", "outlook", RE, "Спасибо за письмо. Я в отпуске до 4 декабря с ограниченным доступом к почте. По срочным "
                           "вопросам обращайтесь к Павлу Иванову."),
    ("ru", "yandex", RE, "Добрый день! Я нахожусь в отпуске до 4 декабря и не имею доступа к почте. В срочных "
                          "случаях звоните Павлу."),
    # ------------------------------------------------------------------------------------------------ Turkish
    ("tr", "outlook", RE, "E-postanız için teşekkürler. 4 Aralık tarihine kadar yıllık izindeyim ve e-postalarıma "
                           "erişimim sınırlı. Acil durumlarda Mehmet Yılmaz ile iletişime geçebilirsiniz."),
    ("tr", "gmail", RE, "Merhaba, 4 Aralık'a kadar ofis dışındayım. Döndüğümde e-postanıza yanıt vereceğim."),
    # ------------------------------------------------------------------------------------------------ Japanese
    ("ja", "outlook", RE, "お世話になっております。\n誠に勝手ながら、11月30日から12月4日まで休暇のため不在にしております。"
                           "12月7日以降、順次ご返信いたします。"),
    ("ja", "gmail", RE, "ただいま出張中のため、メールの確認ができません。お急ぎの方は田中までご連絡ください。"),
    # ------------------------------------------------------------------------------------------------ Chinese
    ("zh", "outlook", RE, "您好，我于11月30日至12月4日休假，期间无法及时回复邮件。如有急事请联系王伟。"),
    ("zh", "qq", RE, "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我正在休假中，无法亲自回复您的邮件。"),
    # ------------------------------------------------------------------------------------------------ Korean
    ("ko", "outlook", RE, "안녕하세요.\n12월 4일까지 휴가 중이라 메일 확인이 어렵습니다. 12월 7일 복귀 후 회신 "
                           "드리겠습니다.\n감사합니다."),
    ("ko", "naver", RE, "현재 부재중입니다. 급한 용무는 김민수 님께 연락 부탁드립니다."),
    # ------------------------------------------------------------------------------------------------ Hungarian
    ("hu", "outlook", RE, "Köszönöm levelét. December 4-ig szabadságon vagyok, e-mailjeimhez korlátozottan férek "
                           "hozzá. Sürgős ügyekben kérem, forduljon Kovács Pálhoz."),
    ("hu", "gmail", RE, "Üdvözlöm, december 4-ig irodán kívül vagyok. Sürgős esetben keresse Kovács Pált."),
    # ------------------------------------------------------------------------------------------------ Romanian
    ("ro", "outlook", RE, "Vă mulțumesc pentru mesaj. Sunt în concediu până pe 4 decembrie, cu acces limitat la "
                           "e-mail. Pentru probleme urgente, vă rog să îl contactați pe Paul Popescu."),
    ("ro", "gmail", RE, "Bună ziua, sunt în afara biroului până pe 4 decembrie. În caz de urgență, contactați-l pe "
                        "Paul."),
    # ------------------------------------------------------------------------------------------------ more clients
    ("en", "plain", RE, "I'm away until 7 December.\n\nMaria"),
    ("de", "apple", RE, "Ich bin vom 30.11. bis 4.12. im Urlaub und ab dem 7.12. wieder im Büro. Ihre Nachricht wird "
                        "nach meiner Rückkehr bearbeitet."),
    ("fr", "apple", RE, "Je suis en vacances jusqu'au 4 décembre. Je prendrai connaissance de votre message à mon "
                        "retour."),
    ("es", "zimbra", RE, "Me encuentro fuera de la oficina hasta el 4 de diciembre. Durante mi ausencia puede "
                         "contactar con pablo@corp.test."),
    ("it", "apple", RE, "Sono in ferie fino al 4 dicembre. Risponderò alla sua email al mio rientro. Cordiali saluti"),
    ("nl", "apple", RE, "Ik ben met vakantie tot en met 4 december en lees mijn mail niet. Voor dringende zaken kunt "
                        "u contact opnemen met Paul."),
    ("pt", "zimbra", RE, "Estou ausente até 4 de dezembro. Durante a minha ausência, contacte paulo@corp.test."),
    ("sv", "lotus", RE, "Jag kommer att vara borta från kontoret från och med 2026-11-30 och kommer inte tillbaka "
                        "förrän 2026-12-07.\n\nJag svarar på ditt meddelande när jag kommer tillbaka."),
    ("da", "apple", RE, "Jeg er på barsel til 1. marts og har ikke adgang til min mail. Kontakt venligst "
                        "poul@corp.test."),
    ("no", "zimbra", RE, "Jeg er ikke på kontoret før 7. desember. Ved hastesaker kontakt pal@corp.test."),
    ("fi", "apple", RE, "Olen vuosilomalla 4.12. saakka. Kiireellisissä asioissa ota yhteyttä Paavoon."),
    ("pl", "zimbra", RE, "Jestem nieobecna do 4 grudnia. W pilnych sprawach proszę o kontakt z pawel@corp.test."),
    ("cs", "zimbra", RE, "Do 4. prosince čerpám dovolenou. V naléhavých případech kontaktujte pavel@corp.test."),
    ("ru", "apple", RE, "Я в командировке до 4 декабря. По срочным вопросам звоните Павлу: +7 900 000-00-00."),
    ("tr", "zimbra", RE, "4 Aralık'a kadar yıllık izindeyim. Acil konular için Mehmet Bey'e ulaşabilirsiniz."),
    ("ja", "apple", RE, "12月4日まで不在にしております。お急ぎの場合は田中までご連絡ください。"),
    ("zh", "163", RE, "您好！我目前正在休假，12月7日返回，期间查看邮件不便，回复可能会有延迟。"),
    ("ko", "daum", RE, "12월 4일까지 출장 중입니다. 급한 용무는 010-1234-5678로 연락 부탁드립니다."),
    ("hu", "apple", RE, "December 4-ig szabadságon vagyok, korlátozott e-mail hozzáféréssel. Sürgős esetben keresse "
                        "Kovács Pált."),
    ("ro", "zimbra", RE, "Sunt plecat din birou până pe 4 decembrie. Pentru situații urgente, vă rog să contactați "
                         "pe paul@corp.test."),
]
