"""How people really phrase the dates of their absence notices, per language, shape by shape.

Each row is a PROJECT-WRITTEN sentence in the shape that published out-of-office templates and examples use
(the page that shows the shape is named in the comment above its group; the wording here is ours, with our
dates). Templates are tuning material: real third-party notices are measured by bench/corpus_report.py.
All are "sent" on Monday 23 November 2026 from +0100; "until X" is away through X, so back on X + 1.
"""

from datetime import date, datetime, timezone
from email import message_from_string
from email.policy import default

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply, ooo_return_date

SENT = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)
BACK = date(2026, 12, 7)    # Monday 7 December: the first day back
AFTER4 = date(2026, 12, 5)  # "until Friday 4 December": away through it
JAN2 = date(2027, 1, 2)     # "until 1 January": a year-less date rolled into next year
J4, J11, F2 = date(2027, 1, 5), date(2027, 1, 11), date(2027, 2, 2)  # through 4 Jan, back 11 Jan, through 1 Feb


def mail(offset: str = "+0100", language: str | None = None):
    extra = f"Content-Language: {language}\n" if language else ""
    return message_from_string(f"Date: Mon, 23 Nov 2026 10:00:00 {offset}\nFrom: a@b.test\n{extra}\nx", policy=default)


PHRASINGS = [
    # ---- French. Shapes from https://www.oqlf.gouv.qc.ca/actualites/capsules_hebdo/message_absence_vacances_20100623.html
    # ("en vacances jusqu'au …", "du 12 au 30 juillet"), http://pro.orange.fr/actualites/apprenez-a-traduire-les-
    # messages-d-absence-de-bureau-CNT000000JCIRt.html ("absent(e) du bureau du 1er juillet au 31 août compris",
    # "à mon retour"), https://hrsquare.be/fr/out-of-office-et-si-vous-osiez-loriginalite-pour-signaler-votre-
    # absence-pour-conge-2/ ("à mon retour le xx/xx"), https://factorial.fr/blog/message-absence-conges
    ("fr", "Je suis en vacances jusqu'au 4 décembre.", AFTER4),
    ("fr", "Je suis en congés du 30 novembre au 4 décembre.", AFTER4),
    ("fr", "Je suis absent(e) du bureau du 1er décembre au 4 décembre compris.", AFTER4),
    ("fr", "Je serai absente du 1er au 4 décembre inclus.", AFTER4),
    ("fr", "Je suis absente du lundi 30 novembre au vendredi 4 décembre inclus.", AFTER4),
    ("fr", "Je suis absente jusqu'au vendredi 4 décembre inclus.", AFTER4),
    ("fr", "Je suis en congés jusqu'au 4 déc. inclus.", AFTER4),
    ("fr", "Je suis absent jusqu'au 04/12/2026.", AFTER4),
    ("fr", "Je suis absent jusqu'au 4/12 inclus.", AFTER4),
    ("fr", "Je suis en congés jusqu'au 1er janvier inclus.", JAN2),
    ("fr", "Je suis absent jusqu'au 4 décembre 2026 à 18h.", AFTER4),
    ("fr", "Je serai de retour le lundi 7 décembre.", BACK),
    ("fr", "Je serai de retour à partir du 7 décembre.", BACK),
    ("fr", "Je serai de retour au bureau le 7 déc. 2026.", BACK),
    ("fr", "De retour le 07/12.", BACK),
    ("fr", "Retour prévu le 7 décembre.", BACK),
    ("fr", "Je reprendrai le travail le 7 décembre.", BACK),
    ("fr", "Je reprends mon poste le lundi 7 décembre.", BACK),
    ("fr", "Je serai de nouveau joignable dès le 7 décembre.", BACK),
    ("fr", "Je prendrai connaissance de votre message à mon retour le 7 décembre.", BACK),
    ("fr", "Je répondrai à votre message dès mon retour, le 7 décembre.", BACK),
    ("fr", "Je serai absent du 1 au 4 décembre et je reprendrai mes activités le 7 décembre.", BACK),
    ("fr", "À partir du 7 décembre, je serai à nouveau disponible.", BACK),
    ("fr", "Je serai absent à partir du 30 novembre et jusqu'au 4 décembre inclus.", AFTER4),
    ("fr", "Je suis absent du bureau jusqu'au mardi 1er décembre inclus.", date(2026, 12, 2)),
    # ---- Spanish. https://blog.mailfence.com/es/como-redactar-un-mensaje-de-fuera-de-la-oficina ("desde el 1 de junio
    # hasta el 15 de junio"), https://languagetool.org/insights/es/?p=99633 ("a mi vuelta a partir del día [Fecha]"),
    # https://productividad.elfotograma.com/mensaje-de-vacaciones-ejemplos/ ("Regresaré a la oficina el [Fecha]"),
    # https://quillbot.com/es/blog/comunicacion-para-profesionales/out-of-office ("desde el 10 hasta el 20 de abril",
    # "tras mi incorporación"), https://grupo-met.com/blog/2024/01/31/que-es-un-mensaje-fuera-de-la-oficina-y-como-
    # redactarlo-de-forma-profesional/ ("la fecha exacta en la que te reincorporarás")
    ("es", "Estaré fuera de la oficina hasta el 4 de diciembre inclusive.", AFTER4),
    ("es", "Estoy de vacaciones del 30 de noviembre al 4 de diciembre, ambos inclusive.", AFTER4),
    ("es", "No estaré disponible desde el 30 de noviembre hasta el 4 de diciembre.", AFTER4),
    ("es", "Me encuentro ausente de la oficina desde el 30 hasta el 4 de diciembre.", AFTER4),
    ("es", "Estaré ausente hasta el 4 dic.", AFTER4),
    ("es", "Estaré fuera hasta el 04/12/2026.", AFTER4),
    ("es", "Estaré de vacaciones hasta el próximo 4 de diciembre.", AFTER4),
    ("es", "Estoy de vacaciones hasta el día 1º de enero.", JAN2),
    ("es", "Estoy fuera hasta el viernes 4 de diciembre.", AFTER4),
    ("es", "Regresaré a la oficina el lunes 7 de diciembre.", BACK),
    ("es", "Me reincorporaré el 7 de diciembre.", BACK),
    ("es", "Me incorporo el lunes 7 de diciembre.", BACK),
    ("es", "Estaré de vuelta a partir del día 7 de diciembre.", BACK),
    ("es", "Le responderé a mi vuelta a partir del día 7 de diciembre.", BACK),
    ("es", "Responderé a su correo a mi regreso el 7 de diciembre.", BACK),
    ("es", "Estaré fuera de la oficina del 1 al 4 de diciembre, regresando el 7 de diciembre.", BACK),
    ("es", "A partir del 7 de diciembre estaré de nuevo en la oficina.", BACK),
    ("es", "Vuelvo el 7/12.", BACK),
    # ---- Italian. https://fastitalianlearning.com/phrases/writing-professional-emails/risposta-automatica ("Sarò
    # assente dal [data] al [data]", "In ferie fino al [data]", "Fuori ufficio: rientro il [data]"),
    # https://www.ionos.it/digitalguide/e-mail/tecnica-e-mail/la-notifica-di-assenza-perfetta/
    ("it", "Sarò assente dal 30 novembre al 4 dicembre compreso.", AFTER4),
    ("it", "In ferie fino al 4 dicembre.", AFTER4),
    ("it", "Sarò fuori ufficio fino a venerdì 4 dicembre incluso.", AFTER4),
    ("it", "Sarò in ferie dal 1° al 4 dicembre.", AFTER4),
    ("it", "Sarò assente fino al 4.12.2026 compreso.", AFTER4),
    ("it", "Fuori ufficio: rientro il 7 dicembre.", BACK),
    ("it", "Rientrerò in ufficio lunedì 7 dicembre.", BACK),
    ("it", "Sarò di ritorno il 7/12.", BACK),
    ("it", "Tornerò in ufficio il 7 dic.", BACK),
    ("it", "Sarò nuovamente in ufficio a partire dal 7 dicembre.", BACK),
    ("it", "Risponderò al mio rientro, previsto per il 7 dicembre.", BACK),
    ("it", "A partire dal 7 dicembre sarò di nuovo operativo.", BACK),
    # ---- Dutch. https://jobs.glowi.be/nl/nieuws/tips-voor-een-effectieve-out-of-office-boodschap ("afwezig tot en met
    # 12 juli en vanaf maandag 15 juli weer bereikbaar"), https://www.bvo.nl/nieuws/persoonlijke-effectiviteit/
    # Afwezig-Laat-een-berichtje-achter.html ("Vanaf 5 januari ben ik weer bereikbaar", "Tot 5 januari ben ik …"),
    # https://www.demorgen.be/meningen/… ("1 augustus weer op post"), https://help.afas.nl/help/NL/SE/HRM_Sick_Entry.htm
    # ("van 4 t/m 19 november")
    ("nl", "Ik ben afwezig tot en met 4 december en vanaf maandag 7 december weer bereikbaar.", BACK),
    ("nl", "Vanaf 7 december ben ik weer bereikbaar.", BACK),
    ("nl", "Ik ben van 30 november t/m 4 december afwezig.", AFTER4),
    ("nl", "Ik ben met vakantie van 30 november tot en met 4 december.", AFTER4),
    ("nl", "Ik ben er niet, 7 december weer op kantoor.", BACK),
    ("nl", "Ik ben weer aanwezig op maandag 7 december.", BACK),
    ("nl", "U kunt mij weer bereiken vanaf 7 december.", BACK),
    ("nl", "Ik ben afwezig t/m vrijdag 4 december.", AFTER4),
    ("nl", "Ik ben afwezig tot en met 4-12-2026.", AFTER4),
    # ---- German. https://www.ams.at/arbeitsuchende/topicliste/abwesenheitsnotiz ("nach meiner Rückkehr am [DATUM]",
    # "ab [DATUM] wieder für Sie erreichbar"), https://www.news.at/a/abwesenheitsnotiz-ich-8215741 ("vom xx. bis xx nicht
    # im Büro"), https://lebenslauf.net/abwesenheitsnotiz
    ("de", "Ich bin vom 30.11. bis 4.12. nicht im Büro.", AFTER4),
    ("de", "Ich bin ab dem 7. Dezember wieder für Sie erreichbar.", BACK),
    ("de", "Gerne beantworte ich Ihre E-Mail nach meiner Rückkehr am 7. Dezember.", BACK),
    ("de", "Ich bin bis einschließlich Freitag, 4. Dezember, im Urlaub.", AFTER4),
    ("de", "Ab Montag, dem 7.12., bin ich wieder im Büro.", BACK),
    ("de", "Ich bin in der Zeit vom 30. November bis zum 4. Dezember nicht erreichbar.", AFTER4),
    ("de", "Ich bin bis 4. Dez. 2026 nicht im Haus.", AFTER4),
    ("de", "Am 7. Dezember bin ich wieder zurück.", BACK),
    ("de", "Ich bin vom 30.11.2026 bis 04.12.2026 abwesend.", AFTER4),
    ("de", "Ich bin bis zum 4.12. nicht im Büro und ab dem 7.12. wieder erreichbar.", BACK),
    # ---- Portuguese. https://trabalhador.pt/vai-ausentar-se-do-trabalho-exemplos-de-out-of-office/,
    # https://businessyield.com/pt/INFORMA%C3%87%C3%95ES/e-mail-fora-do-escrit%C3%B3rio/,
    # https://suporte.lucanet.com.br/kb/webmail-group-office/como-criar-uma-mensagem-de-ferias ("a partir de tal data")
    ("pt", "Estarei fora do escritório de 30 de novembro a 4 de dezembro.", AFTER4),
    ("pt", "Estou de férias até dia 4 de dezembro.", AFTER4),
    ("pt", "Estarei fora até o dia 1º de dezembro.", date(2026, 12, 2)),
    ("pt", "Estarei ausente até 4 de dez.", AFTER4),
    ("pt", "Estarei de férias entre os dias 30/11 e 04/12.", AFTER4),
    ("pt", "Retorno no dia 7 de dezembro.", BACK),
    ("pt", "Estarei de volta em 07/12.", BACK),
    ("pt", "Voltarei ao escritório na segunda-feira, 7 de dezembro.", BACK),
    ("pt", "Retornarei às minhas atividades no dia 7 de dezembro.", BACK),
    ("pt", "Responderei à sua mensagem a partir do dia 7 de dezembro, quando retorno ao escritório.", BACK),
    # ---- English. https://jobs.glowi.be/nl/nieuws/tips-voor-een-effectieve-out-of-office-boodschap ("will return on
    # [date]"), https://prolang.pl/blog/autoresponder-jak-poinformowac-o-nieobecnosci-w-pracy/ ("out of the office
    # until", "will not be back until"), http://pro.orange.fr/… ("from July 1th to August 31th")
    ("en", "I am out of the office until Friday, December 4th.", AFTER4),
    ("en", "I will return on Monday, December 7.", BACK),
    ("en", "I'm out of office from Dec 1 through Dec 4.", AFTER4),
    ("en", "I will be out of office from December 1th to December 4th.", AFTER4),
    ("en", "I will be back in the office on 7th December.", BACK),
    ("en", "I am away until 4 Dec 2026 inclusive.", AFTER4),
    ("en", "I'm OOO Dec 1-4.", AFTER4),
    ("en", "I am currently out of the office and will be back on Dec. 7.", BACK),
    ("en", "I will be on annual leave from 1st to 4th December, returning Monday 7th December.", BACK),
    ("en", "I will be returning on Monday 7th December at 9am.", BACK),
    ("en", "I am out of the office until 1:00 PM on Monday, December 7.", BACK),
    ("en", "I am out of the office until Monday, December 7 at 10 a.m.", BACK),
    ("en", "I'm out until 5:30pm on Friday, December 4.", AFTER4),
    ("en", "I will not be back until 7 December.", BACK),
    # ---- Swedish, Danish, Norwegian, Finnish (Outlook/Gmail templates in these languages)
    ("sv", "Jag är på semester till och med 4 december.", AFTER4),
    ("sv", "Jag är tillbaka måndag 7 december.", BACK),
    ("sv", "Jag är åter den 7 december.", BACK),
    ("sv", "Jag är tillbaka på kontoret 7/12.", BACK),
    ("da", "Jeg er på ferie frem til 4. december.", AFTER4),
    ("da", "Jeg holder ferie fra 30. november til og med 4. december.", AFTER4),
    ("da", "Jeg er tilbage på kontoret mandag d. 7. december.", BACK),
    ("nb", "Jeg er tilbake mandag 7. desember.", BACK),
    ("nb", "Jeg er på ferie fra 30. november til 4. desember.", AFTER4),
    ("fi", "Olen lomalla 30.11.–4.12.", AFTER4),
    ("fi", "Olen poissa toimistolta 4.12. asti.", AFTER4),
    ("fi", "Palaan töihin 7.12.", BACK),
    # ---- Polish, Czech, Russian
    ("pl", "Jestem na urlopie od 30 listopada do 4 grudnia.", AFTER4),
    ("pl", "Wracam 7 grudnia.", BACK),
    ("pl", "Będę dostępny od 7 grudnia.", BACK),
    ("cs", "Jsem na dovolené do 4. 12.", AFTER4),
    ("cs", "Zpět budu 7. prosince.", BACK),
    ("ru", "Я в отпуске с 30 ноября по 4 декабря.", AFTER4),
    ("ru", "Буду в офисе с 7 декабря.", BACK),
    ("ru", "Вернусь 7.12.", BACK),
    # ---- Japanese, Chinese, Korean
    ("ja", "12月4日まで休暇をいただいております。", AFTER4),
    ("ja", "12月7日（月）より出社いたします。", BACK),
    ("zh", "我将于12月7日返回办公室。", BACK),
    ("zh", "休假至12月4日。", AFTER4),
    ("ko", "12월 4일까지 휴가입니다.", AFTER4),
    ("ko", "12월 7일(월)에 복귀합니다.", BACK),
]


