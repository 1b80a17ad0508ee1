"""People writing about their own absence, and out-of-office notices kept without their headers, in 20 languages: a
sweep written for this project from how people and mail clients word these mails. Nothing here is copied from a
corpus (tests/data/heldout was not opened to write it); every name, date and sentence is ours. The mail is "sent" on
Monday 23 November 2026 from a manager, as an answer or a post of their own.

people() rows are (language, place, subject, body): a person's own mail, which must never be taken for a notice. The
places are where such notes occur; the first five are here, the rest (where a note carries a notice's look) in
tests/unit/ooo_people_lookalike_shapes.py:

  reply      a reply to a recruiter about one's absence, asking to move a step or naming whom to ask
  list       a post to a list or a team announcing one's leave, with thanks or wishes
  back       back from a holiday, catching up
  late       sorry for the late reply, I was away
  short      a reply that is only the absence and when one will look
  delegate   a manager handing a decision over while away
  forward    a note forwarded with a question above it
  quote      a person quoting an auto-reply they received, and asking about it
  signature  an answer whose signature states the days in the office
  words      a person's message using a notice's own phrases ("limited access to email", "for urgent matters
             contact") with a question or a story of their own

notices() rows are (language, client, subject, body): tests/unit/ooo_notice_shapes.py. A second batch of both,
written after the rules, is in tests/unit/ooo_sweep_second_shapes.py. Data only:
tests/unit/test_ooo_people_sweep.py asserts each verdict, bench/ooo_people_sweep.py prints the counts.
"""

from __future__ import annotations

import email.message

from ooo_notice_shapes import NOTICES
from ooo_people_lookalike_shapes import LOOKALIKES, RE
from ooo_sweep_second_shapes import NOTICES_SECOND, PEOPLE_SECOND

CANDIDATE = {
    "en": "Candidate Jane Doe", "de": "Kandidatin Jane Doe", "fr": "Candidate Jane Doe", "es": "Candidata Jane Doe",
    "it": "Candidata Jane Doe", "nl": "Kandidaat Jane Doe", "pt": "Candidata Jane Doe", "sv": "Kandidat Jane Doe",
    "da": "Kandidat Jane Doe", "no": "Kandidat Jane Doe", "fi": "Hakija Jane Doe", "pl": "Kandydatka Jane Doe",
    "cs": "Kandidátka Jane Doe", "ru": "Кандидат Jane Doe", "tr": "Aday Jane Doe", "ja": "候補者 Jane Doe",
    "zh": "候选人 Jane Doe", "ko": "후보자 Jane Doe", "hu": "Jelölt Jane Doe", "ro": "Candidat Jane Doe",
}
LANGUAGES = list(CANDIDATE)


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Manager <m@corp.test>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
    msg.set_content(body)
    return msg


