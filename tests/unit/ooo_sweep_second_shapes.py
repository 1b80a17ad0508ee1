"""The people's-notes sweep's second batch, written after its rules were committed (bcf2fe7) and measured on arrival,
so the rules meet sentences they were not written against: more people's notes in the ten places and more header-less
notices, in the same 20 languages. Project-written, with our names and dates; rows as in
tests/unit/ooo_people_shapes.py ("<re>" stands for the language's "Re: <candidate>")."""

from __future__ import annotations

RE = "<re>"

PEOPLE_SECOND: list[tuple[str, str, str, str]] = [
    ("en", "reply", RE, "Heads up: I'm on PTO from Wednesday through the 4th. If you need a decision before then, "
                        "Priya has the context. Otherwise I'll pick it up on the 7th."),
    ("en", "late", RE, "Apologies, I've been out sick most of the week and I'm only now going through my inbox. Jane "
                       "sounds great, go ahead."),
    ("en", "list", "[eng-all] OOO Dec 1-4", "Hey team, quick note that I'm OOO Dec 1-4 with no laptop. Ping Priya "
                                            "for anything on the release. Cheers!"),
    ("en", "words", RE, "Auto-reply aside, I am actually reading mail this week, just slowly. What time did she "
                        "propose?"),
    ("en", "short", RE, "Travelling till Thursday, will check then."),
    ("en", "quote", RE, "FYI, Tom's out-of-office says he is away until 4 December and to contact Priya for urgent "
                        "matters. Do you want me to ask Priya?"),
    ("de", "reply", RE, "Ich bin nächste Woche auf Dienstreise und kaum am Rechner. Können wir den Termin auf den 8. "
                        "schieben?"),
    ("de", "back", RE, "So, wieder da nach zwei Wochen Urlaub. Ich melde mich morgen zu Jane."),
    ("de", "words", RE, "Eigentlich habe ich nur eingeschränkten Zugriff auf meine E-Mails, aber das hier wollte ich "
                        "noch beantworten: Wer führt das Gespräch?"),
    ("fr", "reply", RE, "Je serai en déplacement toute la semaine prochaine, on peut caler l'entretien le 8 ?"),
    ("fr", "back", RE, "Me revoilà après mes congés ! Je regarde le dossier de Jane dans la journée."),
    ("fr", "delegate", RE, "Pendant mes congés, c'est Sophie qui valide les candidatures. Je la mets en copie."),
    ("es", "late", RE, "Perdón por no contestar antes, he estado de baja toda la semana. ¿Sigue en pie lo del jueves?"),
    ("es", "words", RE, "Estoy fuera de la oficina hasta el lunes. Para cualquier asunto urgente, llámame al móvil, "
                        "que lo llevo encima."),
    ("it", "reply", RE, "Sono in trasferta fino a giovedì, possiamo sentirci venerdì mattina?"),
    ("it", "back", RE, "Rientrata oggi dalle ferie, ho una montagna di mail. Ti rispondo entro domani sulla candidata."),
    ("nl", "late", RE, "Sorry dat ik nu pas reageer, ik was een week ziek. Hebben jullie al een datum?"),
    ("nl", "list", "[team] Vrij 30/11 - 4/12", "Hoi allemaal, ik ben de week van 30 november vrij. Paul springt in. "
                                                "Fijne week!"),
    ("pt", "reply", RE, "Estou de licença até dia 4, mas pode marcar com a Ana, ela decide por mim."),
    ("pt", "words", RE, "Estou fora do escritório esta semana com acesso limitado ao e-mail. A candidata já confirmou?"),
    ("sv", "reply", RE, "Jag är på tjänsteresa hela veckan, kan vi ta det på måndag i stället?"),
    ("sv", "delegate", RE, "Medan jag är föräldraledig är det Karin som fattar besluten om rekryteringen."),
    ("da", "words", RE, "Jeg holder ferie og læser ikke mine mails så tit, men svarer lige her: hvornår kan hun starte?"),
    ("no", "late", RE, "Beklager at jeg svarer først nå, jeg var i permisjon forrige uke. Høres bra ut!"),
    ("fi", "reply", RE, "Olen koulutuksessa koko viikon. Voisiko haastattelun siirtää maanantaille?"),
    ("pl", "late", RE, "Przepraszam, że dopiero teraz, byłem na zwolnieniu. Czy termin w czwartek jest aktualny?"),
    ("cs", "reply", RE, "Příští týden jsem na služební cestě, zvládneme to ve čtvrtek?"),
    ("ru", "words", RE, "Я в отпуске и почту читаю редко, но тут отвечу: давайте в четверг в 11?"),
    ("ru", "late", RE, "Прошу прощения за задержку, была на больничном. Кандидат ещё ждёт ответа?"),
    ("tr", "reply", RE, "Bu hafta iş seyahatindeyim, görüşmeyi pazartesiye alabilir miyiz?"),
    ("ja", "words", RE, "休暇中ですが、急ぎとのことなので返信します。面接は木曜の午後でいかがでしょうか。"),
    ("ja", "late", RE, "ご連絡が遅くなり申し訳ありません。先週は出張で不在にしておりました。"),
    ("zh", "words", RE, "我这周出差，邮件看得少。候选人那边有回复了吗？"),
    ("zh", "back", RE, "我休假回来了，邮件有点多，明天给你答复。"),
    ("ko", "late", RE, "늦게 답장 드려 죄송합니다. 지난주 출장 중이었어요. 목요일 괜찮으세요?"),
    ("ko", "words", RE, "휴가 중이라 메일 확인이 늦습니다. 그래도 급한 건이라 답장 드려요, 목요일 오후 어떠세요?"),
    ("hu", "words", RE, "Szabadságon vagyok, de erre gyorsan válaszolok: csütörtökön jó lenne?"),
    ("ro", "words", RE, "Sunt în concediu până luni și verific rar e-mailul. Candidata a confirmat?"),
]