# The same languages again, with what templates leave to the writer: abbreviated months ("janv.", "ene.", "gen.",
# "Jan.", "einschl."), ordinals ("1er", "1º", "1.", "7th", a day alone "the 7th"), weekdays before the date, numeric
# dates with dots, slashes or hyphens ("21-12 t/m 04-01"), elided articles ("l'11 gennaio", "fino all'1"), ranges
# written with a dash ("30 nov–4 dec", "30.11.–4.12."), parts of the day ("au matin", "au soir"), and "12月7日以降"
# (from the 7th on). The English slashed dates are sent from -0500 (month-first, docs/READING.md "Return dates" rule 6).
MORE = [
    ("fr", "Je suis absent jusqu'au 4 janv. 2027 inclus.", J4),
    ("fr", "Je serai de retour le lun. 11 janv.", J11),
    ("fr", "Je suis en congé jusqu'au 1er févr. inclus.", F2),
    ("fr", "Absente du 21/12 au 04/01 inclus.", J4),
    ("fr", "Je suis absent jusqu'au 04.12.26.", AFTER4),
    ("fr", "Je serai de retour lundi 7 décembre au matin.", BACK),
    ("fr", "Je serai absent jusqu'au lundi 7 décembre au matin.", BACK),
    ("fr", "Je suis actuellement en congés et serai de retour le 7/12/2026.", BACK),
    ("fr", "Je suis en déplacement jusqu'au 4 décembre au soir.", AFTER4),
    ("fr", "Je serai absent(e) jusqu'au 4 décembre. Je vous répondrai dès mon retour.", AFTER4),
    ("fr", "Bonjour, je suis absent du 30/11/2026 au 04/12/2026 inclus.", AFTER4),
    ("fr", "Je suis en congé maternité jusqu'au 1er janvier 2027.", JAN2),
    ("fr", "Je serai de retour le 1er décembre.", date(2026, 12, 1)),
    ("es", "Estaré de vacaciones hasta el 4 de ene. de 2027.", J4),
    ("es", "Regreso el lun. 11 de enero.", J11),
    ("es", "Estoy fuera de la oficina del 21/12 al 04/01, ambos inclusive.", J4),
    ("es", "Estaré fuera hasta el 1 de febrero inclusive.", F2),
    ("es", "Estaré ausente hasta el 4 dic. 2026 incluido.", AFTER4),
    ("es", "Estaré de vuelta el 1º de diciembre.", date(2026, 12, 1)),
    ("es", "Estoy de vacaciones del lunes 30 de noviembre al viernes 4 de diciembre.", AFTER4),
    ("es", "Me encuentro de vacaciones y volveré a la oficina el lunes, 7 de diciembre de 2026.", BACK),
    ("es", "Actualmente estoy fuera de la oficina con acceso limitado al correo hasta el 4/12.", AFTER4),
    ("it", "Sarò in ferie fino al 4 gen. 2027 compreso.", J4),
    ("it", "Rientrerò l'11 gennaio.", J11),
    ("it", "Sono fuori ufficio dal 21/12 al 04/01 compresi.", J4),
    ("it", "Sarò assente fino all'1 febbraio incluso.", F2),
    ("it", "Sarò di nuovo in ufficio dal 7 dicembre.", BACK),
    ("it", "Sono in ferie fino a lunedì 7 dicembre.", date(2026, 12, 8)),
    ("it", "Sarò assente dal 30 novembre al 4 dicembre p.v.", AFTER4),
    ("it", "Sarò in ufficio a partire da lunedì 7 dicembre.", BACK),
    ("nl", "Ik ben tot en met 4 jan. 2027 met vakantie.", J4),
    ("nl", "Ik ben op maandag 11 januari weer aanwezig.", J11),
    ("nl", "Ik ben t/m 1 februari afwezig.", F2),
    ("nl", "Ik ben van 21-12 t/m 04-01 afwezig.", J4),
    ("nl", "Vanaf maandag 7 december ben ik weer op kantoor.", BACK),
    ("nl", "Ik ben afwezig van maandag 30 november tot en met vrijdag 4 december.", AFTER4),
    ("nl", "Ik ben maandag 7 december weer terug.", BACK),
    ("de", "Ich bin bis einschl. 4. Jan. 2027 im Urlaub.", J4),
    ("de", "Ich bin ab Montag, 11. Januar wieder im Büro.", J11),
    ("de", "Ich bin bis 1. Februar (einschließlich) nicht erreichbar.", F2),
    ("de", "Ich bin vom 21.12. bis zum 04.01. nicht im Büro.", J4),
    ("de", "Ich bin vom 30.11. - 04.12.2026 nicht im Büro.", AFTER4),
    ("de", "Ab dem 07.12.2026 bin ich wieder für Sie da.", BACK),
    ("de", "Ich bin bis Freitag, den 4. Dezember 2026 nicht im Hause.", AFTER4),
    ("de", "Ich bin derzeit nicht im Büro. Ab 7. Dezember bin ich wieder erreichbar.", BACK),
    ("de", "Ich bin am 7.12. wieder im Büro.", BACK),
    ("de", "In der Zeit vom 30.11. bis 04.12. bin ich nicht im Büro.", AFTER4),
    ("de", "Ich befinde mich bis zum 04.12.2026 im Urlaub.", AFTER4),
    ("pt", "Estarei de férias até 4 de jan. de 2027.", J4),
    ("pt", "Retorno na segunda-feira, 11 de janeiro.", J11),
    ("pt", "Estou ausente de 21/12 a 04/01.", J4),
    ("pt", "Estarei ausente até 1º de fevereiro.", F2),
    ("pt", "Estarei fora do escritório entre 30 de novembro e 4 de dezembro.", AFTER4),
    ("pt", "Retornarei em 7 de dezembro de 2026.", BACK),
    ("pt", "Estarei de volta ao escritório na segunda-feira, dia 7 de dezembro.", BACK),
    ("pt", "Estou de férias e volto dia 7/12.", BACK),
    ("en", "I am out of the office until Jan. 4, 2027.", J4),
    ("en", "I will return Monday, Jan 11.", J11),
    ("en", "I'm on leave until Feb 1st inclusive.", F2),
    ("en", "I am on holiday from 21/12 to 04/01.", J4),
    ("en", "I will be out of the office Monday, November 30 through Friday, December 4.", AFTER4),
    ("en", "I'm out of the office until Monday, December 7.", date(2026, 12, 8)),
    ("en", "I will be back in the office on Monday the 7th of December.", BACK),
    ("en", "I am currently on vacation, returning 12/7.", BACK),
    ("en", "I am away and will be back on the 7th.", BACK),
    ("en", "I'm out of the office until 12/4 with limited access to email.", AFTER4),
    ("en", "I will be back in the office at 8:30 am on Monday, December 7th.", BACK),
    ("en", "I am out of the office and will return to the office on 7 December 2026.", BACK),
    ("en", "I will be out of the office starting 11/30/2026 and will not return until 12/07/2026.", BACK),
    ("sv", "Jag är ledig t.o.m. 4 januari 2027.", J4),
    ("sv", "Jag är tillbaka måndag den 11 januari.", J11),
    ("sv", "Jag har semester 30 nov–4 dec.", AFTER4),
    ("sv", "Jag är på semester till den 4 december.", AFTER4),
    ("sv", "Jag är åter på kontoret 7 december.", BACK),
    ("sv", "Jag är borta från kontoret till och med fredag 4 december.", AFTER4),
    ("da", "Jeg er på ferie til og med den 4. januar 2027.", J4),
    ("da", "Jeg er tilbage igen mandag den 11. januar.", J11),
    ("da", "Jeg er fraværende fra d. 30.11 til d. 4.12.", AFTER4),
    ("da", "Jeg er på kontoret igen mandag d. 7/12.", BACK),
    ("nb", "Jeg er på ferie t.o.m. 4. januar 2027.", J4),
    ("nb", "Jeg er tilbake på jobb mandag 11. januar.", J11),
    ("nb", "Jeg er på ferie frem til 4. desember.", AFTER4),
    ("nb", "Jeg er tilbake på kontoret igjen 7.12.", BACK),
    ("fi", "Olen lomalla 4.1.2027 asti.", J4),
    ("fi", "Olen takaisin maanantaina 11.1.", J11),
    ("fi", "Olen vuosilomalla 30.11.–4.12.2026.", AFTER4),
    ("fi", "Olen lomalla ja palaan toimistolle 7. joulukuuta.", BACK),
    ("fi", "Olen poissa 4. joulukuuta saakka.", AFTER4),
    ("pl", "Jestem na urlopie do 4 stycznia 2027 r.", J4),
    ("pl", "Wracam do biura w poniedziałek 11 stycznia.", J11),
    ("pl", "Jestem nieobecny w dniach 30.11–04.12.2026.", AFTER4),
    ("pl", "Będę w biurze od 7 grudnia.", BACK),
    ("pl", "Do 4 grudnia włącznie przebywam na urlopie.", AFTER4),
    ("cs", "Jsem na dovolené do 4. ledna 2027.", J4),
    ("cs", "V kanceláři budu opět od 7. 12.", BACK),
    ("cs", "Jsem mimo kancelář od 30. 11. do 4. 12. 2026.", AFTER4),
    ("cs", "Vrátím se 7. prosince.", BACK),
    ("ru", "Я в отпуске до 4 января 2027 г.", J4),
    ("ru", "Я нахожусь в отпуске до 04.12.2026 включительно.", AFTER4),
    ("ru", "Буду в офисе 7 декабря.", BACK),
    ("ru", "С 30.11 по 04.12 я в отпуске.", AFTER4),
    ("ru", "Выйду на работу 7 декабря.", BACK),
    ("ja", "12月7日(月)から通常業務に戻ります。", BACK),
    ("ja", "誠に勝手ながら、11月30日(月)～12月4日(金)まで休暇をいただいております。", AFTER4),
    ("ja", "2026/12/4まで不在にしております。", AFTER4),
    ("ja", "12月7日以降に対応させていただきます。", BACK),
    ("zh", "我于2026年11月30日至2026年12月4日休假。", AFTER4),
    ("zh", "我将于12月7日（周一）回到办公室。", BACK),
    ("zh", "本人12月4日前休假，12月7日上班。", BACK),
    ("zh", "我目前正在休假，将于2026年12月7日返回。", BACK),
    ("ko", "11월 30일부터 12월 4일까지 휴가입니다.", AFTER4),
    ("ko", "12월 7일부터 출근합니다.", BACK),
    ("ko", "2026년 12월 7일에 복귀 예정입니다.", BACK),
]
US_SENDERS = {"I am currently on vacation, returning 12/7.",
              "I'm out of the office until 12/4 with limited access to email."}