PEOPLE: list[tuple[str, str, str, str]] = [
    # ------------------------------------------------------------------------------------------------ English
    ("en", "reply", RE, "I'm off until the 14th, can we do it after? Any day that week works for me."),
    ("en", "reply", RE, "I'm on leave from tomorrow until 4 December. Could Paul do the interview instead? He knows "
                         "the team well.\n\nThanks,\nMaria"),
    ("en", "list", "[dev-team] Away 30 Nov - 4 Dec",
     "Hi folks,\n\nI'll be on holiday next week, back on the 7th. Paul is covering reviews. Thanks for a great "
     "quarter, and have a good week!\n\nMaria"),
    ("en", "back", "Re: Q4 hiring plan", "Back from holiday and catching up on mail - I'll go through the CVs "
                                         "tomorrow morning and get back to you."),
    ("en", "late", RE, "Sorry for the late reply, I was away last week. Yes, let's invite her for Tuesday."),
    ("en", "short", RE, "Out until Monday, will look then."),
    ("en", "short", RE, "On holiday till the 7th, will reply properly when I'm back."),
    # ------------------------------------------------------------------------------------------------ German
    ("de", "reply", RE, "Bin ab morgen zwei Wochen im Urlaub, bitte an Paul wenden. Er kennt die Stelle."),
    ("de", "reply", RE, "Ich bin bis zum 4. Dezember im Urlaub. Können wir das Gespräch auf die Woche danach legen?"),
    ("de", "list", "[team] Urlaub",
     "Hallo zusammen,\n\nich bin vom 30.11. bis 4.12. im Urlaub, Paul vertritt mich. Danke euch allen für die gute "
     "Zusammenarbeit und eine schöne Woche!\n\nMaria"),
    ("de", "back", "Re: Stellenplanung", "Bin aus dem Urlaub zurück und arbeite mich gerade durch die Mails. Die "
                                         "Lebensläufe schaue ich mir morgen an."),
    ("de", "late", RE, "Sorry für die späte Antwort, ich war letzte Woche im Urlaub. Ja, laden wir sie ein."),
    ("de", "short", RE, "Bis Montag weg, schaue es mir dann an."),
    # ------------------------------------------------------------------------------------------------ French
    ("fr", "reply", RE, "Je suis en congé la semaine prochaine, voyez avec Marc. Il connaît bien le poste."),
    ("fr", "reply", RE, "Je suis absente jusqu'au 4 décembre, est-ce qu'on peut décaler l'entretien à la semaine "
                         "suivante ?"),
    ("fr", "list", "[equipe] Congés",
     "Bonjour à tous,\n\nje serai en congés du 30 novembre au 4 décembre, Marc me remplace. Merci à tous pour ce "
     "trimestre et bonne semaine !\n\nMarie"),
    ("fr", "back", "Re: Plan de recrutement", "De retour de vacances, je rattrape mes mails. Je regarde les CV demain "
                                              "matin."),
    ("fr", "late", RE, "Désolée pour la réponse tardive, j'étais en congé. Oui, on peut la recevoir mardi."),
    ("fr", "short", RE, "Absente jusqu'à lundi, je regarde à mon retour."),
    # ------------------------------------------------------------------------------------------------ Spanish
    ("es", "reply", RE, "Estoy de vacaciones hasta el 4 de diciembre, ¿podemos hacer la entrevista la semana "
                         "siguiente?"),
    ("es", "reply", RE, "Mañana me voy de vacaciones dos semanas, habla con Pablo, él conoce el puesto."),
    ("es", "list", "[equipo] Vacaciones",
     "Hola a todos:\n\nestaré de vacaciones del 30 de noviembre al 4 de diciembre; Pablo me cubre. ¡Gracias a todos "
     "por este trimestre y buena semana!\n\nMaría"),
    ("es", "back", "Re: Plan de contratación", "Ya he vuelto de vacaciones y me estoy poniendo al día con el correo. "
                                               "Mañana miro los CV."),
    ("es", "late", RE, "Perdona la tardanza, estuve fuera la semana pasada. Sí, invitémosla el martes."),
    ("es", "short", RE, "Fuera hasta el lunes, lo miro entonces."),
    # ------------------------------------------------------------------------------------------------ Italian
    ("it", "reply", RE, "Sono in ferie fino al 4 dicembre, possiamo spostare il colloquio alla settimana dopo?"),
    ("it", "reply", RE, "Da domani sono in ferie due settimane, rivolgiti a Paolo, conosce bene la posizione."),
    ("it", "list", "[team] Ferie",
     "Ciao a tutti,\n\nsarò in ferie dal 30 novembre al 4 dicembre, mi sostituisce Paolo. Grazie a tutti per questo "
     "trimestre e buona settimana!\n\nMaria"),
    ("it", "back", "Re: Piano assunzioni", "Rientrata dalle ferie, sto recuperando la posta. Guardo i CV domani."),
    ("it", "late", RE, "Scusa il ritardo, ero in ferie la settimana scorsa. Sì, invitiamola martedì."),
    ("it", "short", RE, "Fuori fino a lunedì, ci guardo allora."),
    # ------------------------------------------------------------------------------------------------ Dutch
    ("nl", "reply", RE, "Ik ben tot 4 december op vakantie, kunnen we het gesprek de week erna doen?"),
    ("nl", "reply", RE, "Vanaf morgen ben ik twee weken weg, vraag het maar aan Paul, hij kent de vacature."),
    ("nl", "list", "[team] Vakantie",
     "Hoi allemaal,\n\nik ben van 30 november tot en met 4 december op vakantie, Paul neemt het over. Bedankt "
     "allemaal voor het mooie kwartaal en een fijne week!\n\nMaria"),
    ("nl", "back", "Re: Wervingsplan", "Terug van vakantie en ik werk mijn mail bij. Morgen kijk ik naar de cv's."),
    ("nl", "late", RE, "Sorry voor de late reactie, ik was vorige week op vakantie. Ja, nodig haar uit voor dinsdag."),
    ("nl", "short", RE, "Tot maandag weg, kijk er dan naar."),
    # ------------------------------------------------------------------------------------------------ Portuguese
    ("pt", "reply", RE, "Estou de férias até 4 de dezembro, podemos fazer a entrevista na semana seguinte?"),
    ("pt", "reply", RE, "A partir de amanhã estou de férias duas semanas, fala com o Paulo, ele conhece a vaga."),
    ("pt", "list", "[equipe] Férias",
     "Olá a todos,\n\nvou estar de férias de 30 de novembro a 4 de dezembro, o Paulo me substitui. Obrigada a todos "
     "pelo trimestre e boa semana!\n\nMaria"),
    ("pt", "back", "Re: Plano de contratação", "Voltei de férias e estou pondo os e-mails em dia. Amanhã vejo os "
                                               "currículos."),
    ("pt", "late", RE, "Desculpe a demora, estive fora na semana passada. Sim, vamos chamá-la na terça."),
    ("pt", "short", RE, "Fora até segunda, vejo então."),
    # ------------------------------------------------------------------------------------------------ Swedish
    ("sv", "reply", RE, "Jag är ledig till den 4 december, kan vi ta intervjun veckan efter?"),
    ("sv", "reply", RE, "Jag går på semester i morgon i två veckor, prata med Paul, han känner tjänsten."),
    ("sv", "list", "[team] Semester",
     "Hej alla,\n\njag är på semester 30 november till 4 december, Paul täcker upp. Tack alla för ett bra kvartal "
     "och ha en fin vecka!\n\nMaria"),
    ("sv", "back", "Re: Rekryteringsplan", "Tillbaka från semestern och betar av mejlen. Jag tittar på CV:na i "
                                           "morgon."),
    ("sv", "late", RE, "Förlåt för sent svar, jag var bortrest förra veckan. Ja, vi bjuder in henne på tisdag."),
    ("sv", "short", RE, "Borta till måndag, tittar då."),
    # ------------------------------------------------------------------------------------------------ Danish
    ("da", "reply", RE, "Jeg holder ferie til og med 4. december, kan vi tage samtalen ugen efter?"),
    ("da", "reply", RE, "Jeg er på ferie fra i morgen i to uger, tal med Poul, han kender stillingen."),
    ("da", "list", "[team] Ferie",
     "Hej alle,\n\njeg holder ferie fra 30. november til 4. december, Poul dækker for mig. Tak til jer alle for et "
     "godt kvartal og god uge!\n\nMaria"),
    ("da", "back", "Re: Rekrutteringsplan", "Tilbage fra ferie og ved at læse mails igennem. Jeg kigger på CV'erne i "
                                            "morgen."),
    ("da", "late", RE, "Undskyld det sene svar, jeg var på ferie sidste uge. Ja, lad os invitere hende tirsdag."),
    ("da", "short", RE, "Væk til mandag, kigger på det der."),
    # ------------------------------------------------------------------------------------------------ Norwegian
    ("no", "reply", RE, "Jeg er på ferie til 4. desember, kan vi ta intervjuet uka etter?"),
    ("no", "reply", RE, "Jeg har ferie fra i morgen i to uker, snakk med Pål, han kjenner stillingen."),
    ("no", "list", "[team] Ferie",
     "Hei alle sammen,\n\njeg har ferie fra 30. november til 4. desember, Pål tar over. Takk for et fint kvartal og "
     "god uke!\n\nMaria"),
    ("no", "back", "Re: Rekrutteringsplan", "Tilbake fra ferie og går gjennom e-posten. Ser på CV-ene i morgen."),
    ("no", "late", RE, "Beklager sent svar, jeg var bortreist forrige uke. Ja, vi inviterer henne på tirsdag."),
    ("no", "short", RE, "Borte til mandag, ser på det da."),
    # ------------------------------------------------------------------------------------------------ Finnish
    ("fi", "reply", RE, "Olen lomalla 4. joulukuuta asti, voisimmeko pitää haastattelun seuraavalla viikolla?"),
    ("fi", "reply", RE, "Lähden huomenna kahdeksi viikoksi lomalle, kysy Paavolta, hän tuntee tehtävän."),
    ("fi", "list", "[tiimi] Lomalla",
     "Hei kaikki,\n\nolen lomalla 30.11.-4.12., Paavo tuuraa. Kiitos kaikille hyvästä kvartaalista ja hyvää "
     "viikkoa!\n\nMaria"),
    ("fi", "back", "Re: Rekrytointisuunnitelma", "Palasin lomalta ja käyn sähköposteja läpi. Katson CV:t huomenna."),
    ("fi", "late", RE, "Anteeksi myöhäinen vastaus, olin lomalla viime viikolla. Kyllä, kutsutaan hänet tiistaina."),
    ("fi", "short", RE, "Poissa maanantaihin asti, katson sitten."),
    # ------------------------------------------------------------------------------------------------ Polish
    ("pl", "reply", RE, "Jestem na urlopie do 4 grudnia, czy możemy przełożyć rozmowę na następny tydzień?"),
    ("pl", "reply", RE, "Od jutra mam dwa tygodnie urlopu, proszę zwrócić się do Pawła, zna to stanowisko."),
    ("pl", "list", "[zespół] Urlop",
     "Cześć wszystkim,\n\nbędę na urlopie od 30 listopada do 4 grudnia, zastępuje mnie Paweł. Dzięki wszystkim za "
     "ten kwartał i miłego tygodnia!\n\nMaria"),
    ("pl", "back", "Re: Plan rekrutacji", "Wróciłam z urlopu i nadrabiam maile. Jutro przejrzę CV."),
    ("pl", "late", RE, "Przepraszam za późną odpowiedź, byłam na urlopie. Tak, zaprośmy ją na wtorek."),
    ("pl", "short", RE, "Nie ma mnie do poniedziałku, wtedy zerknę."),
    # ------------------------------------------------------------------------------------------------ Czech
    ("cs", "reply", RE, "Jsem na dovolené do 4. prosince, můžeme pohovor přesunout na další týden?"),
    ("cs", "reply", RE, "Od zítřka mám dva týdny dovolenou, obraťte se prosím na Pavla, zná tu pozici."),
    ("cs", "list", "[tým] Dovolená",
     "Ahoj všichni,\n\nod 30. listopadu do 4. prosince budu na dovolené, zastoupí mě Pavel. Díky všem za skvělé "
     "čtvrtletí a hezký týden!\n\nMarie"),
    ("cs", "back", "Re: Plán náboru", "Jsem zpátky z dovolené a doháním maily. Životopisy projdu zítra."),
    ("cs", "late", RE, "Omlouvám se za pozdní odpověď, byla jsem na dovolené. Ano, pozvěme ji na úterý."),
    ("cs", "short", RE, "Pryč do pondělí, pak se podívám."),
    # ------------------------------------------------------------------------------------------------ Russian
    ("ru", "reply", RE, "Я в отпуске до 4 декабря, можем перенести собеседование на следующую неделю?"),
    ("ru", "reply", RE, "С завтрашнего дня я две недели в отпуске, обращайтесь к Павлу, он знает эту вакансию."),
    ("ru", "list", "[команда] Отпуск",
     "Всем привет!\n\nЯ в отпуске с 30 ноября по 4 декабря, меня замещает Павел. Спасибо всем за квартал и "
     "хорошей недели!\n\nМария"),
    ("ru", "back", "Re: План найма", "Вернулась из отпуска, разбираю почту. Резюме посмотрю завтра."),
    ("ru", "late", RE, "Извините за поздний ответ, я была в отпуске. Да, давайте пригласим её во вторник."),
    ("ru", "short", RE, "Нет меня до понедельника, посмотрю тогда."),
    # ------------------------------------------------------------------------------------------------ Turkish
    ("tr", "reply", RE, "4 Aralık'a kadar izindeyim, mülakatı bir sonraki haftaya alabilir miyiz?"),
    ("tr", "reply", RE, "Yarından itibaren iki hafta izindeyim, lütfen Mehmet'e danışın, pozisyonu biliyor."),
    ("tr", "list", "[ekip] İzin",
     "Herkese merhaba,\n\n30 Kasım - 4 Aralık arası izindeyim, yerime Mehmet bakacak. Bu çeyrek için hepinize "
     "teşekkürler, iyi haftalar!\n\nAyşe"),
    ("tr", "back", "Re: İşe alım planı", "İzinden döndüm, e-postaları okuyorum. Özgeçmişlere yarın bakarım."),
    ("tr", "late", RE, "Geç cevap için kusura bakmayın, izindeydim. Evet, salı günü çağıralım."),
    ("tr", "short", RE, "Pazartesiye kadar yokum, o zaman bakarım."),
    # ------------------------------------------------------------------------------------------------ Japanese
    ("ja", "reply", RE, "12月4日まで休暇をいただいております。面接は翌週にしていただけますか。"),
    ("ja", "reply", RE, "明日から2週間休みます。ポジションについては田中さんに相談してください。"),
    ("ja", "list", "[チーム] 休暇のお知らせ",
     "皆さん\n\n11月30日から12月4日まで休暇をいただきます。期間中は田中さんが対応します。今期もありがとうございました。"
     "良い一週間を！\n\n山田"),
    ("ja", "back", "Re: 採用計画", "休暇から戻りました。メールを順に確認しています。履歴書は明日拝見します。"),
    ("ja", "late", RE, "返信が遅くなりすみません、先週は休暇でした。はい、火曜日に面接しましょう。"),
    ("ja", "short", RE, "月曜まで不在です。その時に見ます。"),
    # ------------------------------------------------------------------------------------------------ Chinese
    ("zh", "reply", RE, "我12月4日前在休假，面试能不能改到下一周？"),
    ("zh", "reply", RE, "我明天开始休假两周，职位的事请找王伟，他很了解。"),
    ("zh", "list", "[团队] 休假",
     "大家好，\n\n我11月30日到12月4日休假，期间由王伟负责。感谢大家这个季度的辛苦，祝大家一周愉快！\n\n李娜"),
    ("zh", "back", "Re: 招聘计划", "休假回来了，正在处理邮件。简历我明天看。"),
    ("zh", "late", RE, "抱歉回复晚了，上周在休假。好的，约她周二面试吧。"),
    ("zh", "short", RE, "周一前不在，到时候再看。"),
    # ------------------------------------------------------------------------------------------------ Korean
    ("ko", "reply", RE, "12월 4일까지 휴가라서요, 면접을 다음 주로 미룰 수 있을까요?"),
    ("ko", "reply", RE, "내일부터 2주 휴가입니다. 포지션 관련해서는 김민수 님께 문의해 주세요."),
    ("ko", "list", "[팀] 휴가",
     "안녕하세요 여러분,\n\n11월 30일부터 12월 4일까지 휴가입니다. 그동안 김민수 님이 대신 맡아 주십니다. 이번 분기 "
     "모두 수고 많으셨고 좋은 한 주 보내세요!\n\n이지은"),
    ("ko", "back", "Re: 채용 계획", "휴가에서 돌아와 메일 확인 중입니다. 이력서는 내일 볼게요."),
    ("ko", "late", RE, "답장이 늦어서 죄송합니다, 지난주 휴가였어요. 네, 화요일에 면접 잡죠."),
    ("ko", "short", RE, "월요일까지 자리에 없어요, 그때 볼게요."),
    # ------------------------------------------------------------------------------------------------ Hungarian
    ("hu", "reply", RE, "December 4-ig szabadságon vagyok, át tudjuk tenni az interjút a következő hétre?"),
    ("hu", "reply", RE, "Holnaptól két hétig szabadságon leszek, kérlek, fordulj Pálhoz, ő ismeri a pozíciót."),
    ("hu", "list", "[csapat] Szabadság",
     "Sziasztok,\n\nnovember 30. és december 4. között szabadságon leszek, Pál helyettesít. Köszönöm mindenkinek "
     "a negyedévet, jó hetet!\n\nMária"),
    ("hu", "back", "Re: Felvételi terv", "Visszajöttem a szabadságról, most olvasom a leveleket. Holnap megnézem "
                                         "az önéletrajzokat."),
    ("hu", "late", RE, "Bocsánat a késői válaszért, szabadságon voltam. Igen, hívjuk be kedden."),
    ("hu", "short", RE, "Hétfőig nem vagyok itt, akkor megnézem."),
    # ------------------------------------------------------------------------------------------------ Romanian
    ("ro", "reply", RE, "Sunt în concediu până pe 4 decembrie, putem muta interviul în săptămâna următoare?"),
    ("ro", "reply", RE, "De mâine sunt în concediu două săptămâni, vorbește cu Paul, el cunoaște postul."),
    ("ro", "list", "[echipa] Concediu",
     "Salut tuturor,\n\nvoi fi în concediu între 30 noiembrie și 4 decembrie, mă înlocuiește Paul. Mulțumesc tuturor "
     "pentru trimestru și o săptămână bună!\n\nMaria"),
    ("ro", "back", "Re: Plan de recrutare", "M-am întors din concediu și îmi citesc mailurile. Mâine mă uit pe CV-uri."),
    ("ro", "late", RE, "Scuze pentru răspunsul întârziat, am fost în concediu. Da, hai s-o chemăm marți."),
    ("ro", "short", RE, "Plecat până luni, mă uit atunci."),
]


def _subject(lang: str, subject: str) -> str:
    return "Re: " + CANDIDATE[lang] if subject == RE else subject


def people(batch: str = "all") -> list[tuple[str, str, str, str]]:
    """The sweep's people's notes, each "<re>" subject made the language's "Re: <candidate>". `batch`: "first" (the rows
    the rules were written against), "second" (tests/unit/ooo_sweep_second_shapes.py, written after them) or "all"."""
    rows = {"first": PEOPLE + LOOKALIKES, "second": PEOPLE_SECOND, "all": PEOPLE + LOOKALIKES + PEOPLE_SECOND}[batch]
    return [(lang, place, _subject(lang, subject), body) for lang, place, subject, body in rows]


def notices(batch: str = "all") -> list[tuple[str, str, str, str]]:
    """The sweep's notices under the language's "Re: <candidate>"; `batch` as for people()."""
    rows = {"first": NOTICES, "second": NOTICES_SECOND, "all": NOTICES + NOTICES_SECOND}[batch]
    return [(lang, client, _subject(lang, subject), body) for lang, client, subject, body in rows]