NOTICES_SECOND: list[tuple[str, str, str, str]] = [
    ("en", "outlook", RE, "Hello,\n\nThank you for reaching out. I'm currently out of the office on annual leave, "
                          "returning Monday 7 December. I will have no access to email during this time. For anything "
                          "urgent, please email recruiting@corp.test.\n\nKind regards,\nTom"),
    ("en", "gmail", RE, "Hi there, I'm away on a business trip until 4 December and checking email only occasionally. "
                        "I'll get back to you as soon as possible."),
    ("de", "outlook", RE, "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail. Ich bin vom 30.11. bis "
                          "einschließlich 04.12. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden "
                          "Fällen wenden Sie sich bitte an team@corp.test.\n\nMit freundlichen Grüßen"),
    ("fr", "outlook", RE, "Bonjour,\n\nJe suis actuellement en congés, avec un accès limité à mes e-mails, jusqu'au 4 "
                          "décembre inclus. En cas d'urgence, vous pouvez contacter Sophie Leroy.\n\nBien cordialement"),
    ("es", "gmail", RE, "Hola:\nEstaré fuera de la oficina del 30 de noviembre al 4 de diciembre sin acceso al correo. "
                        "Para temas urgentes, contacte con Ana López. Gracias."),
    ("it", "outlook", RE, "Gentile mittente,\nsarò assente dall'ufficio fino al 4 dicembre. Per questioni urgenti "
                          "rivolgersi a Sofia Conti.\nCordiali saluti"),
    ("nl", "outlook", RE, "Beste,\n\nIk ben afwezig tot en met vrijdag 4 december. Uw e-mail wordt niet doorgestuurd. "
                          "Voor dringende zaken kunt u contact opnemen met team@corp.test.\n\nMet vriendelijke groet"),
    ("pt", "outlook", RE, "Prezado(a),\nEstou ausente do escritório até 4 de dezembro, com acesso limitado ao e-mail. "
                          "Para assuntos urgentes, contacte ana@corp.test.\nAtenciosamente"),
    ("sv", "outlook", RE, "Hej,\n\ntack för ditt mejl. Jag är på semester till och med den 4 december och har begränsad "
                          "tillgång till e-post. Vid brådskande ärenden, kontakta team@corp.test."),
    ("da", "outlook", RE, "Tak for din henvendelse. Jeg er på ferie til og med den 4. december og har begrænset adgang "
                          "til mail. I hastende tilfælde kan du kontakte team@corp.test."),
    ("no", "outlook", RE, "Takk for din henvendelse. Jeg er på ferie til og med 4. desember med begrenset tilgang til "
                          "e-post. I hastesaker, kontakt team@corp.test."),
    ("fi", "outlook", RE, "Hei,\nolen vuosilomalla 4.12. asti ja luen sähköpostiani rajoitetusti. Kiireellisissä "
                          "asioissa ota yhteyttä team@corp.test."),
    ("pl", "outlook", RE, "Dzień dobry,\ndo 4 grudnia przebywam na urlopie z ograniczonym dostępem do poczty. "
                          "W pilnych sprawach proszę o kontakt z team@corp.test.\nPozdrawiam"),
    ("cs", "outlook", RE, "Dobrý den,\ndo 4. 12. jsem na dovolené s omezeným přístupem k e-mailu. V naléhavých "
                          "případech kontaktujte team@corp.test.\nS pozdravem"),
    ("ru", "outlook", RE, "Добрый день!\nЯ в отпуске до 4 декабря, доступ к почте ограничен. По срочным вопросам "
                          "пишите на team@corp.test.\nС уважением"),
    ("tr", "outlook", RE, "Merhaba,\n4 Aralık'a kadar izindeyim ve e-postalarıma erişimim kısıtlı. Acil durumlarda "
                          "team@corp.test adresine yazabilirsiniz."),
    ("ja", "outlook", RE, "いつもお世話になっております。\n12月4日まで出張のため不在にしております。"
                          "ご返信は12月7日以降となりますので、ご了承ください。"),
    ("zh", "outlook", RE, "您好！我12月4日前在外出差，不能及时查看邮件。如有紧急事务，请联系team@corp.test。"),
    ("ko", "outlook", RE, "안녕하세요.\n12월 4일까지 출장으로 메일 확인이 어렵습니다. 급한 용무는 team@corp.test로 "
                          "연락 부탁드립니다."),
    ("hu", "outlook", RE, "Tisztelt Feladó!\nDecember 4-ig szabadságon vagyok, e-mailjeimet korlátozottan olvasom. "
                          "Sürgős ügyekben kérem, forduljon a team@corp.test címhez."),
    ("ro", "outlook", RE, "Bună ziua,\nSunt în concediu până pe 4 decembrie, cu acces limitat la e-mail. Pentru "
                          "probleme urgente, vă rog să contactați team@corp.test."),
]