# Notices from Japan, China and Korea (+0900/+0800): https://mediatalkgai.studio.site/posts/out-of-office-email-examples
# (subject "不在のお知らせ(4/1-4/5)"), https://english-maverick.com/out-of-office-message ("8月27日に出社予定です",
# "Out of Office – Returning on August 27"), https://juduo.cc/club/6640493.html; slashed dates there are month/day.
EAST_ASIA = [
    ("ja", "不在のお知らせ(12/1-12/4)", AFTER4),
    ("ja", "現在不在にしており、12月7日に出社予定です。", BACK),
    ("ja", "Out of Office – Returning on December 7", BACK),
    ("zh", "休假通知 12/1-12/4", AFTER4),
    ("zh", "本人休假至12月4日（周五），12月7日（周一）正常上班。", BACK),
    ("ko", "12/1-12/4 휴가", AFTER4),
]


def test_english_slashed_dates_in_a_japanese_chinese_or_korean_mail_are_month_day():
    for tag in ("ja", "zh-CN", "ko-KR"):
        assert ooo_return_date("I will be back on 12/7.", SENT, mail("+0900", tag)) == BACK
    assert ooo_return_date("I will be back on 7/12.", SENT, mail("+0100", "en-GB")) == BACK  # unchanged


@pytest.mark.parametrize("lang, text, want", EAST_ASIA, ids=[f"{r[0]}-{i}" for i, r in enumerate(EAST_ASIA)])
def test_east_asian_notices(lang, text, want):
    assert ooo_return_date(text, SENT, mail("+0900")) == want


