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

from mailer.reading.autoreply import ooo_return_date

SENT = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)
BACK = date(2026, 12, 7)    # Monday 7 December: the first day back
AFTER4 = date(2026, 12, 5)  # "until Friday 4 December": away through it
JAN2 = date(2027, 1, 2)     # "until 1 January": a year-less date rolled into next year


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


# "From X" starts an absence unless its own sentence says the writer is back then.
STARTS = [
    ("fr", "Je serai absent à partir du 30 novembre et de retour le 7 décembre.", BACK),
    ("fr", "Je serai absent à partir du 30 novembre.", None),
    ("es", "Estaré fuera a partir del 30 de noviembre. Volveré el 7 de diciembre.", BACK),
    ("it", "Sarò assente a partire dal 30 novembre.", None),
    ("nl", "Vanaf 30 november ben ik afwezig, 7 december weer op kantoor.", BACK),
    ("nl", "Tot 4 december ben ik afwezig.", AFTER4),
    ("en", "I'm out until 9pm on Friday, December 4.", AFTER4),   # an evening hour: through that day
]


@pytest.mark.parametrize("lang, text, want", PHRASINGS + STARTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(PHRASINGS + STARTS)])
def test_published_phrasings(lang, text, want):
    assert ooo_return_date(text, SENT, mail()) == want