# Labels, as templates lay the date out ("Abwesenheit von TT/MM/JJ bis TT/MM/JJ", https://www.ams.at/arbeitsuchende/
# topicliste/abwesenheitsnotiz; "Returning on August 27", https://english-maverick.com/out-of-office-message): the colon
# stands where a sentence has a space, and a noun where it has a verb ("Rückkehr", "retour", "terugkeer", "återkomst").
LABELS = [
    "Back in the office: 7 December.", "Return date: 7 December 2026.", "Date of return: 07/12/2026.",
    "Returning: Monday, December 7", "Expected return: 7 December", "Retour : 7 décembre.", "Date de retour : 07/12/2026",
    "Retour prévu : lundi 7 décembre", "Rückkehr: 07.12.2026", "Zurück am: 7.12.", "Voraussichtliche Rückkehr: 7. Dezember",
    "Fecha de regreso: 7 de diciembre", "Regreso previsto: 7 de diciembre", "Data di rientro: 7 dicembre",
    "Rientro previsto: 7 dicembre", "Terug op: 7 december", "Verwachte terugkeer: 7 december", "Data de retorno: 07/12",
    "Retorno previsto: 7 de dezembro", "Beräknad återkomst: 7 december", "Forventet tilbage: 7. december",
    "I am out of the office. Expected return date: December 7, 2026.",
]


@pytest.mark.parametrize("text", LABELS)
def test_labelled_return_dates(text):
    assert ooo_return_date(text, SENT, mail()) == BACK


# "Not back until/before X" is back on X, in every language (Lotus Notes' localised "will not return until"; README
# rule 1): the return word wins over "until" ("hasta", "fino al", "até", "до").
NOT_BEFORE = [
    ("fr", "Je serai absent du bureau à partir du 30/11/2026 et ne serai pas de retour avant le 07/12/2026."),
    ("fr", "Je ne serai de retour que le 7 décembre."),
    ("es", "Estaré ausente desde el 30/11/2026 y no volveré hasta el 07/12/2026."),
    ("it", "Non tornerò fino al 7 dicembre."),
    ("it", "Non rientrerò prima del 7 dicembre."),
    ("pt", "Não retornarei até 7 de dezembro."),
    ("nl", "Ik ben pas op 7 december weer terug."),
    ("sv", "Jag är inte tillbaka förrän den 7 december."),
    ("da", "Jeg er ikke tilbage før den 7. december."),
    ("nb", "Jeg er ikke tilbake før 7. desember."),
    ("pl", "Nie wrócę przed 7 grudnia."),
    ("de", "Ich bin nicht vor dem 7. Dezember zurück."),
    ("ru", "Я не вернусь до 7 декабря."),
    ("fi", "Olen poissa toimistosta 30.11.2026 alkaen ja palaan takaisin 07.12.2026."),
    ("en", "I will not be back before December 7."),
]


@pytest.mark.parametrize("lang, text", NOT_BEFORE, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_BEFORE)])
def test_not_back_before_x_is_back_on_x(lang, text):
    assert ooo_return_date(text, SENT, mail()) == BACK


# "From X" starts an absence unless its own sentence says the writer is back then.
STARTS = [
    ("fr", "Je serai absent à partir du 30 novembre et de retour le 7 décembre.", BACK),
    ("fr", "Je serai absent à partir du 30 novembre.", None),
    ("es", "Estaré fuera a partir del 30 de noviembre. Volveré el 7 de diciembre.", BACK),
    ("it", "Sarò assente a partire dal 30 novembre.", None),
    ("nl", "Vanaf 30 november ben ik afwezig, 7 december weer op kantoor.", BACK),
    ("nl", "Tot 4 december ben ik afwezig.", AFTER4),
    ("en", "I'm out until 9pm on Friday, December 4.", AFTER4),   # an evening hour: through that day
    ("de", "Ich bin ab 30.11. im Urlaub und ab 7.12. wieder da.", BACK),      # the first "ab" starts the absence
    ("de", "Ich bin ab dem 30. November im Urlaub und ab dem 7. Dezember wieder im Büro.", BACK),
    ("de", "Ich bin am 30.11. nicht da und am 7.12. wieder zurück.", BACK),
    ("de", "Ab dem 7. Dezember bin ich erreichbar.", BACK),                    # "ab X erreichbar/im Büro": back
    ("de", "Ab 7.12. bin ich im Büro.", BACK),
    ("de", "Ab dem 30. November bin ich nicht erreichbar.", None),             # "nicht": the start of it
    ("de", "Ab 30.11. bin ich nicht im Büro.", None),
    ("fr", "À compter du 7 décembre, je serai de nouveau au bureau.", BACK),
    ("fr", "Je serai absent à compter du 30 novembre.", None),
    # a day alone, no month: the next such day ("de retour le 7", "regreso el día 7", "fino al 4.")
    ("fr", "Je serai de retour le 7.", BACK),
    ("es", "Regreso el día 7.", BACK),
    ("it", "Sono in ferie fino al 4.", AFTER4),
    ("es", "Estaré fuera hasta el día 4.", AFTER4),
    ("de", "Ich bin bis zum 4. nicht im Büro.", AFTER4),
    ("nl", "Ik ben tot 4 uur op kantoor.", None),                              # an hour, not a day
    # a responder left on a day too long: "until yesterday" is back today, not a year on
    ("de", "Ich bin vom 16.11. bis 22.11. nicht im Büro.", date(2026, 11, 23)),
    ("fi", "Olen poissa työpaikalta 16.11 - 22.11.", date(2026, 11, 23)),
    ("fr", "Je ne lirai pas mon courrier du 30_novembre_2026 au 04_décembre_2026.", AFTER4),  # a responder's underscores
]


@pytest.mark.parametrize("lang, text, want", PHRASINGS + MORE + STARTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(PHRASINGS + MORE + STARTS)])
def test_published_phrasings(lang, text, want):
    assert ooo_return_date(text, SENT, mail("-0500" if text in US_SENDERS else "+0100")) == want


# The summer shapes the brief of this table names (a notice sent on Monday 3 August 2026 from +0200): ranges "du 3
# au 14 août inclus", "del 1 al 14 de agosto", "dal 3 al 14 agosto compreso", "van 3 t/m 14 augustus", "vom 3. bis
# 14. August", "3–14 augusti"; September's abbreviations ("sept.", "sett.", "Sept.", "set."); numeric day-first dates.
SUMMER_SENT = datetime(2026, 8, 3, 9, tzinfo=timezone.utc)
A15, S3, S7 = date(2026, 8, 15), date(2026, 9, 3), date(2026, 9, 7)
SUMMER = [
    ("fr", "Je suis absent du 3 au 14 août inclus.", A15),
    ("es", "Estoy de vacaciones del 1 al 14 de agosto.", A15),
    ("it", "Sono in ferie dal 3 al 14 agosto compreso.", A15),
    ("nl", "Ik ben van 3 t/m 14 augustus met vakantie.", A15),
    ("de", "Ich bin vom 3. bis 14. August im Urlaub.", A15),
    ("pt", "Estou de férias de 3 a 14 de agosto.", A15),
    ("en", "I am on holiday from 3rd to 14th August inclusive.", A15),
    ("sv", "Jag har semester 3–14 augusti.", A15),
    ("da", "Jeg holder ferie fra 3. til 14. august.", A15),
    ("fr", "Je suis en congés jusqu'au 2 sept. inclus.", S3),
    ("fr", "Je serai de retour le lundi 7 sept.", S7),
    ("es", "Estaré fuera hasta el 2 de sept.", S3),
    ("es", "Vuelvo el lunes 7 de septiembre.", S7),
    ("it", "Rientro il 7 sett.", S7),
    ("de", "Ab 7. Sept. bin ich wieder im Büro.", S7),
    ("nl", "Vanaf 7 sept. ben ik weer aanwezig.", S7),
    ("pt", "Estarei de volta a 7 de set.", S7),
    ("en", "Back Sept. 7th.", S7),
    ("fr", "Je suis absent jusqu'au 14/08.", A15),
    ("es", "Estaré de vacaciones hasta el 14/08/26.", A15),
    ("it", "In ferie fino al 14/8.", A15),
    ("fr", "Absent du 03/08 au 14/08.", A15),
    ("de", "Vom 03.08. bis einschließlich 14.08. bin ich im Urlaub.", A15),
    ("en", "I'm on vacation August 3-14.", A15),
    ("en", "I am out of the office through August 14.", A15),
    ("fr", "Je suis en vacances, de retour le 17 août.", date(2026, 8, 17)),
    ("es", "Estaré de vacaciones hasta el 14 de agosto incluido.", A15),
    ("it", "Sarò in ferie fino a venerdì 14 agosto.", A15),
    ("de", "Ich bin bis zum 14. August (einschließlich) im Urlaub und ab dem 17. August wieder erreichbar.", date(2026, 8, 17)),
    ("de", "Ich bin 3.–14. August im Urlaub.", A15),
    ("en", "I will be travelling on August 3-14. During that time I have limited access to email.", A15),  # no "During" month
    ("fi", "Olen lomalla 3.–14. elokuuta.", A15),
]


@pytest.mark.parametrize("lang, text, want", SUMMER, ids=[f"{r[0]}-{i}" for i, r in enumerate(SUMMER)])
def test_summer_phrasings(lang, text, want):
    msg = message_from_string("Date: Mon, 3 Aug 2026 10:00:00 +0200\nFrom: a@b.test\n\nx", policy=default)
    assert ooo_return_date(text, SUMMER_SENT, msg) == want


# Recognition by the words alone (an archive or relay lost the auto-reply headers): the body of a template notice
# has a statement of absence AND a notice's phrasing, in the shapes the pages above publish: "à mon retour" said of
# the mail, "sin acceso al correo", "Durante mi ausencia, puede contactar", "Ihre E-Mail wird nicht weitergeleitet",
# "limited email access", "checking email intermittently", "If you need immediate assistance", "Voor urgente zaken".
NOTICES = [
    ("en", "Thank you for your email. I am currently out of the office until 4 December with no access to email. If your matter is urgent, please contact Anna at anna@x.test."),
    ("en", "I am currently on annual leave and will reply to your message when I am back on 7 December."),
    ("en", "I'm currently out of office and will be back on December 7. During my absence, please contact Anna."),
    ("en", "I am out of the office until December 7 and will be checking email intermittently."),
    ("en", "I am on vacation until December 7. In my absence, please contact anna@x.test."),
    ("en", "Hello, I am away from the office until 7 December. If you need immediate assistance, please contact Anna."),
    ("en", "I am currently away on business travel and will respond to emails as soon as possible after December 7."),
    ("en", "I am out of the office with limited email access until December 7."),
    ("fr", "Bonjour, je suis absent(e) du bureau du 1er au 4 décembre. Je prendrai connaissance de votre message à mon retour."),
    ("fr", "Merci pour votre message. Je suis en congés jusqu'au 4 décembre inclus. Pour toute demande urgente, merci de contacter Anne."),
    ("fr", "Je suis actuellement absent et n'aurai pas accès à ma messagerie. En mon absence, vous pouvez contacter Anne."),
    ("fr", "Je suis en congés jusqu'au 4 décembre. Je traiterai votre message dès mon retour."),
    ("fr", "Je suis absente jusqu'au 4 décembre. Votre message ne sera pas transféré."),
    ("es", "Gracias por tu mensaje. Actualmente estoy de vacaciones y sin acceso al correo electrónico. Trataré de contestarte lo antes posible a mi vuelta."),
    ("es", "Estaré fuera de la oficina hasta el 4 de diciembre. Durante mi ausencia, puede contactar con Ana."),
    ("es", "Estoy de vacaciones hasta el 4 de diciembre con acceso limitado al correo. Responderé a su mensaje a mi regreso."),
    ("es", "Me encuentro fuera de la oficina. Para cualquier asunto urgente, contacte con Ana."),
    ("it", "Sarò assente dal 30 novembre al 4 dicembre. Risponderò al mio rientro."),
    ("it", "Sono fuori ufficio fino al 4 dicembre con accesso limitato alla posta. Per urgenze contattare Anna."),
    ("it", "Sono in ferie fino al 4 dicembre. Durante la mia assenza potete contattare Anna."),
    ("nl", "Bedankt voor je bericht. Ik ben afwezig tot en met 4 december. Voor dringende zaken kun je terecht bij Anna."),
    ("nl", "Ik ben met vakantie tot en met 4 december. Voor urgente zaken kunt u contact opnemen met Anna."),
    ("nl", "Ik ben afwezig tot 4 december. Na mijn terugkomst zal ik uw e-mail beantwoorden."),
    ("nl", "Ik ben tot en met 4 december niet aanwezig. Uw e-mail wordt niet doorgestuurd."),
    ("de", "Vielen Dank für Ihre Nachricht. Ich bin bis 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Anna."),
    ("de", "Ich bin bis zum 4. Dezember im Urlaub. Gerne beantworte ich Ihre E-Mail nach meiner Rückkehr."),
    ("de", "Ich bin bis 4.12. abwesend. Ihre E-Mail wird nicht weitergeleitet."),
    ("de", "Ich bin bis 4.12. nicht im Büro. Während meiner Abwesenheit wenden Sie sich bitte an Anna."),
    ("de", "Ich bin bis einschließlich 4.12. im Urlaub und habe nur eingeschränkten Zugriff auf meine E-Mails."),
    ("pt", "Estou fora do escritório até 4 de dezembro, com acesso limitado ao e-mail."),
    ("pt", "Estou de férias até 4 de dezembro. Responderei assim que retornar."),
    ("pt", "Estarei ausente até 4 de dezembro. Para assuntos urgentes, contate Ana."),
    ("pt", "Estou de férias até 4 de dezembro. Durante a minha ausência, contacte a Ana."),
    ("sv", "Jag är på semester till och med 4 december och har begränsad tillgång till e-post."),
    ("sv", "Jag är på semester till och med 4 december. I brådskande ärenden, kontakta Anna."),
    ("da", "Jeg er på ferie til og med 4. december. I hastende tilfælde kontakt Anna."),
    ("nb", "Jeg er på ferie til og med 4. desember. Ved hastesaker, kontakt Anna."),
    ("fi", "Olen lomalla 4.12. asti. Kiireellisissä asioissa ota yhteyttä Annaan."),
    ("pl", "Jestem na urlopie do 4 grudnia. W pilnych sprawach proszę kontaktować się z Anną."),
    ("cs", "Jsem na dovolené do 4. 12. V naléhavých případech kontaktujte Annu."),
    ("ru", "Я в отпуске до 4 декабря. По срочным вопросам обращайтесь к Анне."),
    ("ja", "誠に勝手ながら、12月4日まで休暇をいただいております。お急ぎの方はAnnaまでご連絡ください。"),
    ("zh", "您好，我正在休假，12月7日返回。如有急事请联系Anna。"),
    ("ko", "12월 4일까지 휴가입니다. 급한 용무는 Anna에게 연락 바랍니다."),
    # classes the list archives' tuning half showed (ooo_lists), in our words
    ("en", "Thank you for your e-mail. I am on leave until 4 December and will reply when I get back."),
    ("en", "I am out of the office until Friday, December 4th. I will reply as soon as possible."),
    ("en", "Thank you for your email. I am out of the office till December 4th. I will review your message following my return."),
    ("en", "I will be out of the office until 4 December. If your message is urgent, please resend it to anna@x.test."),
    ("en", "I will be out of the office 11/30/26 - 12/4/26. For immediate help, please call the front desk."),
    ("ru", "Я сейчас в отпуске, вернусь 7 декабря. Почту читаю редко. По всем вопросам можете писать Анне."),
    ("en", 'I will not be reading my mail until 4 December. Your mail regarding "Candidate" will be read when I return.'),
    ("fr", 'Je ne lirai pas mon courrier du 30 novembre au 4 décembre. Votre message concernant "Candidat" sera lu à mon retour.'),
    ("fi", "Olen lomalla 4.12. asti. This message has been generated automatically."),
    ("de", "Ich bin bis 4.12. im Urlaub. Diese Nachricht wurde automatisch generiert."),
    # US templates (https://textellent.com/blog/out-of-office-message): PTO, medical leave, "won't be available by
    # email", "won't be monitoring this inbox", "OOO", a business trip
    ("en", "I appreciate your message. I'm currently away from the office and scheduled to return on December 7. "
           "Please note that I won't be available by email during this time."),
    ("en", "I'm currently out of the office on PTO and will return on December 7. I won't be checking emails."),
    ("en", "I'm currently away due to medical leave and expect to return on December 7. I won't be monitoring this inbox."),
    ("en", "I am on a business trip until Friday with limited access to email."),
    ("en", "I am OOO until Monday. For urgent matters, please contact Anna."),
    # mail not read meanwhile, and "during my absence" with whom to write, in more languages
    ("sv", "Jag är på semester till och med 4 december och läser inte min e-post."),
    ("sv", "Jag är på semester till och med 4 december. Under min frånvaro kan du kontakta Anna."),
    ("sv", "Jag är ledig till och med 4 december. Vid brådskande ärenden, kontakta Anna."),
    ("da", "Jeg er på ferie til og med 4. december og læser ikke mails."),
    ("da", "Jeg er på ferie til og med 4. december. I mit fravær kan du kontakte Anna."),
    ("nb", "Jeg er på ferie til og med 4. desember og leser ikke e-post."),
    ("nb", "Jeg er på ferie til og med 4. desember. I mitt fravær kan du kontakte Anna."),
    ("fi", "Olen lomalla 4.12. asti. Poissaoloni aikana voit ottaa yhteyttä Annaan."),
    ("pl", "Jestem na urlopie do 4 grudnia. W czasie mojej nieobecności proszę kontaktować się z Anną."),
    ("pl", "Jestem na urlopie do 4 grudnia i nie mam dostępu do poczty."),
    ("cs", "Jsem na dovolené do 4. 12. V době mé nepřítomnosti kontaktujte Annu."),
    ("nl", "Ik ben met vakantie tot en met 4 december en lees mijn e-mail niet."),
    ("it", "Sono in ferie fino al 4 dicembre e non ho accesso alla posta."),
    ("es", "Estoy de vacaciones hasta el 4 de diciembre y no tengo acceso al correo."),
    ("pt", "Estou de férias até 4 de dezembro e não tenho acesso ao e-mail."),
    ("fr", "Je suis en congés jusqu'au 4 décembre. Pendant mon absence, vous pouvez contacter Anne."),
    ("de", "Ich bin bis 4.12. im Urlaub und lese meine E-Mails nicht."),
    ("en", "I am on vacation until December 4 and will not be checking email."),
]
# People writing about their own absence in the same words stay answers (docs/READING.md "Return dates", absence.py): each
# has an absence, and a phrase a notice rule must not take ("à mon retour", "a mi vuelta", "in my absence Anna
# can", "nach meiner Rückkehr").
PEOPLE = [
    "I'm out of the office next week, but I can do a call on Tuesday.",
    "Thanks for your email. I'm on vacation until Monday but I had a look: Jane looks great, let's interview her.",
    "Je suis en congés jusqu'au 4 décembre, mais le profil m'intéresse : on se parle à mon retour ?",
    "Ich bin bis Freitag im Urlaub. Der Kandidat passt, bitte einen Termin nach meiner Rückkehr vereinbaren.",
    "Estoy de vacaciones hasta el lunes, pero sí, me interesa. Hablamos a mi vuelta.",
    "I'll be on leave until the 7th; in my absence Anna can set up the interview. Candidate looks strong.",
    "Jane looks good. I'm on leave until Friday; I'll reply properly when I'm back.",   # a promise, no notice opening
    "I'm out of the office until August 14.",
    "I will be out of the office from Friday through Wednesday.",
    "I'm on vacation until Friday but I read my email, Jane looks good.",
    "Jag är på semester till fredag, men Jane ser bra ut!",
    "Pendant mon absence, Anne a rencontré Jane : très bon profil.",
    "I was on PTO last week, sorry. Jane looks good!",
    "I am traveling for work this week but happy to interview Jane on Monday.",
]


@pytest.mark.parametrize("lang, text", NOTICES, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOTICES)])
def test_template_notices_are_told_by_their_words(lang, text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", PEOPLE)
def test_people_writing_about_their_absence_stay_answers(text):
    assert not says_out_of_office(text)


# Subjects templates tell people to give their notice (https://www.ams.at/arbeitsuchende/topicliste/abwesenheitsnotiz:
# "Abwesenheit von TT/MM/JJ bis TT/MM/JJ"; https://www.ionos.it/digitalguide/e-mail/tecnica-e-mail/la-notifica-di-
# assenza-perfetta/: "notifica di assenza"; https://nl.indeed.com/personeel/c/info/afwezigheidsbericht-opstellen-
# voorbeelden), kept by an archive that dropped every auto-reply header.
TEMPLATE_SUBJECTS = [
    "Abwesenheit vom 30.11. bis 4.12.", "Im Urlaub bis 4.12.", "Automated reply: Candidate Jane Doe",
    "Notifica di assenza", "Avviso di assenza", "Assenza dal 30/11 al 4/12", "In ferie fino al 4 dicembre",
    "Afwezigheidsmelding", "Afwezigheidsbericht: Jane Doe", "Afwezigheid t/m 4 december", "Op vakantie",
    "Fuera de oficina: candidata", "Mensaje de ausencia", "De vacaciones hasta el 4 de diciembre",
    "Mensagem de ausência", "En vacances jusqu'au 4 décembre", "Wiadomość o nieobecności", "Na urlopie do 4 grudnia",
    "Poissaoloilmoitus", "Сообщение об отсутствии",
    "away from my mail", "Re: Digest, Issue 8 (NOTICE - Out of the office August 1st)",
    "Re: Candidate Jane (Away from the office", "Re: Candidate (Abwesend)",
]


@pytest.mark.parametrize("subject", TEMPLATE_SUBJECTS)
def test_notice_subjects_templates_suggest(subject):
    msg = message_from_string(f"Subject: {subject}\nFrom: a@b.test\n\nThanks.", policy=default)
    assert detect_auto_reply(msg) is not None


@pytest.mark.parametrize("subject", [
    "Re: Abwesenheit von Jane im Interview?", "Re: Op vakantie? Jane Doe", "Absenteeism policy question",
    "Afwezigheden in het team", "Assenzaaaa", "Re: Mensaje de ausencia que mandé",
    "Re: Call tomorrow (out of office hours?)", "Re: Jane (out of the office planning)",
])
def test_subjects_that_only_mention_an_absence_are_a_persons(subject):
    msg = message_from_string(f"Subject: {subject}\nFrom: a@b.test\n\nThanks.", policy=default)
    assert detect_auto_reply(msg) is None
